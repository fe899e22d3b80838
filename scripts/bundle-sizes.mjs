// What a first visit transfers, for scripts/bench.sh: the files dist/index.html loads (the
// wasm, the loader and bindings JS, the CSS), raw, gzip -9 and brotli -q 11 (node's zlib, the
// levels a host compressing on the fly uses at best), and the `.gz` sibling the build writes
// (zopfli, scripts/postbuild.mjs: what a host serving precompressed files sends).
// stdout: `name<TAB>value<TAB>unit` lines.
// With the argument `widget`: the same for the self-check widget (dist/widget/index.html),
// whose first load also counts its page, and the number of requests it makes (German, and
// the English first load beside it). With `rate`: the rater's page of a rating round
// (dist/rate/index.html), its first load with its page and its requests. With `views`: the views
// module (dist/views/: the rating round view, …), which the app loads only when one of its
// views opens: its entry, bindings and wasm. The app's own run also prints the sync worker's
// size (fetched on demand, never in the first load).
//
// What makes the wasm big: scripts/wasm-composition.mjs (in make bench) groups it by origin;
// to look at single functions, use twiggy from crates.io (wasm-opt keeps the names with -g):
//   wasm-bindgen --target web --out-dir /tmp/wb target/wasm32-unknown-unknown/release/kontaktpunkt.wasm
//   wasm-opt -Oz -g --all-features /tmp/wb/kontaktpunkt_bg.wasm -o /tmp/wb/named.wasm
//   twiggy top -n 40 /tmp/wb/named.wasm; twiggy monos /tmp/wb/named.wasm
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const widget = process.argv[2] === 'widget';
const rate = process.argv[2] === 'rate';
const viewsModule = process.argv[2] === 'views';
const dist = resolve(import.meta.dirname, '..', 'dist', widget ? 'widget' : rate ? 'rate' : viewsModule ? 'views' : '');
const prefix = widget ? 'widget' : rate ? 'rate' : viewsModule ? 'views module' : 'bundle';
// The views module has no page to follow: entry.js imports the bindings, which load the wasm.
const html = viewsModule
  ? readdirSync(dist).filter((f) => /\.(wasm|js)$/.test(f)).map((f) => `src="${f}"`).join(' ')
  : readFileSync(join(dist, 'index.html'), 'utf8');
const out = (name, value, unit) => process.stdout.write(`${name}\t${value}\t${unit}\n`);

// Every local .wasm/.js/.css that index.html names (script src, stylesheet, preloads).
// Quotes are optional: the build minifies the page.
const files = [...new Set([...html.matchAll(/(?:src|href)=["']?([^"' >]+\.(?:wasm|js|css))/g)].map((m) => m[1]))]
  .filter((f) => !/^[a-z]+:/i.test(f))
  .map((f) => f.replace(/^\.?\//, ''));

const kinds = widget || rate ? { html: ['index.html'], wasm: [], js: [], css: [] } : { wasm: [], js: [], css: [] };
for (const file of files) kinds[extname(file).slice(1)]?.push(file);

// The boot script of the widget and of the rater's page loads the bindings and wasm of the
// page's language (scripts/postbuild.mjs): the German pair (this folder's) counts in the first
// load, the English one (en/) is printed beside it.
let english = null;
if (widget || rate) {
  const pair = (dir) => {
    const names = readdirSync(join(dist, dir));
    const glue = names.find((f) => new RegExp(`^kontaktpunkt-${prefix}-[0-9a-f]+\\.js$`).test(f));
    if (!glue) throw new Error(`no ${prefix} bindings in ${dir}`);
    return [join(dir, glue), join(dir, glue.replace(/\.js$/, '_bg.wasm'))];
  };
  const [glue, wasm] = pair('.');
  kinds.js.push(glue);
  kinds.wasm.push(wasm);
  english = pair('en');
}

const sizes = (file) => {
  const data = readFileSync(join(dist, file));
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    served: statSync(join(dist, `${file}.gz`)).size,
    brotli: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length,
  };
};

const total = { raw: 0, gzip: 0, served: 0, brotli: 0 };
for (const [kind, list] of Object.entries(kinds)) {
  const sum = { raw: 0, gzip: 0, served: 0, brotli: 0 };
  for (const file of list) {
    const s = sizes(file);
    for (const k of Object.keys(sum)) sum[k] += s[k];
  }
  for (const k of Object.keys(total)) total[k] += sum[k];
  const label = `${prefix}: ${kind}${list.length > 1 ? ` (${list.length} files)` : ''}`;
  out(`${label} raw`, sum.raw, 'bytes');
  out(`${label} gzip -9`, sum.gzip, 'bytes');
  out(`${label} gzip as served (the build's .gz)`, sum.served, 'bytes');
  out(`${label} brotli -q 11`, sum.brotli, 'bytes');
}
const swap = (kind, from, to) => sizes(to)[kind] - sizes(from)[kind];
const german = [kinds.js.at(-1), kinds.wasm.at(-1)];
const delta = (kind) => swap(kind, german[0], english[0]) + swap(kind, german[1], english[1]);
if (widget) {
  out('widget: first load (HTML + JS + wasm + CSS) raw', total.raw, 'bytes');
  out('widget: first load gzip -9, compressed on the fly', total.gzip, 'bytes');
  out("widget: first load gzip as served from the build's .gz (goal: at most 100 KB)", total.served, 'bytes');
  out('widget: first load brotli -q 11', total.brotli, 'bytes');
  out('widget: requests before the first question (goal: at most 5)', Object.values(kinds).flat().length, 'count');
  out('widget: first load in English gzip -9', total.gzip + delta('gzip'), 'bytes');
  out("widget: first load in English gzip as served from the build's .gz", total.served + delta('served'), 'bytes');
  out('widget: first load in English brotli -q 11', total.brotli + delta('brotli'), 'bytes');
  // Not part of the first load: fetched after the first question is rendered.
  const advice = sizes('advice-de.txt');
  out('widget: recommendations, fetched after the first render, gzip -9 (German)', advice.gzip, 'bytes');
  out("widget: recommendations, fetched after the first render, gzip as served (German)", advice.served, 'bytes');
} else if (rate) {
  out("rate: first load (HTML + JS + wasm + CSS) gzip as served from the build's .gz (goal: at most 100 KB)", total.served, 'bytes');
  out('rate: first load brotli -q 11', total.brotli, 'bytes');
  out('rate: requests of the first load (goal: at most 5)', Object.values(kinds).flat().length, 'count');
  out("rate: first load in English gzip as served from the build's .gz", total.served + delta('served'), 'bytes');
} else if (viewsModule) {
  out("views module: loaded when one of its views opens (JS + wasm) gzip as served from the build's .gz", total.served, 'bytes');
  out('views module: loaded when one of its views opens brotli -q 11', total.brotli, 'bytes');
} else {
  out('bundle: total transfer (wasm + JS + CSS) raw', total.raw, 'bytes');
  out('bundle: total transfer (wasm + JS + CSS) gzip -9', total.gzip, 'bytes');
  out("bundle: total transfer (wasm + JS + CSS) gzip as served from the build's .gz", total.served, 'bytes');
  out('bundle: total transfer (wasm + JS + CSS) brotli -q 11', total.brotli, 'bytes');
  out('bundle: total transfer gzip -9 (goal: under 300 KB)', (total.gzip / 1024).toFixed(1), 'KiB');
  // The sync worker (sync/, yrs): never in the first load (index.html names none of its
  // files); fetched when a second tab opens the same model or a live session starts.
  const worker = ['kontaktpunkt-sync-worker_loader.js', 'kontaktpunkt-sync-worker.js', 'kontaktpunkt-sync-worker_bg.wasm'];
  const of = (kind) => worker.reduce((sum, file) => sum + sizes(file)[kind], 0);
  out("sync worker, fetched on demand (loader + JS + wasm) gzip as served from the build's .gz", of('served'), 'bytes');
  out('sync worker, fetched on demand (loader + JS + wasm) brotli -q 11', of('brotli'), 'bytes');
}
