// The rater's page's boot (rate/index.html), a blocking script in the page's head: it sets the
// page's language as the page's wasm reads it (`browser::initial_lang`: the saved choice, else
// the browser's language), and scripts/postbuild.mjs appends a loader that fetches the bindings
// and wasm of that language (one wasm per language, as the self-check widget has).
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
})();
