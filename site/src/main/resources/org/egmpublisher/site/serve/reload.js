// egm serve: reloads the page when the site is rebuilt. Injected by the preview server only;
// never part of the built site. The pages' Content-Security-Policy allows same-origin scripts but
// not fetch(), so the version is polled by loading /__egm/version.js as a script.
(function () {
  'use strict';
  var me = document.currentScript;
  var match = me && /[?&]v=(\d+)/.exec(me.src);
  var seen = match ? match[1] : null;
  window.egmReload = function (version) {
    version = String(version);
    if (seen === null) {
      seen = version;
    } else if (version !== seen) {
      window.location.reload();
    }
  };
  function poll() {
    var s = document.createElement('script');
    s.src = '/__egm/version.js?t=' + Date.now();
    s.onload = s.onerror = function () {
      s.parentNode.removeChild(s);
      setTimeout(poll, 250);
    };
    document.head.appendChild(s);
  }
  setTimeout(poll, 250);
})();
