// The self-check quiz, inlined once per article so the page requests no script file. The page works without it:
// every answer is in a <details>. This adds "check my answer", spoken feedback, a score and "clear my answers".
// Answers are kept in localStorage under one key as { v: 1, quizzes: { '<article path>': { '<question id>': n } } };
// anything else found there (corrupt JSON, an older shape, unknown questions) is ignored and later overwritten.
(function () {
  var VERSION = 1;
  document.querySelectorAll('[data-quiz]').forEach(function (quiz) {
    var key = quiz.getAttribute('data-storage-key');
    var path = quiz.getAttribute('data-quiz');
    var msg = function (name) {
      return quiz.getAttribute('data-msg-' + name) || '';
    };
    var questions = Array.prototype.slice.call(quiz.querySelectorAll('[data-question]'));
    var footer = quiz.querySelector('[data-quiz-footer]');
    var scoreLine = quiz.querySelector('[data-score]');

    function readAll() {
      try {
        var parsed = JSON.parse(localStorage.getItem(key) || 'null');
        if (parsed && parsed.v === VERSION && parsed.quizzes && typeof parsed.quizzes === 'object') return parsed;
      } catch (e) {
        /* corrupt or blocked storage: start afresh */
      }
      return { v: VERSION, quizzes: {} };
    }
    function writeAll(all) {
      try {
        if (Object.keys(all.quizzes).length === 0) localStorage.removeItem(key);
        else localStorage.setItem(key, JSON.stringify(all));
      } catch (e) {
        /* not kept; the quiz still works on this page */
      }
    }
    function saved() {
      var mine = readAll().quizzes[path];
      return mine && typeof mine === 'object' ? mine : {};
    }
    function save(id, choice) {
      var all = readAll();
      var mine = all.quizzes[path] && typeof all.quizzes[path] === 'object' ? all.quizzes[path] : {};
      mine[id] = choice;
      all.quizzes[path] = mine;
      writeAll(all);
    }

    function radios(item) {
      return Array.prototype.slice.call(item.querySelectorAll('input[type=radio]'));
    }
    function show(item, choice, announce) {
      var feedback = item.querySelector('[data-feedback]');
      var right = Number(item.getAttribute('data-correct'));
      var note = item.querySelector('[data-option-feedback="' + choice + '"]');
      var explanation = item.querySelector('[data-explanation]');
      var link = item.querySelector('[data-read-more]');
      var lines = [(choice === right ? msg('correct') : msg('wrong')) + ' ' + (note ? note.textContent.trim() : '')];
      if (explanation) lines.push(explanation.textContent);
      feedback.textContent = '';
      lines.forEach(function (text) {
        var p = document.createElement('p');
        p.textContent = text;
        feedback.appendChild(p);
      });
      if (link) {
        var p = document.createElement('p');
        p.appendChild(link.cloneNode(true));
        feedback.appendChild(p);
      }
      feedback.setAttribute('data-result', choice === right ? 'right' : 'wrong');
      item.setAttribute('data-answered', choice === right ? 'right' : 'wrong');
      if (!announce) feedback.setAttribute('aria-live', 'off');
      else feedback.removeAttribute('aria-live');
    }
    function score() {
      var answered = questions.filter(function (item) {
        return item.hasAttribute('data-answered');
      });
      var right = answered.filter(function (item) {
        return item.getAttribute('data-answered') === 'right';
      });
      footer.hidden = false;
      scoreLine.textContent = msg('score')
        .replace('{answered}', answered.length)
        .replace('{total}', questions.length)
        .replace('{correct}', right.length);
    }

    var stored = saved();
    questions.forEach(function (item) {
      var id = item.getAttribute('data-question');
      var button = item.querySelector('[data-check]');
      var feedback = item.querySelector('[data-feedback]');
      button.hidden = false;
      button.addEventListener('click', function () {
        var chosen = radios(item).filter(function (input) {
          return input.checked;
        })[0];
        if (!chosen) {
          feedback.removeAttribute('data-result');
          feedback.removeAttribute('aria-live');
          feedback.textContent = msg('choose');
          return;
        }
        var choice = Number(chosen.value);
        show(item, choice, true);
        save(id, choice);
        score();
      });
      var previous = stored[id];
      var inputs = radios(item);
      if (typeof previous === 'number' && previous >= 0 && previous < inputs.length && previous % 1 === 0) {
        inputs[previous].checked = true;
        show(item, previous, false);
      }
    });
    footer.hidden = false;
    if (
      questions.some(function (item) {
        return item.hasAttribute('data-answered');
      })
    )
      score();
    else scoreLine.textContent = '';

    quiz.querySelector('[data-clear]').addEventListener('click', function () {
      var all = readAll();
      delete all.quizzes[path];
      writeAll(all);
      questions.forEach(function (item) {
        radios(item).forEach(function (input) {
          input.checked = false;
        });
        var feedback = item.querySelector('[data-feedback]');
        feedback.textContent = '';
        feedback.removeAttribute('data-result');
        item.removeAttribute('data-answered');
        var details = item.querySelector('details');
        if (details) details.open = false;
      });
      scoreLine.textContent = msg('cleared');
    });
  });
})();
