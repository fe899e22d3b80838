// Runs before the first paint (index.html loads it as a blocking script, it is tiny): a first
// visit sees the welcome in its own language while the app's wasm is still loading. Returning
// users, share links and embeds see only the loading line, as the app then shows them other
// things. The language rule is the app's (src/browser.rs): the saved choice, else German for
// a German browser, else English.
(function () {
  // An embed of the self-check made for the app itself (`?mode=selfcheck`, or a query without
  // a mode, as the app reads it: core/src/selfcheck/embed.rs) goes to the widget's own small
  // build with all its options, before anything else loads.
  // A view's own address (`?view=matrix`, and nothing else) is not an embed.
  if (location.search && !/^\?view=[^&=;]+$/.test(location.search)) {
    var mode = (new URLSearchParams(location.search).get('mode') || '').trim().toLowerCase();
    if (mode !== 'workspace' && mode !== 'view') {
      location.replace('widget/' + location.search + location.hash);
      return;
    }
  }
  var root = document.documentElement;
  var lang = /^de/i.test(navigator.language || '') ? 'de' : 'en';
  var first = !location.search && !location.hash;
  try {
    var saved = JSON.parse(localStorage.getItem('kontaktpunkt.lang') || 'null');
    if (saved === 'de' || saved === 'en') lang = saved;
    if (localStorage.getItem('kontaktpunkt.models') !== null) first = false;
  } catch (e) {
    // Blocked or damaged storage: the app reports it once it runs.
  }
  root.lang = lang;
  if (first) root.setAttribute('data-welcome', lang);
})();
