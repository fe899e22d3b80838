// The rater's page's figure for scripts/bench.sh: from navigation to the first touchpoint on
// screen, on the widget's slow-phone profile (support.mjs `slowPhonePage`), cold cache, served
// gzip-compressed as most static hosts do. The rater opens the round link of
// core/tests/golden/round-3.txt; the page first asks for the group, which the page's own
// script here picks the moment it is shown (so the figure holds no human reaction time), and
// the first touchpoint's heading appearing ends the measurement. Median of a few runs.
// stdout: only `name<TAB>value<TAB>unit` lines; progress goes to stderr. Always exits 0.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serve, launch, slowPhonePage, median, DIST } from './support.mjs';

const RUNS = 5;
const ROUND = resolve(import.meta.dirname, '..', 'core', 'tests', 'golden', 'round-3.txt');
const log = (...args) => console.error('[rate-bench]', ...args);
const out = (name, value, unit) => process.stdout.write(`${name}\t${value}\t${unit}\n`);

/** Runs in the page before its own scripts: notes the group question, picks the first group,
 *  and notes when the first touchpoint's heading appears. */
function watchFirstTouchpoint() {
  new MutationObserver((_, observer) => {
    const group = document.querySelector('.rate-groups button');
    if (group && window.groupsAt === undefined) {
      window.groupsAt = performance.now();
      setTimeout(() => group.click(), 0);
    }
    if (document.querySelector('#rate-tp')) {
      window.touchpointAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function once(browser, url) {
  const { context, page } = await slowPhonePage(browser, { locale: 'de-DE' });
  try {
    await page.addInitScript(watchFirstTouchpoint);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.touchpointAt !== undefined, null, { timeout: 60_000 });
    return await page.evaluate(() => ({ groups: window.groupsAt, touchpoint: window.touchpointAt }));
  } finally {
    await context.close();
  }
}

async function main() {
  let server;
  let browser;
  const groups = [];
  const touchpoints = [];
  try {
    const round = (await readFile(ROUND, 'utf8')).trim();
    server = await serve(DIST, { host: true, precompressed: true, gzipOnly: true });
    browser = await launch();
    for (let i = 0; i < RUNS; i++) {
      const figures = await once(browser, `${server.url}rate/#${round}`);
      log(`run ${i + 1}: group question at ${figures.groups.toFixed(0)} ms, first touchpoint at ${figures.touchpoint.toFixed(0)} ms`);
      groups.push(figures.groups);
      touchpoints.push(figures.touchpoint);
    }
  } catch (e) {
    log(`failed: ${e.stack ?? e}`);
  } finally {
    await browser?.close().catch(() => {});
    await server?.close().catch(() => {});
  }
  const ms = (v) => (Number.isFinite(v) ? v.toFixed(0) : 'n/a');
  const label = "rater's page, slow phone (1.6 Mbps, 150 ms, 4× CPU), gzip, cold";
  out(`${label}: group question (median of ${RUNS})`, ms(median(groups)), 'ms');
  out(`${label}: first touchpoint visible (goal: at most 2,500; median of ${RUNS})`, ms(median(touchpoints)), 'ms');
}

await main();
process.exitCode = 0;
