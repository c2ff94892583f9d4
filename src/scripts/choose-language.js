// The root page chooses a language for the reader: their earlier choice on this device first, then the
// browser's preferred languages (any Chinese variant → Simplified Chinese, otherwise English).
// The two links stay on the page for readers without JavaScript and for anyone who wants the other one.
(function () {
  var choice = null;
  try {
    choice = localStorage.getItem('loanlens-lang');
  } catch (e) {
    /* storage blocked: fall through to the browser's languages */
  }
  if (choice !== 'zh-cn' && choice !== 'en') {
    var preferred =
      navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    choice = 'zh-cn';
    for (var i = 0; i < preferred.length; i++) {
      var tag = String(preferred[i]).toLowerCase();
      if (tag.indexOf('zh') === 0) {
        choice = 'zh-cn';
        break;
      }
      if (tag.indexOf('en') === 0) {
        choice = 'en';
        break;
      }
    }
  }
  var link = document.querySelector('[data-locale="' + choice + '"]');
  if (link) window.location.replace(link.getAttribute('href'));
})();
