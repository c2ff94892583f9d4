// Small progressive enhancements shared by every page, inlined so an article page loads no script file:
// the theme toggle, remembering the reader's language, and opening search on demand.
(function () {
  var root = document.documentElement;
  var media = window.matchMedia('(prefers-color-scheme: dark)');

  function effectiveTheme() {
    var chosen = root.getAttribute('data-theme');
    return chosen === 'light' || chosen === 'dark' ? chosen : media.matches ? 'dark' : 'light';
  }

  function store(key, value) {
    try {
      localStorage.setItem(key, value);
    } catch (e) {
      /* not persisted; the page still works */
    }
  }

  // The toggle ships hidden: without JavaScript it could do nothing, and the system theme applies anyway.
  var toggles = document.querySelectorAll('[data-theme-toggle]');
  toggles.forEach(function (button) {
    button.hidden = false;
  });
  function syncToggles() {
    var dark = effectiveTheme() === 'dark';
    toggles.forEach(function (button) {
      button.setAttribute('aria-pressed', String(dark));
    });
    document.dispatchEvent(new CustomEvent('loanlens:theme', { detail: effectiveTheme() }));
  }
  toggles.forEach(function (button) {
    button.addEventListener('click', function () {
      var next = effectiveTheme() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      store('loanlens-theme', next);
      syncToggles();
    });
  });
  media.addEventListener('change', syncToggles);
  syncToggles();

  document.querySelectorAll('[data-lang-switch]').forEach(function (link) {
    link.addEventListener('click', function () {
      store('loanlens-lang', link.getAttribute('data-lang-switch'));
    });
  });

  // Search code and its index load on first use only (0 bytes of search at page load). The trigger names the
  // search chunk's hashed URL (data-search-module, under the site's base), written in at build time.
  var searchModule;
  function openSearch(event) {
    if (event) event.preventDefault();
    searchModule =
      searchModule || import(document.querySelector('[data-search-trigger]').getAttribute('data-search-module'));
    searchModule.then(
      function (mod) {
        // Pagefind is imported from here, outside the bundle (see src/search/index.ts).
        mod.openSearchDialog(function (url) {
          return import(url);
        });
      },
      function () {
        // Forget the failed load so the next attempt tries again (a rejected import() stays rejected).
        searchModule = undefined;
        window.location.href = document.querySelector('[data-search-trigger]').href;
      },
    );
  }
  document.querySelectorAll('[data-search-trigger]').forEach(function (trigger) {
    trigger.addEventListener('click', openSearch);
  });
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    var slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    var commandK = (event.ctrlKey || event.metaKey) && (event.key === 'k' || event.key === 'K');
    if ((slash || commandK) && document.querySelector('[data-search-trigger]')) openSearch(event);
  });
})();
