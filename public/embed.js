/*
 * Lokus embed.js — keeps each Lokus iframe as tall as its content.
 *
 * Put `data-lokus-embed` on the iframe and load this script once on the page (see README,
 * "Embedding"). The embedded page posts its height on load and on every resize, in four formats
 * (Datawrapper's, Embedly/Medium's, pym.js's and AMP's); this script reads any of them, but only
 * from the iframe that sent it: the message's `source` must be that iframe's window and its origin
 * the iframe's origin. Messages from any other frame or page are ignored.
 * Plain ES2017, no dependencies, safe to include more than once.
 */
(function () {
  'use strict';
  if (window.__lokusEmbed) return;
  window.__lokusEmbed = true;

  var MIN = 100; // px: never collapse a frame to nothing
  var MAX = 10000; // px: never let a frame grow without bound

  /** The height in a message, in any of the four formats, or null. */
  function heightOf(data) {
    if (typeof data === 'string') {
      // pym.js: "pymxPYMx" + childId + "xPYMx" + type + "xPYMx" + value
      var pym = data.split('xPYMx');
      if (pym[0] === 'pym' && pym.length === 4) return pym[2] === 'height' ? Number(pym[3]) : null;
      if (data.charAt(0) !== '{') return null;
      try {
        data = JSON.parse(data);
      } catch (e) {
        return null;
      }
      return data && data.context === 'iframe.resize' ? Number(data.height) : null;
    }
    if (!data || typeof data !== 'object') return null;
    if (data.sentinel === 'amp' && data.type === 'embed-size') return Number(data.height);
    var dw = data['datawrapper-height'];
    if (dw && typeof dw === 'object') {
      for (var id in dw) if (Object.prototype.hasOwnProperty.call(dw, id)) return Number(dw[id]);
    }
    return null;
  }

  /** The Lokus iframe whose window sent the message, or null. */
  function frameOf(event) {
    var frames = document.querySelectorAll('iframe[data-lokus-embed]');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(f.src, location.href).origin;
      } catch (e) {
        return null;
      }
      return origin === event.origin ? f : null;
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    if (!event.source) return;
    var h = heightOf(event.data);
    if (h === null || !isFinite(h)) return;
    var frame = frameOf(event);
    if (!frame) return;
    var px = Math.round(Math.min(MAX, Math.max(MIN, h)));
    if (frame.style.height !== px + 'px') {
      frame.style.height = px + 'px';
      frame.setAttribute('height', String(px));
    }
  });
})();
