// Lighthouse figures of the release build (dist/) for scripts/bench.sh, on Debian's Chromium:
// - the four category scores of a first visit (empty storage, no service worker yet), with
//   Lighthouse's default mobile settings (simulated slow 4G and 4× slower CPU) and desktop;
// - performance and time to interactive with the 300-touchpoint fixture in storage;
// - a first visit on mobile with applied throttling (DevTools really slows the network to slow
//   4G and the CPU 4×) and the build's precompressed files. Simulated throttling estimates from
//   an unthrottled load, and on localhost with precompressed files the wasm can arrive before
//   the first paint, which no real phone network allows; this run shows the real order (the
//   welcome from index.html first, then the app). The simulated runs keep the test server's
//   on-the-fly compression, so their figures compare with earlier versions.
// - the example host page (examples/host.html) with and without the embedded self-check,
//   mobile: what the widget costs a consultancy's own page (goal: at most 0.02), and the host's
//   first contentful paint with and without it (embed.js starts the frame after the host's
//   load, so the two should match).
// stdout: only `name<TAB>value<TAB>unit` lines; progress goes to stderr. Always exits 0.
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { serve, FIXTURES } from './support.mjs';
import { modelFromCsv, seedScript } from './bench.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const HOST_RUNS = 2;
// LIGHTHOUSE_ONLY=host: only the example host page's runs (a few minutes instead of fifteen).
const hostOnly = process.env.LIGHTHOUSE_ONLY === 'host';
const RUN_TIMEOUT_MS = 120_000;
const APPLIED_THROTTLING = { extends: 'lighthouse:default', settings: { throttlingMethod: 'devtools' } };
const log = (...args) => console.error('[lighthouse]', ...args);
const out = (name, value, unit) => process.stdout.write(`${name}\t${value}\t${unit}\n`);
const ms = (audit) => (Number.isFinite(audit?.numericValue) ? audit.numericValue.toFixed(0) : 'n/a');

/** One Lighthouse run in a fresh page; `seed` (model JSON) goes into storage before the app starts. */
async function run(browser, url, { config, seed } = {}) {
  const page = await browser.newPage();
  try {
    if (seed) {
      // Source text run by the browser before each document (not an eval inside the page, so
      // the app's CSP does not apply), only on the app's own pages: about:blank has no storage.
      const origin = JSON.stringify(new URL(url).origin);
      await page.evaluateOnNewDocument(`if (location.origin === ${origin}) (${seedScript})(${JSON.stringify({ model: seed })});`);
    }
    // A run that does not finish in its time gives no figure instead of holding up the bench.
    const result = await Promise.race([
      lighthouse(url, { logLevel: 'error', onlyCategories: CATEGORIES }, config, page),
      new Promise((ok) => setTimeout(() => ok(null), RUN_TIMEOUT_MS)),
    ]);
    if (!result) log(`${url}: no result within ${RUN_TIMEOUT_MS} ms`);
    const lhr = result?.lhr;
    if (lhr?.runtimeError) log(`runtime error: ${lhr.runtimeError.message}`);
    for (const w of lhr?.runWarnings ?? []) log(`warning: ${w}`);
    return lhr;
  } finally {
    await page.close().catch(() => {});
  }
}

function report(lhr, label, categories = CATEGORIES) {
  for (const c of categories) {
    const score = lhr?.categories?.[c]?.score;
    out(`lighthouse, ${label}: ${c}`, Number.isFinite(score) ? score.toFixed(2) : 'n/a', 'score');
  }
  const a = lhr?.audits ?? {};
  if (!lhr) return;
  log(
    `${label}: FCP ${ms(a['first-contentful-paint'])} ms, LCP ${ms(a['largest-contentful-paint'])} ms,` +
      ` TBT ${ms(a['total-blocking-time'])} ms, CLS ${a['cumulative-layout-shift']?.numericValue?.toFixed(3)},` +
      ` SI ${ms(a['speed-index'])} ms, TTI ${ms(a.interactive)} ms`,
  );
  const lcp = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  if (lcp) log(`${label}: largest contentful paint element ${lcp.snippet} (${lcp.selector})`);
  for (const c of categories) {
    for (const ref of lhr.categories?.[c]?.auditRefs ?? []) {
      const audit = a[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) log(`${label}: ${c} loses on ${ref.id} (${audit.score})`);
    }
  }
}

/** Serves the example host page, embedding the app at `appUrl` (or nothing), on its own port. */
async function hostPage(appUrl, { embed }) {
  const template = await readFile(resolve(import.meta.dirname, '..', 'examples', 'host.html'), 'utf8');
  const html = embed
    ? template.replaceAll('http://127.0.0.1:8080/', appUrl)
    : template.replace(/<script async src="http:\/\/127\.0\.0\.1:8080\/embed\.js"[\s\S]*?<\/script>/, '');
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://localhost:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

async function main() {
  let server;
  let browser;
  let profile;
  const deadline = setTimeout(() => {
    log('overall time limit reached, closing the browser');
    browser?.close().catch(() => {});
  }, 900_000);
  let first;
  let firstDesktop;
  let seeded;
  let applied;
  let twins;
  const hosts = {};
  const hostPaints = {};
  try {
    server = await serve(undefined, { host: true });
    twins = await serve(undefined, { host: true, precompressed: true });
    profile = await mkdtemp(join(tmpdir(), 'kontaktpunkt-lighthouse-'));
    browser = await puppeteer.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      userDataDir: profile,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    if (!hostOnly) {
      log('first visit, mobile …');
      first = await run(browser, server.url);
      log('first visit, desktop …');
      firstDesktop = await run(browser, server.url, { config: desktopConfig });
      log('300 touchpoints, mobile …');
      const csv = await readFile(join(FIXTURES, 'touchpoints-300.csv'), 'utf8');
      seeded = await run(browser, server.url, { seed: JSON.stringify(modelFromCsv(csv)) });
      log('first visit, mobile, applied throttling …');
      applied = await run(browser, twins.url, { config: APPLIED_THROTTLING });
    }
    // Two runs each, alternating, and the median: one run of a small page swings by more
    // than the goal on a busy machine.
    for (let i = 0; i < HOST_RUNS; i++) {
      for (const embed of [false, true]) {
        log(`example host page ${embed ? 'with' : 'without'} the widget, mobile (${i + 1} of ${HOST_RUNS}) …`);
        const host = await hostPage(twins.url, { embed });
        const lhr = await run(browser, host.url);
        await host.close();
        report(lhr, `example host page ${embed ? 'with' : 'without'} the widget`, []);
        (hosts[embed] ??= []).push(lhr?.categories?.performance?.score);
        (hostPaints[embed] ??= []).push(lhr?.audits?.['first-contentful-paint']?.numericValue);
      }
    }
  } catch (e) {
    log(`failed: ${e.stack ?? e}`);
  } finally {
    clearTimeout(deadline);
    await browser?.close().catch(() => {});
    await server?.close().catch(() => {});
    await twins?.close().catch(() => {});
    if (profile) await rm(profile, { recursive: true, force: true }).catch(() => {});
  }
  if (!hostOnly) {
    report(first, 'first visit, mobile');
    report(firstDesktop, 'first visit, desktop');
    report(seeded, '300 touchpoints, mobile', ['performance']);
    out('lighthouse, 300 touchpoints, mobile: time to interactive', ms(seeded?.audits?.interactive), 'ms');
    out('lighthouse, 300 touchpoints, mobile: largest contentful paint', ms(seeded?.audits?.['largest-contentful-paint']), 'ms');
    const label = 'first visit, mobile, applied throttling, precompressed';
    report(applied, label, ['performance']);
    out(`lighthouse, ${label}: largest contentful paint`, ms(applied?.audits?.['largest-contentful-paint']), 'ms');
    out(`lighthouse, ${label}: time to interactive`, ms(applied?.audits?.interactive), 'ms');
  }
  const median = (scores = []) => {
    const sorted = scores.filter(Number.isFinite).sort((a, b) => a - b);
    return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
  };
  const [without, withWidget] = [median(hosts[false]), median(hosts[true])];
  const fixed = (v) => (Number.isFinite(v) ? v.toFixed(2) : 'n/a');
  out(`lighthouse, example host page, mobile: performance without the widget (median of ${HOST_RUNS})`, fixed(without), 'score');
  out(`lighthouse, example host page, mobile: performance with the widget (median of ${HOST_RUNS})`, fixed(withWidget), 'score');
  out('lighthouse, example host page: cost of the widget (goal: at most 0.02)', fixed(without - withWidget), 'score');
  const paint = (v) => (Number.isFinite(v) ? v.toFixed(0) : 'n/a');
  out(`lighthouse, example host page, mobile: first paint without the widget (median of ${HOST_RUNS})`, paint(median(hostPaints[false])), 'ms');
  out(`lighthouse, example host page, mobile: first paint with the widget (median of ${HOST_RUNS})`, paint(median(hostPaints[true])), 'ms');
}

await main();
// A browser closed at the time limit can leave a handle open: never hold up make bench.
process.exit(0);
