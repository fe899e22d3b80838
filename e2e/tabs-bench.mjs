// Tab to tab, for scripts/bench.sh: two tabs on the demo model (their sync workers running),
// one adds a touchpoint, the time until the other shows it (then undoes it); p50 and p95 of a
// few dozen edits.
// Both tabs read one clock (Date.now()). Measured, not asserted.
// stdout: only `name<TAB>value<TAB>unit` lines; progress goes to stderr. Always exits 0.
import { serve, launch } from './support.mjs';

const EDITS = 40;
const log = (...args) => console.error('[tabs-bench]', ...args);
const out = (name, value, unit) => process.stdout.write(`${name}\t${value}\t${unit}\n`);
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
};

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
  await other.evaluate(() => {
    window.seenAt = {};
    new MutationObserver(() => {
      for (const row of document.querySelectorAll('.tp-row')) {
        const name = row.textContent.match(/Bench (\d+)/);
        if (name && !(name[1] in window.seenAt)) window.seenAt[name[1]] = Date.now();
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  const box = page.getByRole('textbox', { name: 'Add a touchpoint' });
  const times = [];
  for (let i = 0; i < EDITS; i += 1) {
    await box.fill(`Bench ${i}`);
    const sent = await page.evaluate(() => Date.now());
    await page.keyboard.press('Enter');
    await other.waitForFunction((n) => n in window.seenAt, String(i), { timeout: 5_000 }).catch(async () => {
      throw new Error(`edit ${i} not seen: ${await other.locator('.tp-row', { hasText: `Bench ${i}` }).count()} rows`);
    });
    times.push((await other.evaluate((n) => window.seenAt[n], String(i))) - sent);
    // Undone again, so the list stays short enough to show every row.
    await page.getByRole('button', { name: /Undo/ }).first().click();
    await other.locator('.tp-row', { hasText: `Bench ${i}` }).waitFor({ state: 'detached' });
  }
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
