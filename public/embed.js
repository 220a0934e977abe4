/*
 * Verscheidenheid in kaart: include this script on a page with the embed iframe, and the iframe
 * follows the height of its content. It accepts only the height message, only from the origin it
 * was loaded from, and only for the iframe that sent it.
 */
(function () {
  var script = document.currentScript;
  var origin = new URL(script.src).origin;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== 'verscheidenheid-in-kaart:hoogte') return;
    if (typeof data.height !== 'number' || !(data.height > 0) || data.height > 20000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(data.height) + 'px';
    }
  });
})();
