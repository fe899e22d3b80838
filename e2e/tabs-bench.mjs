// Tab to tab, for scripts/bench.sh: two tabs on the demo model (their sync workers running),
// one adds a touchpoint, the time until the other shows it (e2e/edit-latency.mjs); p50 and
// p95 of a few dozen edits. Measured, not asserted.
// stdout: only `name<TAB>value<TAB>unit` lines; progress goes to stderr. Always exits 0.
import { serve, launch } from './support.mjs';
import { quantile, timeAddedTouchpoints } from './edit-latency.mjs';

const EDITS = 40;
const log = (...args) => console.error('[tabs-bench]', ...args);
const out = (name, value, unit) => process.stdout.write(`${name}\t${value}\t${unit}\n`);
async function measure(browser, url) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Load the demo model' }).click();
  await page.locator('.tp-row').first().waitFor();
  await page.waitForTimeout(600);
  const other = await context.newPage();
  await other.goto(url);
  for (const tab of [page, other]) {
    while (tab.workers().length === 0) await tab.waitForTimeout(50);
  }
  await other.waitForTimeout(1_500);
  const times = await timeAddedTouchpoints(page, other, EDITS);
  await context.close();
  return times;
}

const server = await serve();
const browser = await launch();
try {
  const times = await measure(browser, server.url);
  log('times', times.join(' '));
  out('tab to tab: an added touchpoint visible in the other tab, p50', quantile(times, 0.5), 'ms');
  out('tab to tab: an added touchpoint visible in the other tab, p95 (goal: at most 50)', quantile(times, 0.95), 'ms');
} catch (e) {
  log('failed:', e.message);
} finally {
  await browser.close();
  await server.close();
}
