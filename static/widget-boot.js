// The self-check widget's boot (widget/index.html), a blocking script in the page's head: the
// first paint already shows the host's title, accent colour, language and compact layout from
// the query string, and only that language. Values are read as the widget reads them
// (core/src/selfcheck/embed.rs): a value it would refuse is ignored here too.
// scripts/postbuild.mjs appends Trunk's loader to this file.
(function () {
  'use strict';
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  var first = function (key) {
    return query.has(key) ? query.get(key).trim() : null;
  };

  var lang = null;
  var asked = first('lang');
  if (asked) lang = { de: 'de', en: 'en' }[asked.split(/[-_]/)[0].toLowerCase()] || null;
  if (!lang) {
    try {
      var saved = JSON.parse(localStorage.getItem('kontaktpunkt.lang') || 'null');
      if (saved === 'de' || saved === 'en') lang = saved;
    } catch (e) {
      // Storage denied (a foreign frame, a private window): the browser's language decides.
    }
  }
  root.lang = lang || (/^de/i.test(navigator.language || '') ? 'de' : 'en');

  var title = first('title');
  if (title && title.length <= 80 && !/[\u0000-\u001f\u007f-\u009f]/.test(title)) {
    // A CSS string for `content: var(--boot-title)`; setting CSSOM is allowed by the CSP.
    var escaped = title.replace(/[\\"]/g, function (c) {
      return '\\' + c;
    });
    root.style.setProperty('--boot-title', '"' + escaped + '"');
    root.setAttribute('data-title', '');
    document.title = title;
  }

  var accent = first('accent');
  var hex = accent && accent.replace(/^#/, '');
  if (hex && /^([0-9a-f]{3}|[0-9a-f]{6})$/i.test(hex)) {
    if (hex.length === 3) hex = hex[0] + hex[0] + hex[1] + hex[1] + hex[2] + hex[2];
    var linear = function (i) {
      var c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    };
    var l = 0.2126 * linear(0) + 0.7152 * linear(2) + 0.0722 * linear(4);
    root.style.setProperty('--accent', '#' + hex.toLowerCase());
    root.style.setProperty('--accent-contrast', 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#ffffff' : '#000000');
  }

  var compact = first('compact');
  if (compact !== null && /^(|1|true|yes|on)$/i.test(compact)) root.classList.add('compact');
})();
