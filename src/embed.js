// kolcalc embed helper for host pages (optional). Include it once on a page
// that embeds kolcalc calculators in iframes:
//   <script src="https://<where kolcalc is served>/embed.js" async></script>
// Each embedded calculator posts { type: "kolcalc:height", height: <px> }
// to its parent whenever its height changes. This script accepts such a
// message only from one of this page's iframes (the sender must be that
// iframe's window, and the message's origin must be the iframe's origin,
// or "null" for an iframe sandboxed without allow-same-origin), and sets
// that iframe's height. It reads nothing else and sends nothing.
(function () {
  'use strict';
  if (window.__kolcalcEmbed) return;
  window.__kolcalcEmbed = true;

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (error) {
      return '';
    }
  }

  function isOpaque(frame) {
    var sandbox = frame.getAttribute('sandbox');
    return sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/.test(sandbox);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'kolcalc:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0 || height > 100000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var expected = isOpaque(frame) ? 'null' : originOf(frame);
      if (event.origin !== expected) return;
      frame.style.height = Math.ceil(height) + 'px';
      return;
    }
  });
})();
