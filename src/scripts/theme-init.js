// Runs in <head> before the first paint so a stored dark/light choice never flashes the other theme.
// Without a stored choice the CSS follows the system (prefers-color-scheme) on its own.
(function () {
  try {
    var stored = localStorage.getItem('loanlens-theme');
    if (stored === 'light' || stored === 'dark') document.documentElement.setAttribute('data-theme', stored);
  } catch (e) {
    /* storage blocked (private mode, embeds): the system theme still applies */
  }
})();
