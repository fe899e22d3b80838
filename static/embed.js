/*
 * Kontaktpunkt embed script (options and messages: docs/embedding.md). Put it where the widget
 * should appear, loaded `async`:
 *
 *   <script async src="https://your-host/kontaktpunkt/embed.js" data-lang="de" data-cta-url="…"></script>
 *
 * It reserves the widget's place, creates the iframe after the host page's load when that place
 * comes near the viewport, sizes it to the widget's content, scrolls its top into view when the
 * widget asks, and re-dispatches each message as a DOM CustomEvent `kontaktpunkt:<type>`.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) return;
  var app = new URL('./', script.src);
  var data = script.dataset;
  var params = new URLSearchParams();
  var options = {
    mode: data.mode,
    lang: data.lang,
    accent: data.accent,
    title: data.title,
    cta: data.cta,
    cta_url: data.ctaUrl,
    compact: data.compact,
    free_text: data.freeText,
    cta_result: data.ctaResult,
    contact: data.contact,
    consent: data.consent,
  };
  Object.keys(options).forEach(function (key) {
    if (options[key] != null) params.set(key, options[key]);
  });
  var mode = (params.get('mode') || 'selfcheck').trim().toLowerCase();
  var selfCheck = mode !== 'workspace' && mode !== 'view';
  if (selfCheck) params.delete('mode');
  // The widget posts its messages to this page's origin only.
  params.set('origin', window.location.origin);

  var frame = document.createElement('iframe');
  var src = (selfCheck ? new URL('widget/', app).href : app.href) + '?' + params.toString();
  // The read-only view shows the model of its share link (data-link, the part after `#`).
  if (mode === 'view' && data.link) src += '#' + data.link.replace(/^#/, '');
  frame.title = data.title || 'Kontaktpunkt';
  // "Copy the result link" in a cross-site frame needs the host's permission.
  frame.setAttribute('allow', 'clipboard-write');
  frame.setAttribute('scrolling', 'no');
  frame.className = 'kontaktpunkt-widget';
  frame.style.width = '100%';
  frame.style.border = '0';
  frame.style.display = 'block';
  frame.style.overflow = 'hidden';
  frame.style.height = (data.height || '640') + 'px';

  var target = data.target && document.getElementById(data.target);
  if (target) {
    target.appendChild(frame);
  } else {
    script.parentNode.insertBefore(frame, script.nextSibling);
  }
  // The frame holds its place from the start (no layout shift); it loads after the host page's
  // load and first paint, and near the viewport, so it never delays the host's first paint.
  var load = function () {
    frame.src = src;
  };
  var watchPlace = function () {
    if (!('IntersectionObserver' in window)) return load();
    var watch = new IntersectionObserver(
      function (entries) {
        if (!entries.some(function (e) { return e.isIntersecting; })) return;
        watch.disconnect();
        load();
      },
      { rootMargin: '600px 0px' },
    );
    watch.observe(frame);
  };
  // A small page can fire `load` before it has painted: wait for its first contentful paint
  // as well (or 2 s where the browser does not report paints), then watch the place.
  var afterFirstPaint = function () {
    var started = false;
    var start = function () {
      if (started) return;
      started = true;
      watchPlace();
    };
    var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
    if (types.indexOf('paint') < 0) return setTimeout(start, 0);
    var painted = function (list) {
      return list.some(function (e) { return e.name === 'first-contentful-paint'; });
    };
    if (painted(performance.getEntriesByType('paint'))) return start();
    var paints = new PerformanceObserver(function (entries) {
      if (!painted(entries.getEntries())) return;
      paints.disconnect();
      start();
    });
    paints.observe({ type: 'paint', buffered: true });
    setTimeout(start, 2000);
  };
  if (document.readyState === 'complete') {
    afterFirstPaint();
  } else {
    window.addEventListener('load', afterFirstPaint, { once: true });
  }

  // A new step (question, result): its top into view, else a phone stays mid-content.
  var showTop = function () {
    var top = frame.getBoundingClientRect().top;
    if (top >= 0 && top < window.innerHeight / 3) return;
    var still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    frame.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  };

  window.addEventListener('message', function (event) {
    if (event.origin !== app.origin || event.source !== frame.contentWindow) return;
    var message = event.data;
    if (!message || message.source !== 'kontaktpunkt' || typeof message.type !== 'string') return;
    if (message.type === 'resize' && typeof message.height === 'number') {
      frame.style.height = Math.ceil(message.height) + 'px';
    }
    if (message.type === 'scroll') showTop();
    frame.dispatchEvent(new CustomEvent('kontaktpunkt:' + message.type, { detail: message, bubbles: true }));
  });
})();
