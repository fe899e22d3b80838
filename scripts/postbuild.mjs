// Trunk post_build hook (Trunk.toml), run in the staging directory before it becomes dist/:
//
// 1. Moves Trunk's inline loader (<script type="module">import init … </script>) into a file
//    `init-<hash>.js`, so the Content Security Policy in index.html can forbid inline scripts
//    (script-src 'self' 'wasm-unsafe-eval'), and fails the build if any inline script or
//    style is left. 1c: joins the page's stylesheets into one file (one request), in order.
// 2. Writes sw.js from scripts/sw.js: the exact list of built files and a cache version that
//    is a hash of their names and contents, so every change of the app is a new version.
// 3. Writes precompressed siblings (`.br` at brotli 11, `.gz` by zopfli) of the text and wasm
//    files, for hosts that serve them as they are (nginx gzip_static, Caddy precompressed, …):
//    better ratios than a server compressing on the fly, at no cost per request. Zopfli writes
//    ordinary gzip that every browser reads, about 6 % smaller than gzip -9 (the widget's
//    wasm: 5.7 KB less), for a few seconds of build time.
//
// The self-check widget (widget/index.html, built first into target/widget-dist and copied
// into dist/widget/) is handled apart: it has one wasm per language (the English one built
// before it from widget/en/index.html, into target/widget-en), its boot script and a loader
// that picks the page's language become one file, so the widget loads in five requests, and
// it has no service worker of its own (the app's worker leaves the widget folder to the
// network).
//
// Under `trunk serve` (Trunk injects its autoreload script, which it fills in while serving,
// so it must stay inline) this is a development build: the CSP meta tag is removed and sw.js
// is a worker that removes the release build's caches and serves nothing, so a rebuilt app is
// never hidden behind an old cache. Try the offline app with `make build` and a static server.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, unlink, writeFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { minify } from 'terser';
import { gzipAsync as zopfliGzip } from '@gfx/zopfli';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set (this script is a Trunk hook)');
  process.exit(1);
}
const publicUrl = process.env.TRUNK_PUBLIC_URL || './';
const htmlPath = join(staging, 'index.html');
let html = await readFile(htmlPath, 'utf8');

const hash = (data, length = 16) => createHash('sha256').update(data).digest('hex').slice(0, length);
const fail = (message) => {
  console.error(`postbuild: ${message}`);
  process.exit(1);
};

const AUTORELOAD = '.well-known/trunk/ws';
const development = html.includes(AUTORELOAD);

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const htmlFile = process.env.TRUNK_HTML_FILE || '';
const widgetEnglish = /(^|[\\/])widget[\\/]en[\\/]index\.html$/.test(htmlFile);
const widget = /(^|[\\/])widget[\\/]index\.html$/.test(htmlFile);
const rateEnglish = /(^|[\\/])rate[\\/]en[\\/]index\.html$/.test(htmlFile);
const rate = /(^|[\\/])rate[\\/]index\.html$/.test(htmlFile);

// 0. The English wasm of the widget or the rater's page: left as Trunk built it, for the
//    German build to take in.
if (widgetEnglish || rateEnglish) {
  console.error(`postbuild: the ${widgetEnglish ? 'widget' : "rater's page"} in English (bindings and wasm for its German page)`);
  process.exit(0);
}

// Trunk's loader in a page: the bindings and the wasm it loads, and the page without it.
function takeLoader(page) {
  let loader = null;
  const rest = page.replace(SCRIPT, (whole, attrs, body) => {
    if (/\bsrc\s*=/i.test(attrs) || !body.includes('import init')) return whole;
    loader = body;
    return '';
  });
  const glue = loader && loader.match(/from\s*["']([^"']+\.js)["']/);
  const wasm = loader && loader.match(/module_or_path:\s*["']([^"']+\.wasm)["']/);
  if (!glue || !wasm) fail(`Trunk's loader has changed its form:\n${loader}`);
  return { glue: glue[1], wasm: wasm[1], page: rest };
}

// 1w. The widget and the rater's page (one wasm per language): a loader appended to the boot
//     script, which has set the page's language by then: it fetches that language's wasm at
//     once (in place of a preload, which cannot choose) beside its bindings. The English pair
//     is copied into en/.
if ((widget || rate) && !development) {
  const kind = widget ? 'widget' : 'rate';
  // Quotes are optional: the minifier drops them.
  const BOOT = new RegExp(`<script\\b[^>]*\\bsrc=["']?([^"' >]*${kind}-boot[^"' >]*\\.js)["']?[^>]*><\\/script>`, 'i');
  const PRELOAD = /<link\b[^>]*\brel=["']?(?:modulepreload|preload)["']?[^>]*>/gi;
  const boot = html.match(BOOT);
  if (!boot) fail(`${kind}/index.html has lost its boot script`);
  const german = takeLoader(html);
  html = german.page.replace(PRELOAD, '');
  const englishDir = join(import.meta.dirname, '..', 'target', `${kind}-en`);
  const english = takeLoader(await readFile(join(englishDir, 'index.html'), 'utf8').catch(() => fail(`target/${kind}-en is missing: build ${kind}/en/index.html first (make ${kind})`)));
  await mkdir(join(staging, 'en'), { recursive: true });
  const local = (path) => path.replace(publicUrl, '');
  const build = async (pair, dir, from) => {
    const wasm = await readFile(join(from, local(pair.wasm)));
    if (from !== staging) {
      await writeFile(join(dir, local(pair.wasm)), wasm);
      await copyFile(join(from, local(pair.glue)), join(dir, local(pair.glue)));
    }
    const prefix = dir === staging ? '' : 'en/';
    return { glue: `./${prefix}${local(pair.glue)}`, wasm: `./${prefix}${local(pair.wasm)}`, integrity: `sha384-${createHash('sha384').update(wasm).digest('base64')}` };
  };
  const builds = { de: await build(german, staging, staging), en: await build(english, join(staging, 'en'), englishDir) };
  const bootFile = join(staging, boot[1].replace(publicUrl, ''));
  let code = `${(await readFile(bootFile, 'utf8')).trim()};
(function () {
  var builds = ${JSON.stringify(builds)};
  var build = builds[document.documentElement.lang] || builds.de;
  var wasm = fetch(build.wasm, { integrity: build.integrity });
  // Trunk's loader also announces the start (TrunkApplicationStarted); nothing in these
  // pages listens, so the event is left out.
  import(build.glue).then(function (glue) { return glue.default({ module_or_path: wasm }); });
})();
`;
  // Trunk has minified the boot script; the whole file once more with the loader: about 90 B
  // less gzip.
  const minified = await minify(code, { compress: true, mangle: true });
  if (!minified.code) fail(`terser gave nothing for the ${kind}'s boot script`);
  code = minified.code;
  const name = `${kind}-${hash(code)}.js`;
  await writeFile(join(staging, name), code);
  await unlink(bootFile);
  html = html.replace(BOOT, `<script src="${publicUrl}${name}"></script>`);
}

// 1r. The views module (views/index.html): never shown as a page; the app imports its
//     entry.js when one of its views opens, which starts the bindings with their wasm. Trunk's
//     loader and preloads leave the page.
const viewsModule = /(^|[\\/])views[\\/]index\.html$/.test(htmlFile);
if (viewsModule && !development) {
  const { glue, wasm, page } = takeLoader(html);
  const local = (path) => `./${path.replace(publicUrl, '')}`;
  html = page.replace(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)["']?[^>]*>/gi, '');
  const entry = `import init from '${local(glue)}';
export * from '${local(glue)}';
export const start = () => init({ module_or_path: new URL('${local(wasm)}', import.meta.url) });
`;
  await writeFile(join(staging, 'entry.js'), entry);
}

// 1m. The wasm-bindgen bindings minified (Trunk minifies the page, not these): 35 KB of
//     readable JS become 16 KB, 1.7 KB less gzip for the widget, 2 KB for the app. Their
//     names stay; a preload's integrity is written anew.
if (!development) {
  const GLUE = /^kontaktpunkt(-widget|-rate|-views)?-[0-9a-f]+\.js$/;
  for (const file of await files(staging)) {
    // The rater's page (rate/) and the views module (views/) are minified by their own
    // builds, and the rater's page's integrity names that result: leave them.
    if (!GLUE.test(file.split('/').pop()) || file.startsWith('rate/') || file.startsWith('views/')) continue;
    const path = join(staging, file);
    const result = await minify(await readFile(path, 'utf8'), { module: true, compress: true, mangle: true });
    if (!result.code) fail(`terser gave nothing for ${file}`);
    await writeFile(path, result.code);
    const integrity = `sha384-${createHash('sha384').update(result.code).digest('base64')}`;
    html = html.replace(/<link\b[^>]*>/gi, (tag) =>
      tag.includes(file) ? tag.replace(/\bintegrity=("[^"]*"|'[^']*'|[^\s>]+)/i, `integrity="${integrity}"`) : tag,
    );
  }
}

// 1c. The page's stylesheets joined into one file, in their order: one request, while the
//     sources stay apart (styles/base.css, the widget's selfcheck.css, the app's app.css).
if (!development) {
  const SHEET = /<link\b[^>]*\bhref=["']?([^"' >]+\.css)["']?[^>]*>/gi;
  const sheets = [...html.matchAll(SHEET)].filter((m) => /\brel=["']?stylesheet/i.test(m[0]));
  if (sheets.length > 1) {
    const parts = [];
    for (const [, href] of sheets) parts.push(await readFile(join(staging, href.replace(publicUrl, '')), 'utf8'));
    const css = parts.join('\n');
    const name = `style-${hash(css)}.css`;
    await writeFile(join(staging, name), css);
    for (const [, href] of sheets) await unlink(join(staging, href.replace(publicUrl, '')));
    let first = true;
    html = html.replace(SHEET, (whole) => {
      if (!/\brel=["']?stylesheet/i.test(whole)) return whole;
      const kept = first ? `<link rel="stylesheet" href="${publicUrl}${name}">` : '';
      first = false;
      return kept;
    });
  }
}

// 1r. The relay of live sessions (docs/collaboration.md): the build-time setting
//     KONTAKTPUNKT_RELAY (a ws:// or wss:// address) fills the page's kontaktpunkt-relay meta
//     tag, and it is the one address the CSP's connect-src allows beside the page's origin.
//     Unset, the meta tag stays empty and the app offers no live session.
const RELAY_META = /<meta\b[^>]*\bname=["']?kontaktpunkt-relay["']?[^>]*>/i;
if (RELAY_META.test(html)) {
  const relay = relayAddress(process.env.KONTAKTPUNKT_RELAY ?? '');
  html = html.replace(RELAY_META, `<meta name="kontaktpunkt-relay" content="${relay?.href ?? ''}">`);
  if (relay && !development) {
    const allowed = html.replace(/connect-src 'self'/, `connect-src 'self' ${relay.source}`);
    if (allowed === html) fail("the CSP has no connect-src 'self' to add the relay to");
    html = allowed;
  }
}

/** The relay's address for the app and the CSP's source that allows its rooms (path prefix). */
function relayAddress(value) {
  if (!value.trim()) return null;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    fail(`KONTAKTPUNKT_RELAY is not an address: ${value}`);
  }
  if (!['ws:', 'wss:'].includes(url.protocol) || url.username || url.password || url.search || url.hash) {
    fail(`KONTAKTPUNKT_RELAY must be a plain ws:// or wss:// address: ${value}`);
  }
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { href: `${url.protocol}//${url.host}${path.replace(/\/$/, '')}`, source: `${url.protocol}//${url.host}${path}` };
}

// 1. Inline scripts into files.
const moved = [];
html = html.replace(SCRIPT, (whole, attrs, body) => {
  if (/\bsrc\s*=/i.test(attrs) || body.trim() === '') return whole;
  if (body.includes(AUTORELOAD)) return whole;
  const module = /\btype\s*=\s*["']?module/i.test(attrs);
  const name = `init-${hash(body)}.js`;
  moved.push({ name, body });
  return `<script${module ? ' type="module"' : ''} src="${publicUrl}${name}"></script>`;
});
for (const { name, body } of moved) await writeFile(join(staging, name), `${body.trim()}\n`);

const CSP = /\s*<meta\b[^>]*\bhttp-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*>/i;
if (development) {
  html = html.replace(CSP, '');
  console.error('postbuild: development build (trunk serve): no CSP, no offline cache');
} else {
  const inline = [...html.matchAll(SCRIPT)].filter(([, attrs, body]) => !/\bsrc\s*=/i.test(attrs) && body.trim());
  if (inline.length) fail(`inline <script> left in index.html, which the CSP forbids:\n${inline[0][0].slice(0, 200)}`);
  if (/<style\b/i.test(html) || /\sstyle\s*=/i.test(html)) fail('inline style in index.html, which the CSP forbids');
  if (!CSP.test(html)) fail('index.html has lost its Content-Security-Policy meta tag');
}
await writeFile(htmlPath, html);

// 2. The service worker.
async function files(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await files(path)));
    else found.push(relative(staging, path).split(sep).join('/'));
  }
  return found;
}

let worker;
if (widget || viewsModule) {
  worker = null;
} else if (development) {
  worker = `// Development build (trunk serve): no offline cache. Replaces a release build's worker at
// once and deletes its caches, so a rebuilt app is never served from an old cache.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((names) => Promise.all(names.filter((n) => n.startsWith('kontaktpunkt-')).map((n) => caches.delete(n)))),
  );
});
`;
} else {
  // index.html first; sw.js itself is never cached (the browser checks it for updates).
  // The views module (views/) comes with its compressed twins from its own build: the plain
  // files only, and not its page, which is never shown.
  const viewOnly = (f) => f.startsWith('views/') && (/\.(gz|br)$/.test(f) || f === 'views/index.html' || f.startsWith('views/snippets/'));
  // The sync worker (sync/) is fetched only when a second tab opens a model or a live session
  // starts, never on a first visit: the service worker keeps it once it was fetched (LAZY).
  const lazy = (f) => f.startsWith('kontaktpunkt-sync-worker');
  const all = (await files(staging)).filter((f) => f !== 'sw.js' && !f.startsWith('widget/') && !f.startsWith('rate/') && !viewOnly(f));
  const lazyList = all.filter(lazy).sort();
  const list = all.filter((f) => !lazy(f)).sort((a, b) => (a === 'index.html' ? -1 : b === 'index.html' ? 1 : a.localeCompare(b)));
  const digest = createHash('sha256');
  for (const file of list) digest.update(`${file}\0`).update(await readFile(join(staging, file))).update('\0');
  // The worker's names are not hashed: its content counts in the version, so a new worker
  // comes with a new cache.
  for (const file of lazyList) digest.update(`${file}\0`).update(await readFile(join(staging, file))).update('\0');
  const version = digest.digest('hex').slice(0, 16);
  const template = await readFile(join(import.meta.dirname, 'sw.js'), 'utf8');
  worker = template
    .replace("'__VERSION__'", JSON.stringify(version))
    .replace('__FILES__', JSON.stringify(list, null, 2))
    .replace('__LAZY__', JSON.stringify(lazyList, null, 2));
  if (worker.includes('__VERSION__') || worker.includes('__FILES__') || worker.includes('__LAZY__')) fail('scripts/sw.js lacks a placeholder');
  console.error(`postbuild: sw.js caches ${list.length} files as version ${version}`);
}
if (worker !== null) await writeFile(join(staging, 'sw.js'), worker);

// 3. Precompressed files (release builds only; not listed in sw.js, which caches the plain
//    names and lets the browser negotiate the encoding).
if (!development) {
  const COMPRESSIBLE = new Set(['.wasm', '.js', '.css', '.html', '.svg', '.webmanifest', '.txt']);
  const all = new Set(await files(staging));
  for (const file of all) {
    if (!COMPRESSIBLE.has(extname(file))) continue;
    // The widget's files come with their siblings from the widget's own build.
    if (all.has(`${file}.gz`) && all.has(`${file}.br`)) continue;
    const data = await readFile(join(staging, file));
    const brotli = brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    });
    await writeFile(join(staging, `${file}.br`), brotli);
    await writeFile(join(staging, `${file}.gz`), await zopfliGzip(data, { numiterations: 15 }));
  }
}
