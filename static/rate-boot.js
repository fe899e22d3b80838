// The rater's page's boot (rate/index.html), a blocking script in the page's head: it sets the
// page's language as the page's wasm reads it (`browser::initial_lang`: the saved choice, else
// the browser's language), and scripts/postbuild.mjs appends a loader that fetches the bindings
// and wasm of that language (one wasm per language, as the self-check widget has). It also
// registers the page's own service worker (sw.js, written by scripts/postbuild.mjs): the page
// works offline once loaded; a new version waits until every rater's tab is closed.
(function () {
  'use strict';
  var lang = null;
  try {
    var saved = JSON.parse(localStorage.getItem('kontaktpunkt.lang') || 'null');
    if (saved === 'de' || saved === 'en') lang = saved;
  } catch (e) {
    // Storage denied (a private window): the browser's language decides.
  }
  document.documentElement.lang = lang || (/^de/i.test(navigator.language || '') ? 'de' : 'en');

  // After the page's load, so that caching does not slow down its first start. Missing
  // outside secure contexts; a failed registration leaves the page working online.
  if ('serviceWorker' in navigator) {
    addEventListener('load', function () {
      navigator.serviceWorker.register('./sw.js').catch(function () {});
    });
  }
})();
