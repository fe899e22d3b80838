// The self-check widget's figures for scripts/bench.sh: from navigation to the first question,
// with a cold cache on a slow phone (1.6 Mbps down, 750 kbps up, 150 ms round trip, 4× slower
// CPU, DevTools throttling), served gzip-compressed as most static hosts do: when the boot's
// frame paints (the host's title, before the wasm) and when the widget's own first question is
// on screen. Median of a few runs.
// stdout: only `name<TAB>value<TAB>unit` lines; progress goes to stderr. Always exits 0.
import { serve, launch, slowPhonePage, median, DIST } from './support.mjs';

const RUNS = 5;
const log = (...args) => console.error('[widget-bench]', ...args);
const out = (name, value, unit) => process.stdout.write(`${name}\t${value}\t${unit}\n`);

/** Runs in the widget page before its own scripts: notes when the rendered question appears. */
function watchFirstQuestion() {
  new MutationObserver((_, observer) => {
    if (document.querySelector('#main .question-text')) {
      window.firstQuestionAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function once(browser, url) {
  const { context, page } = await slowPhonePage(browser);
  try {
    await page.addInitScript(watchFirstQuestion);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.firstQuestionAt !== undefined, null, { timeout: 60_000 });
    const figures = await page.evaluate(() => ({
      boot: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      question: window.firstQuestionAt,
    }));
    return figures;
  } finally {
    await context.close();
  }
}

async function main() {
  let server;
  let browser;
  const boots = [];
  const questions = [];
  try {
    server = await serve(DIST, { host: true, precompressed: true, gzipOnly: true });
    browser = await launch();
    const url = `${server.url}widget/?lang=en&title=Touchpoint%20self-check&accent=%230b7a5a&origin=https%3A%2F%2Fhost.example`;
    for (let i = 0; i < RUNS; i++) {
      const { boot, question } = await once(browser, url);
      log(`run ${i + 1}: boot painted at ${boot.toFixed(0)} ms, first question at ${question.toFixed(0)} ms`);
      boots.push(boot);
      questions.push(question);
    }
  } catch (e) {
    log(`failed: ${e.stack ?? e}`);
  } finally {
    await browser?.close().catch(() => {});
    await server?.close().catch(() => {});
  }
  const ms = (v) => (Number.isFinite(v) ? v.toFixed(0) : 'n/a');
  const label = 'widget, slow phone (1.6 Mbps, 150 ms, 4× CPU), gzip, cold';
  out(`${label}: host's boot frame painted (median of ${RUNS})`, ms(median(boots)), 'ms');
  out(`${label}: first question (goal: at most 2,500; median of ${RUNS})`, ms(median(questions)), 'ms');
}

await main();
process.exitCode = 0;
