// The time from an edit in one page of the app until another page shows it, for the benches
// (e2e/tabs-bench.mjs: two tabs; e2e/live-latency.mjs: two browsers in a live session). `page`
// adds touchpoints named "Bench <i>" one by one; `other` notes when each row appears (a
// MutationObserver, Date.now()); each is undone again so the list stays short enough to show
// every row. Both pages read one clock: one machine. Measured, never asserted.

export const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
};

/** Milliseconds from each of `edits` added touchpoints in `page` until `other` shows it. */
export async function timeAddedTouchpoints(page, other, edits) {
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
  for (let i = 0; i < edits; i += 1) {
    await box.fill(`Bench ${i}`);
    const sent = await page.evaluate(() => Date.now());
    await page.keyboard.press('Enter');
    await other.waitForFunction((n) => n in window.seenAt, String(i), { timeout: 5_000 }).catch(async () => {
      throw new Error(`edit ${i} not seen: ${await other.locator('.tp-row', { hasText: `Bench ${i}` }).count()} rows`);
    });
    times.push((await other.evaluate((n) => window.seenAt[n], String(i))) - sent);
    await page.getByRole('button', { name: /Undo/ }).first().click();
    await other.locator('.tp-row', { hasText: `Bench ${i}` }).waitFor({ state: 'detached' });
  }
  return times;
}
