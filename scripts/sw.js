// Kontaktpunkt's service worker. TEMPLATE: scripts/postbuild.mjs fills in VERSION and FILES
// and writes the result to dist/sw.js after every build.
//
// - install: stores every file of this build in the cache `kontaktpunkt-<VERSION>:<scope>`.
// - activate: deletes this app's caches of other versions (same scope only, so two copies of
//   the app in different folders of one site keep theirs).
// - A new version waits until the page asks for it ({type: 'skip-waiting'}, sent when the user
//   clicks "Reload to update"): it is never swapped in under the user's work.
// - fetch: opening the app (a navigation to its folder or index.html, share links included:
//   the #fragment never reaches the network) gets the cached index.html of this version, so
//   the page and its hashed files always belong together and load without a network; the
//   built files come from the cache. The files of LAZY (the sync worker, fetched only when
//   the app needs it) are kept in the cache the first time they are fetched, not at install,
//   so a first visit never fetches them. Everything else goes to the network untouched.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const LAZY = new Set(__LAZY__);
const SHELL = 'index.html';

const PREFIX = 'kontaktpunkt-';
const SCOPE = new URL(self.registration.scope).pathname;
const CACHE = `${PREFIX}${VERSION}:${SCOPE}`;
const CACHED = new Set(FILES);

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(
    FILES.map(async (file) => {
      // A file with a content hash in its name never changes, so a copy in the HTTP cache
      // (the page has just loaded it) will do; any other file must come past the HTTP cache,
      // so that it is this version's.
      const hashed = /-[0-9a-f]{16}(?:_bg)?\.(?:js|wasm|css)$/.test(file);
      const response = await fetch(new Request(file, { cache: hashed ? 'default' : 'reload' }));
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      // A host may redirect index.html to its folder; a redirected response cannot answer a
      // navigation, so only the body and headers are kept.
      const kept = response.redirected
        ? new Response(await response.blob(), { status: 200, headers: response.headers })
        : response;
      await cache.put(file, kept);
    }),
  );
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      const stale = names.filter((n) => n.startsWith(PREFIX) && n.endsWith(`:${SCOPE}`) && n !== CACHE);
      await Promise.all(stale.map((n) => caches.delete(n)));
      // The first install takes over the open page at once, so it works offline right away.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE)) return;
  const path = url.pathname.slice(SCOPE.length);
  if (request.mode === 'navigate') {
    if (path === '' || path === SHELL) event.respondWith(cached(SHELL, request));
  } else if (CACHED.has(path)) {
    event.respondWith(cached(path, request));
  } else if (LAZY.has(path)) {
    event.respondWith(keptOnFetch(path, request));
  }
});

/** A LAZY file: from the cache, else fetched and kept for the next time (offline too). */
async function keptOnFetch(file, request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(file);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(file, response.clone());
  return response;
}

/** The cached `file`, else the network (the cache may have been evicted). */
async function cached(file, request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(file)) ?? fetch(request);
}
