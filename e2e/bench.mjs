// Browser figures of the release build (dist/) for scripts/bench.sh: the time to the first
// screen of rows and the latency of a quick rating with every row rendered (the list renders
// more rows as it is scrolled: the worst case is a list scrolled to its end), at 30, 300 and
// 2,000 touchpoints; and the wasm memory after 100 edits of a model with a 200 KB cover logo.
// stdout: only `name<TAB>value<TAB>unit` lines; progress goes to stderr. Always exits 0.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, FIXTURES } from './support.mjs';

/**
 * Puts a model into the app's storage before the app starts (runs in the page before every
 * navigation; e2e/lighthouse.mjs uses it too). THE ONE PLACE that knows the storage layout:
 * adapt it when the layout changes. Current layout (src/storage.rs): an index naming the current
 * model, one key per model, the language as a JSON string under "kontaktpunkt.lang".
 */
export function seedScript({ model, lang = 'en', once = false }) {
  // `once`: a reload keeps what the app saved since.
  if (once && localStorage.getItem('kontaktpunkt.models')) return;
  localStorage.setItem('kontaktpunkt.models', JSON.stringify({ current: 'm1', models: [{ id: 'm1', name: '', updated: 0 }] }));
  localStorage.setItem('kontaktpunkt.model.m1', model);
  localStorage.setItem('kontaktpunkt.lang', JSON.stringify(lang));
}

/**
 * A page of `url` in a fresh context whose storage holds `model`, once its first row shows
 * (the end-to-end tests' common start); `lang` is the interface's ('en' or 'de'); `once`: only
 * into empty storage, so a reload shows what the app saved; the other `options` go to
 * `browser.newContext`.
 */
export async function openSeeded(browser, url, model, { lang = 'en', once = false, ...options } = {}) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 }, ...options });
  await context.addInitScript(seedScript, { model: JSON.stringify(model), lang, once });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.tp-row').first().waitFor();
  return { context, page };
}

async function seedStorage(context, modelJson) {
  await context.addInitScript(seedScript, { model: modelJson });
}

// BENCH_SIZES=2000 node e2e/bench.mjs: one size only, for a quick look while working;
// BENCH_ONLY=logo: only the memory figure of a model with a large cover logo.
const LOGO_ONLY = process.env.BENCH_ONLY === 'logo';
const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [30, 300, 2000];
/** The size at which the search and memory figures are taken, with a full undo history. */
const HISTORY_SIZE = 2000;
/** Median edit figures by size, for the ratio rows. */
const results = new Map();
const EDITS = 50;
const RENDER_TIMEOUT_MS = 60_000;
const EDIT_TIMEOUT_MS = 10_000;
/** Edits of one fixture stop (and report n/a) once they have taken this long in total. */
const EDIT_BUDGET_MS = 40_000;
const IST_LEGEND = 'Ist (today)';

const log = (...args) => console.error('[bench]', ...args);
const printed = new Set();
const out = (name, value, unit) => {
  printed.add(name);
  process.stdout.write(`${name}\t${value}\t${unit}\n`);
};
/** Rows that fill a screen: the first render is done when this many (or all) are in the DOM. */
const SCREEN_ROWS = 20;
const renderName = (n) => `first interactive render (first ${SCREEN_ROWS} rows), ${n} touchpoints`;
const editName = (n, stat) => `edit latency: rating change → updated DOM, ${n} touchpoints (${stat} of ${EDITS})`;

/**
 * The app's model JSON from a fixture CSV's text, read by the app's own CSV reader (core's
 * `model_from_csv`, through core/examples/fixture_model.rs), so tests and benchmarks seed
 * exactly what an import would give.
 */
export function modelFromCsv(text) {
  const json = execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'kontaktpunkt-core', '--example', 'fixture_model'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    input: text,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(json);
}

function quantile(values, q) {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

const fmt = (ms) => (Number.isFinite(ms) ? ms.toFixed(1) : 'n/a');

/** Installed before the app starts: notes when the list first holds `expected` rows. */
function watchRows(expected) {
  const marks = (window.__bench = { rowsAt: null, headerAt: null, startedAt: null, frameAt: null });
  addEventListener('TrunkApplicationStarted', (event) => {
    marks.startedAt ??= performance.now();
    window.__wasmMemory = event.detail?.wasm?.memory;
  });
  const rows = document.getElementsByClassName('tp-row');
  const check = () => {
    if (marks.headerAt === null && document.querySelector('.app-header')) marks.headerAt = performance.now();
    if (marks.rowsAt === null && rows.length >= expected) {
      marks.rowsAt = performance.now();
      observer.disconnect();
      // Roughly when the rows can first be seen: after the next frame's style, layout, paint.
      requestAnimationFrame(() => setTimeout(() => (marks.frameAt = performance.now()), 0));
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * In the page: scrolls the `pick`-th row into view, checks its Ist radio `value` and times, with
 * performance.now(), from the click (which dispatches input and change synchronously) until the
 * row's rating word shows the new value (`dom`), and until the next animation frame after that
 * has run and yielded (`frame`, roughly when the change can be painted).
 */
async function editOnce({ pick, iteration, legend, timeout }) {
  const rows = document.querySelectorAll('li.tp-row');
  const row = rows[pick % rows.length];
  const id = row.dataset.id;
  const istOf = (r) =>
    [...(r?.querySelectorAll('fieldset') ?? [])].find((f) => f.querySelector('legend')?.textContent.trim() === legend);
  const fieldset = istOf(row);
  const current = fieldset.querySelector('input[type=radio]:checked')?.value ?? null;
  const choices = ['-2', '-1', '0', '1', '2'].filter((v) => v !== current);
  const value = choices[iteration % choices.length];
  const radio = fieldset.querySelector(`input[type=radio][value="${value}"]`);
  const label = radio.getAttribute('aria-label');
  const word = label.slice(label.indexOf(' ') + 1);
  // The row's rating word, found before the click: the check in the timed span must not
  // search the document, whose size grows with the model (at 2,000 touchpoints a search
  // from the top costs about 0.3 ms each time). Only if the app replaced that element is
  // the row looked up again.
  const wordOf = () =>
    istOf(document.querySelector(`li.tp-row[data-id="${id}"]`))?.querySelector('.rating-word');
  let wordElement = wordOf();
  const shown = () => {
    if (!wordElement?.isConnected) wordElement = wordOf();
    return wordElement?.textContent.trim() === word;
  };
  const settle = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  // As a user rates a row: on screen. Untimed; a row off screen would be one the browser
  // skips (content-visibility), which no click of a user can reach.
  row.scrollIntoView({ block: 'center' });
  await settle();
  await settle();

  let observer;
  let timer;
  const t0 = performance.now();
  radio.click();
  const dom = await new Promise((ok) => {
    if (shown()) return ok(performance.now());
    observer = new MutationObserver(() => {
      if (shown()) ok(performance.now());
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    timer = setTimeout(() => ok(shown() ? performance.now() : null), timeout);
  });
  observer?.disconnect();
  clearTimeout(timer);
  if (dom === null) return { id, label, dom: null, frame: null };
  const frame = await new Promise((ok) => requestAnimationFrame(() => setTimeout(() => ok(performance.now()), 0)));
  await settle();
  return { id, label, dom: dom - t0, frame: frame - t0 };
}

/**
 * In the page: types one letter into the search field and times until the list's count line
 * changes (the filtered list is rendered), then clears the search again untimed.
 */
async function searchOnce({ letter, timeout }) {
  const input = document.getElementById('f-text');
  const count = () => document.querySelector('.list-count')?.textContent;
  const before = count();
  // Typed where the search field is, at the top of the list (the edits before scrolled away).
  window.scrollTo(0, 0);
  await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  let observer;
  let timer;
  const t0 = performance.now();
  input.value = letter;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, data: letter, inputType: 'insertText' }));
  const done = await new Promise((ok) => {
    if (count() !== before) return ok(performance.now());
    observer = new MutationObserver(() => count() !== before && ok(performance.now()));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    timer = setTimeout(() => ok(null), timeout);
  });
  observer?.disconnect();
  clearTimeout(timer);
  input.value = '';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
  await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  return done === null ? null : done - t0;
}

const memoryBytes = (page) => page.evaluate(() => window.__wasmMemory?.buffer?.byteLength ?? null);

async function benchFixture(browser, server, n) {
  const model = modelFromCsv(await readFile(join(FIXTURES, `touchpoints-${n}.csv`), 'utf8'));
  if (model.touchpoints.length !== n) log(`touchpoints-${n}.csv holds ${model.touchpoints.length} touchpoints`);
  const expected = model.touchpoints.length;
  const firstScreen = Math.min(expected, SCREEN_ROWS);
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  try {
    await seedStorage(context, JSON.stringify(model));
    await context.addInitScript(watchRows, firstScreen);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

    // 2. First interactive render: navigation start → a screen of rows in the DOM.
    let render = NaN;
    let firstFrame = NaN;
    try {
      await page.goto(server.url, { waitUntil: 'commit', timeout: RENDER_TIMEOUT_MS });
      const handle = await page.waitForFunction(() => window.__bench?.rowsAt ?? false, null, {
        timeout: RENDER_TIMEOUT_MS,
      });
      render = await handle.jsonValue();
      await page.waitForFunction(() => window.__bench.frameAt !== null, null, { timeout: RENDER_TIMEOUT_MS });
      const marks = await page.evaluate(() => ({
        ...window.__bench,
        wasm: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.responseEnd,
        dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd,
      }));
      firstFrame = marks.frameAt;
      log(
        `${n}: rows at ${fmt(render)} ms (wasm fetched ${fmt(marks.wasm)}, DOMContentLoaded ${fmt(marks.dcl)},` +
          ` header ${fmt(marks.headerAt)}, app started ${fmt(marks.startedAt)}, next frame done ${fmt(marks.frameAt)})`,
      );
    } catch (e) {
      log(`${n}: first render timed out or failed: ${e.message.split('\n')[0]}`);
    }
    out(renderName(n), fmt(render), 'ms');
    out(`first frame painted with the rows, ${n} touchpoints`, fmt(firstFrame), 'ms');

    // Scrolled to the end, untimed: the edits below then run with every row rendered.
    if (Number.isFinite(render)) {
      const all = await page
        .evaluate(async ({ expected, timeout }) => {
          const end = performance.now() + timeout;
          while (document.querySelectorAll('li.tp-row').length < expected && performance.now() < end) {
            window.scrollTo(0, document.body.scrollHeight);
            await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 20)));
          }
          window.scrollTo(0, 0);
          return document.querySelectorAll('li.tp-row').length;
        }, { expected, timeout: RENDER_TIMEOUT_MS })
        .catch(() => 0);
      if (all < expected) log(`${n}: only ${all} of ${expected} rows rendered after scrolling`);
    }
    // With every row rendered, before any edit: the memory the model and its list need.
    const memoryAtStart = Number.isFinite(render) ? await memoryBytes(page) : null;

    // 1. Edit latency: 50 real Ist changes on touchpoints spread over the list.
    const dom = [];
    const frame = [];
    let failed = 0;
    if (Number.isFinite(render)) {
      const stride = 7919; // a prime, so the picks walk over the whole list
      const started = Date.now();
      for (let i = 0; i < EDITS; i++) {
        if (Date.now() - started > EDIT_BUDGET_MS) {
          log(`${n}: edit budget of ${EDIT_BUDGET_MS} ms used up after ${i} edits`);
          break;
        }
        try {
          const r = await page.evaluate(editOnce, {
            pick: (i * stride + 3) % expected,
            iteration: i,
            legend: IST_LEGEND,
            timeout: EDIT_TIMEOUT_MS,
          });
          if (r.dom === null) {
            failed++;
            log(`${n}: edit ${i} (touchpoint ${r.id} → ${r.label}) not shown within ${EDIT_TIMEOUT_MS} ms`);
          } else {
            dom.push(r.dom);
            frame.push(r.frame);
          }
        } catch (e) {
          failed++;
          log(`${n}: edit ${i} failed: ${e.message.split('\n')[0]}`);
        }
      }
      log(
        `${n}: ${dom.length} edits, DOM median ${fmt(quantile(dom, 0.5))} / p90 ${fmt(quantile(dom, 0.9))} / max ${fmt(Math.max(...dom))} ms;` +
          ` to next frame median ${fmt(quantile(frame, 0.5))} / p90 ${fmt(quantile(frame, 0.9))} ms` +
          (failed ? `; ${failed} failed` : ''),
      );
    }
    // A median of fewer than half the planned edits would not be the figure it claims to be.
    const enough = dom.length >= EDITS / 2;
    out(editName(n, 'median'), enough ? fmt(quantile(dom, 0.5)) : 'n/a', 'ms');
    out(editName(n, 'p90'), enough ? fmt(quantile(dom, 0.9)) : 'n/a', 'ms');
    // What a user feels: until the browser has laid out and painted the change.
    out(`edit latency: rating change → next frame, ${n} touchpoints (median of ${EDITS})`, enough ? fmt(quantile(frame, 0.5)) : 'n/a', 'ms');
    results.set(n, { dom: enough ? quantile(dom, 0.5) : NaN, frame: enough ? quantile(frame, 0.5) : NaN });

    // With a full undo history (the 50 edits above and 50 more), a search keystroke and the
    // wasm memory beside the memory right after the model was loaded.
    if (n === HISTORY_SIZE && enough) {
      for (let i = 0; i < EDITS; i++) {
        await page
          .evaluate(editOnce, { pick: (i * 104729 + 5) % expected, iteration: i + 1, legend: IST_LEGEND, timeout: EDIT_TIMEOUT_MS })
          .catch(() => null);
      }
      const searches = [];
      for (const letter of 'aeinorstuvw') {
        const t = await page.evaluate(searchOnce, { letter, timeout: EDIT_TIMEOUT_MS }).catch(() => null);
        if (t !== null) searches.push(t);
      }
      log(`${n}: search keystrokes ${searches.map(fmt).join(', ')} ms`);
      out(`search keystroke → updated list, ${n} touchpoints after 100 edits (median of ${searches.length}; goal ≤ 8)`, fmt(quantile(searches, 0.5)), 'ms');
      // The first keystroke after the whole list was scrolled through also takes the rendered
      // rows down to one screen of results: the slowest one, printed beside the median.
      out(`search keystroke → updated list, ${n} touchpoints, slowest of ${searches.length}`, fmt(Math.max(...searches)), 'ms');
      const memoryAfter = await memoryBytes(page);
      log(`${n}: wasm memory ${memoryAtStart} B after loading, ${memoryAfter} B after 100 edits`);
      out(
        `wasm memory after 100 edits ÷ after loading and rendering, ${n} touchpoints (goal ≤ 1.5)`,
        memoryAtStart && memoryAfter ? (memoryAfter / memoryAtStart).toFixed(2) : 'n/a',
        '×',
      );
    }
    if (errors.length) log(`${n}: page errors: ${errors.slice(0, 3).join(' | ')}`);
  } finally {
    await context.close().catch(() => {});
  }
}

/** The cover logo of the memory figure below: 200 KB of image as a base64 data URL. */
const LOGO_BYTES = 200 * 1024;
const logoName = 'wasm memory after 100 edits, 30 touchpoints and a 200 KB cover logo';

/**
 * The wasm memory after 100 edits of a model that carries a large cover logo: every edit
 * keeps the model before it for undo, so what an edit copies of the model's meta shows here.
 */
async function benchLogoMemory(browser, server) {
  const model = modelFromCsv(await readFile(join(FIXTURES, 'touchpoints-30.csv'), 'utf8'));
  model.meta.logo = `data:image/png;base64,${'A'.repeat(Math.floor(LOGO_BYTES / 3) * 4)}`;
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  try {
    await seedStorage(context, JSON.stringify(model));
    await context.addInitScript(watchRows, Math.min(model.touchpoints.length, SCREEN_ROWS));
    const page = await context.newPage();
    await page.goto(server.url, { waitUntil: 'commit', timeout: RENDER_TIMEOUT_MS });
    await page.waitForFunction(() => window.__bench?.rowsAt ?? false, null, { timeout: RENDER_TIMEOUT_MS });
    let done = 0;
    for (let i = 0; i < 2 * EDITS; i++) {
      const r = await page
        .evaluate(editOnce, { pick: (i * 7919 + 3) % model.touchpoints.length, iteration: i, legend: IST_LEGEND, timeout: EDIT_TIMEOUT_MS })
        .catch(() => null);
      if (r && r.dom !== null) done++;
    }
    const bytes = await memoryBytes(page);
    log(`logo: ${done} of ${2 * EDITS} edits shown, wasm memory ${bytes} B`);
    out(logoName, done === 2 * EDITS && bytes ? (bytes / 1024 / 1024).toFixed(1) : 'n/a', 'MiB');
  } finally {
    await context.close().catch(() => {});
  }
}

async function main() {
  let server;
  let browser;
  let timedOut = false;
  // The whole run stays under ~3 minutes: past this, the browser is closed, which makes the
  // pending steps fail fast; the figures not measured yet are printed as n/a below.
  const deadline = setTimeout(() => {
    timedOut = true;
    log('overall time limit reached, closing the browser');
    browser?.close().catch(() => {});
  }, 240_000);
  try {
    server = await serve();
    browser = await launch();
    // First: small and quick, so the overall time limit never cuts it off.
    log('logo …');
    await benchLogoMemory(browser, server).catch((e) => log(`logo: ${e.stack ?? e}`));
    for (const n of LOGO_ONLY ? [] : SIZES) {
      if (timedOut) break;
      log(`fixture ${n} …`);
      try {
        await benchFixture(browser, server, n);
      } catch (e) {
        log(`${n}: ${e.stack ?? e}`);
      }
    }
  } catch (e) {
    log(`setup failed: ${e.stack ?? e}`);
  } finally {
    clearTimeout(deadline);
    await browser?.close().catch(() => {});
    await server?.close().catch(() => {});
  }
  if (!printed.has(logoName)) out(logoName, 'n/a', 'MiB');
  if (LOGO_ONLY) return;
  for (const n of SIZES) {
    for (const name of [renderName(n), editName(n, 'median'), editName(n, 'p90')]) {
      if (!printed.has(name)) out(name, 'n/a', 'ms');
    }
  }
  // Both figures of each ratio come from this one run.
  const [small, large] = [results.get(30), results.get(2000)];
  out('edit latency: rating change → updated DOM, 2,000 ÷ 30 touchpoints (goal ≤ 1.5)', small && large ? (large.dom / small.dom).toFixed(1) : 'n/a', '×');
  out('edit latency: rating change → next frame, 2,000 minus 30 touchpoints (goal ≤ 16.7)', small && large ? fmt(large.frame - small.frame) : 'n/a', 'ms');
}

// Run as a script (not when e2e/lighthouse.mjs imports the helpers above).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main();
  process.exitCode = 0;
}
