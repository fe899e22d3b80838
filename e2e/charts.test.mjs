// Charts that name their points: every numbered point has its line in the legend beside the
// chart; at 300 touchpoints the highest priorities are numbered, the rest summarised, and no
// number overlaps another or covers a quadrant's label.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useApp, FIXTURES } from './support.mjs';
import { modelFromCsv, openSeeded } from './bench.mjs';
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
  const { context, page } = await openSeeded(app.browser, app.server.url, modelFromCsv(csv));
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

/** In the page: each chart's text boxes that leave its drawing or overlap another. */
function labelProblems() {
  const slack = 0.5;
  const problems = [];
  for (const svg of document.querySelectorAll('main svg.chart')) {
    const frame = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll('text')].filter((t) => !t.closest('.tooltip') && t.textContent.trim());
    const boxes = texts.map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
    const name = svg.getAttribute('class');
    for (const { text, box } of boxes) {
      if (box.left < frame.left - slack || box.right > frame.right + slack || box.top < frame.top - slack || box.bottom > frame.bottom + slack) {
        problems.push(`${name}: “${text}” is cut off`);
      }
    }
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (w > slack && h > slack) problems.push(`${name}: “${a.text}” overlaps “${b.text}”`);
      }),
    );
  }
  return problems;
}

test('at 300 touchpoints no chart label is cut off or overlaps another', async () => {
  const csv = await readFile(join(FIXTURES, 'touchpoints-300.csv'), 'utf8');
  const { context, page } = await openSeeded(app.browser, app.server.url, modelFromCsv(csv));
  for (const view of ['Journey curve', 'Importance × performance', 'Gaps & priorities', 'Experience index']) {
    await page.getByRole('button', { name: view, exact: true }).click();
    await page.locator('main svg.chart').first().waitFor();
    const all = page.getByRole('button', { name: /^Show all/ });
    if (await all.count()) await all.click();
    assert.deepEqual(await page.evaluate(labelProblems), [], view);
  }
  // The German key marker is the longest: "20 · Schlüssel" still fits.
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await page.getByRole('button', { name: 'Lücken & Prioritäten', exact: true }).click();
  await page.getByRole('button', { name: /^Alle zeigen/ }).click();
  assert.deepEqual(await page.evaluate(labelProblems), [], 'Lücken & Prioritäten');
  assert.ok(await page.getByText('20 · Schlüssel').first().isVisible());
  await context.close();
});
