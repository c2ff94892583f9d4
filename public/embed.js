/*!
 * LoanLens embed helper — sizes LoanLens simulator iframes to their content.
 *
 * Usage on your page (the "Embed this" dialog on each simulator page writes this for you):
 *   <iframe src="https://…/en/embed/loan/?p=10000&…" title="Loan cost simulator"
 *           data-loanlens-embed="loan" style="width:100%;height:900px;border:0"></iframe>
 *   <script src="https://…/embed.js" async></script>
 *
 * The simulator page posts { type: 'loanlens:resize', kind, height } to its parent. This script accepts a
 * message only from the window of a matching iframe (event.source === iframe.contentWindow), only from that
 * iframe's own origin (or 'null' for an iframe sandboxed without allow-same-origin), and only for its kind, then
 * sets the iframe's height. It reads nothing else from your
 * page, sends nothing anywhere, sets no cookies. Safe to include more than once.
 */
(function () {
  'use strict';
  if (window.__loanlensEmbed) return;
  window.__loanlensEmbed = true;

  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 20000;

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'loanlens:resize' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.querySelectorAll('iframe[data-loanlens-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, window.location.href).origin;
      } catch (e) {
        continue;
      }
      // A frame sandboxed without allow-same-origin has an opaque origin: its messages say 'null'.
      var sandbox = frame.getAttribute('sandbox');
      var expected = sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/.test(sandbox) ? 'null' : origin;
      if (expected !== event.origin || frame.getAttribute('data-loanlens-embed') !== data.kind) continue;
      var height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(data.height)));
      frame.style.height = height + 'px';
    }
  });
})();
