// Charts that name their points: every numbered point has its line in the legend beside the
// chart; at 300 touchpoints the highest priorities are numbered, the rest summarised, and no
// number overlaps another or covers a quadrant's label.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useApp, FIXTURES } from './support.mjs';
import { modelFromCsv, seedScript } from './bench.mjs';
import { axeViolations } from './axe.mjs';

const app = useApp();

/** In the page: the chart's numbers, legend lines and the boxes that must stay apart. */
function inspect() {
  const boxes = (selector) => [...document.querySelectorAll(selector)].map((el) => el.getBoundingClientRect());
  const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const numbers = [...document.querySelectorAll('.chart .mark-number')].map((t) => Number(t.textContent));
  const legend = [...document.querySelectorAll('.point-legend li')].map((li) => ({ n: Number(li.value), name: li.textContent }));
  const marks = [...document.querySelectorAll('.chart .mark-number')].map((t) => t.closest('.mark').getBoundingClientRect());
  let overlaps = 0;
  marks.forEach((a, i) => marks.slice(i + 1).forEach((b) => (overlaps += overlap(a, b) ? 1 : 0)));
  const covered = boxes('.quadrant-label').filter((q) => marks.some((m) => overlap(q, m))).length;
  const note = document.querySelector('.point-legend-box .chart-help')?.textContent ?? '';
  return { numbers: numbers.sort((a, b) => a - b), legend, overlaps, covered, note };
}

test('at 300 touchpoints the charts number the highest priorities, name them beside the chart and summarise the rest', async () => {
  const csv = await readFile(join(FIXTURES, 'touchpoints-300.csv'), 'utf8');
  const context = await app.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  await context.addInitScript(seedScript, { model: JSON.stringify(modelFromCsv(csv)) });
  const page = await context.newPage();
  await page.goto(app.server.url);
  await page.locator('.tp-row').first().waitFor();
  for (const view of ['Importance × performance', 'Journey curve']) {
    await page.getByRole('button', { name: view, exact: true }).click();
    await page.locator('.point-legend li').first().waitFor();
    const seen = await page.evaluate(inspect);
    assert.deepEqual(seen.numbers, seen.legend.map((l) => l.n), `${view}: every number has its legend line`);
    assert.equal(seen.legend.length, 25, `${view}: the 25 highest priorities are numbered`);
    assert.ok(seen.legend.every((l) => l.name.length > 0));
    assert.match(seen.note, /^Numbered: the 25 touchpoints of highest priority[;,]/);
    assert.equal(seen.overlaps, 0, `${view}: numbered points overlap`);
    assert.equal(seen.covered, 0, `${view}: a quadrant label is covered`);
    assert.deepEqual(await axeViolations(page), []);
  }
  await context.close();
});
