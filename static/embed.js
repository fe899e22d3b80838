/*
 * Kontaktpunkt embed script. Put it where the widget should appear:
 *
 *   <script src="https://your-host/kontaktpunkt/embed.js" data-mode="selfcheck"
 *           data-lang="de" data-accent="#0a7" data-title="…" data-cta="…" data-cta-url="https://…"></script>
 *
 * It reserves the widget's place next to itself (or inside the element named by data-target),
 * creates the iframe when that place comes near the viewport (the self-check loads its own
 * small build, widget/; the workspace and the read-only view load the app), sizes it to its
 * content through postMessage (no inner scrollbar), and re-dispatches the widget's messages on
 * the iframe as DOM CustomEvents: kontaktpunkt:ready, kontaktpunkt:resize,
 * kontaktpunkt:completed (event.detail is the message). Load it with `async`: it never holds
 * up the host page. Options: docs/embedding.md.
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
  // The frame holds its place from the start (no layout shift) and loads near the viewport.
  var load = function () {
    frame.src = src;
  };
  if ('IntersectionObserver' in window) {
    var watch = new IntersectionObserver(
      function (entries) {
        if (!entries.some(function (e) { return e.isIntersecting; })) return;
        watch.disconnect();
        load();
      },
      { rootMargin: '600px 0px' },
    );
    watch.observe(frame);
  } else {
    load();
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== app.origin || event.source !== frame.contentWindow) return;
    var message = event.data;
    if (!message || message.source !== 'kontaktpunkt' || typeof message.type !== 'string') return;
    if (message.type === 'resize' && typeof message.height === 'number') {
      frame.style.height = Math.ceil(message.height) + 'px';
    }
    frame.dispatchEvent(new CustomEvent('kontaktpunkt:' + message.type, { detail: message, bubbles: true }));
  });
})();
