// From analysis to action: plan measures (quick win first, overdue marked, projection), take
// two snapshots around changed ratings and read the comparison and the trend, enter NPS
// answers with a bad line, then print the report to PDF and read the figures in its text.
// axe checks every new view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { useApp, openPage } from './support.mjs';
import { axeViolations } from './axe.mjs';

const app = useApp();
const run = promisify(execFile);

const figure = (page, key) => page.locator(`[data-figure="${key}"] .figure-value`).first().textContent();
// The tracking, KPI and report views come from the views module, loaded when one opens: wait
// for the view itself.
const LOADED = {
  Tracking: '.tracking-view', Erfolgskontrolle: '.tracking-view',
  KPIs: '.kpi-view', Kennzahlen: '.kpi-view',
  Report: '.report', Bericht: '.report',
};
const show = async (page, view) => {
  await page.getByRole('button', { name: view, exact: true }).click();
  if (LOADED[view]) await page.locator(LOADED[view]).waitFor();
};
const row = (page, name) => page.locator('.tp-row', { has: page.getByRole('button', { name, exact: true }) });

async function rate(page, name, legend, label) {
  await row(page, name).getByRole('group', { name: legend, exact: true }).getByRole('radio', { name: label }).check();
}

async function addMeasure(page, title, m) {
  await page.getByLabel('New measure').fill(title);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const editor = page.locator('.measure-editor');
  await editor.getByRole('heading', { name: `Edit measure: ${title}` }).waitFor();
  for (const name of m.touchpoints) await editor.getByRole('checkbox', { name, exact: true }).check();
  await editor.getByRole('group', { name: 'Effort' }).getByRole('radio', { name: new RegExp(`^${m.effort} `) }).check();
  await editor.getByLabel('Status').selectOption({ label: m.status });
  await editor.getByLabel('Owner', { exact: true }).selectOption({ label: m.owner });
  await editor.getByLabel('Due date').fill(m.due);
  for (const [scenario, value] of Object.entries(m.expected)) {
    await editor.getByLabel(scenario, { exact: true }).selectOption({ label: value });
  }
  await editor.getByLabel('Description').fill(m.description);
  await editor.getByLabel('Description').blur();
  assert.match(await editor.getByRole('group', { name: /^Touchpoints/ }).locator('legend').textContent(), new RegExp(`\\(${m.touchpoints.length} selected\\)`));
  await editor.getByRole('button', { name: 'Close' }).click();
}

/** Prints the page to PDF (kept in e2e/artifacts for a look) and returns the PDF's text. */
async function pdfText(page) {
  const dir = join(import.meta.dirname, 'artifacts');
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'report.pdf');
  await writeFile(file, await page.pdf({ format: 'A4' }));
  // -raw: the text in the order the page draws it, which is the order of the HTML.
  const { stdout } = await run('pdftotext', ['-raw', file, '-']);
  await writeFile(join(dir, 'report.txt'), stdout);
  return stdout;
}

test('measures, snapshots, NPS and the printed report', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url, { locale: 'en-US' });
  await page.getByRole('button', { name: 'Load the demo model' }).click();
  await page.locator('.tp-row').first().waitFor();

  // Decisions the plan should reflect: a new touchpoint without a measure, and one to retire
  // that is still rated important (importance 5).
  for (const [name, decision] of [['Unpacking', 'new'], ["Friend's recommendation", 'retire']]) {
    await page.getByRole('button', { name, exact: true }).click();
    await page.getByRole('region', { name: `Edit: ${name}` }).getByLabel('Decision').selectOption({ label: decision });
    await page.getByRole('button', { name: 'Close', exact: true }).click();
  }

  // ---------------------------------------------------------------- measures plan
  await show(page, 'Measures');
  await page.getByText('No measures yet').waitFor();
  assert.deepEqual(await page.locator('.plan-warnings li').allTextContents(), [
    "Friend's recommendation: to be retired, but still rated important",
    'Unpacking: new touchpoint without a measure',
  ]);
  // Added first, but effort 4: not a quick win. Due in the past and in progress: overdue.
  await addMeasure(page, 'Answer every review', {
    touchpoints: ['Review portal', 'Returns'], effort: 4, status: 'In progress', owner: 'Service',
    due: '2020-06-30', description: 'Reply within a day, in person.',
    expected: { 'Best case': '+1 positive', Realistic: '0 okay', 'Worst case': '−1 disappointing' },
  });
  // Effort 1 on Checkout, a key touchpoint (priority 10, the highest): a quick win.
  await addMeasure(page, 'Guest checkout', {
    touchpoints: ['Checkout'], effort: 1, status: 'Planned', owner: 'Sales',
    due: '2099-12-31', description: 'No forced account.',
    expected: { 'Best case': '+2 delightful', Realistic: '+1 positive', 'Worst case': '0 okay' },
  });
  assert.deepEqual(await axeViolations(page), [], 'measures board');

  // The board: one column per status, each card in its column.
  assert.equal(await page.locator('[data-status="planned"] .measure-card').count(), 1);
  assert.equal(await page.locator('[data-status="in_progress"] .measure-card.is-overdue').count(), 1);

  // The table in plan order: the quick win first although it was added second.
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const rows = page.locator('.measure-table tbody tr');
  assert.equal(await rows.count(), 2);
  assert.equal(await rows.nth(0).locator('.measure-title').textContent(), 'Guest checkout');
  assert.equal(await rows.nth(0).locator('.badge-quick-win').textContent(), 'Quick win');
  assert.equal(await rows.nth(0).locator('.badge-overdue').count(), 0);
  assert.equal(await rows.nth(1).locator('.measure-title').textContent(), 'Answer every review');
  assert.equal(await rows.nth(1).locator('.badge-overdue').textContent(), 'overdue');
  assert.match(await rows.nth(1).getAttribute('class'), /is-overdue/);
  assert.equal(await rows.nth(0).locator('td').nth(4).textContent(), 'Checkout');
  assert.equal(await rows.nth(0).locator('td').nth(5).textContent(), '+2 / +1 / 0');

  // The owner filter keeps Service's measure only.
  await page.getByLabel('Filter by owner').selectOption({ label: 'Service' });
  assert.equal(await rows.count(), 1);
  assert.equal(await rows.nth(0).locator('.measure-title').textContent(), 'Answer every review');
  await page.getByLabel('Filter by owner').selectOption({ label: 'all owners' });
  assert.equal(await rows.count(), 2);
  assert.deepEqual(await axeViolations(page), [], 'measures table');

  // Projection (demo: Σ importance 41, Σ importance·Ist −10 → Ist index 43.9 → 44, Soll 84).
  // Committed measures set the expected Ist of their touchpoints (importance, Ist today):
  //   Checkout (5, −1), Review portal (4, −1), Returns (4, −1).
  // best:      Checkout +2, Review/Returns +1: Σ = −10 + 5·3 + 4·2 + 4·2 = 21 → (21/41 + 2)/4·100 = 62.8 → 63
  // realistic: Checkout +1, Review/Returns  0: Σ = −10 + 5·2 + 4·1 + 4·1 =  8 → ( 8/41 + 2)/4·100 = 54.9 → 55
  // worst:     Checkout  0, Review/Returns −1: Σ = −10 + 5·1 + 0   + 0   = −5 → (−5/41 + 2)/4·100 = 47.0 → 47
  assert.equal(await figure(page, 'outlook-ist'), '44');
  assert.equal(await figure(page, 'outlook-soll'), '84');
  assert.equal(await figure(page, 'outlook-best'), '63');
  assert.equal(await figure(page, 'outlook-realistic'), '55');
  assert.equal(await figure(page, 'outlook-worst'), '47');
  assert.equal(await page.locator('.outlook-chart .value-mark').count(), 5);

  // ---------------------------------------------------------------- snapshots
  await show(page, 'Tracking');
  await page.getByText('No snapshot yet').waitFor();
  await page.getByLabel('Label', { exact: true }).fill('Baseline');
  await page.getByLabel('Date', { exact: true }).fill('2025-01-15');
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  await page.locator('.snapshot-table tbody tr').first().waitFor();

  // Checkout −1 → +1 (importance 5), Newsletter 0 → −1 (importance 2).
  await show(page, 'Touchpoints');
  await rate(page, 'Checkout', 'Ist (today)', '+1 positive');
  await rate(page, 'Newsletter', 'Ist (today)', '−1 disappointing');

  await show(page, 'Tracking');
  await page.getByLabel('Label', { exact: true }).fill('After workshop');
  await page.getByLabel('Date', { exact: true }).fill('2025-04-15');
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  await page.locator('.snapshot-table tbody tr').nth(1).waitFor();
  assert.equal(await page.locator('.snapshot-table tbody tr').count(), 2);

  // Baseline against the second snapshot. Σ importance·Ist after = −10 + 5·2 − 2·1 = −2
  // → (−2/41 + 2)/4·100 = 48.8 → 49; the change is that of the two indices as written,
  // 44 → 49: +5 (one rule for numbers, text::format::DECIMALS).
  await page.getByLabel('Compare', { exact: true }).selectOption({ label: '2025-01-15 Baseline' });
  await page.getByLabel('with', { exact: true }).selectOption({ label: '2025-04-15 After workshop' });
  assert.equal(await figure(page, 'improved'), '1');
  assert.equal(await figure(page, 'worsened'), '1');
  assert.equal(await figure(page, 'unchanged'), '10');
  assert.equal(await figure(page, 'index-before'), '44');
  assert.equal(await figure(page, 'index-after'), '49');
  assert.equal(await figure(page, 'index-delta'), '+5');
  const changes = page.locator('.comparison-table tbody tr');
  assert.equal(await changes.count(), 2);
  assert.deepEqual(await changes.nth(0).locator('th, td').allTextContents(), ['Checkout', '−1', '+1', '+2']);
  assert.deepEqual(await changes.nth(1).locator('th, td').allTextContents(), ['Newsletter', '0', '−1', '−1']);

  // The trend: both snapshots and today; focus shows a point's value.
  assert.equal(await page.locator('.trend').first().getAttribute('data-trend-points'), '3');
  const istMarks = page.locator('.index-trend .series-ist .value-mark');
  assert.equal(await istMarks.count(), 3);
  assert.equal(await istMarks.nth(0).getAttribute('aria-label'), '2025-01-15 Baseline: Ist (today) 44');
  assert.equal(await istMarks.nth(1).getAttribute('aria-label'), '2025-04-15 After workshop: Ist (today) 49');
  await istMarks.nth(1).focus();
  assert.match(await page.locator('.index-trend .tooltip').textContent(), /After workshop: Ist \(today\) 49/);
  await page.getByLabel('Trend of a touchpoint', { exact: true }).selectOption({ label: 'Checkout' });
  const tpMarks = page.locator('.touchpoint-trend .series-ist .value-mark');
  assert.deepEqual(
    await tpMarks.evaluateAll((marks) => marks.map((m) => m.getAttribute('aria-label'))),
    ['2025-01-15 Baseline: Ist (today) −1 disappointing', '2025-04-15 After workshop: Ist (today) +1 positive', 'today: Ist (today) +1 positive'],
  );
  await page.getByRole('radio', { name: /^6\. Implement/ }).check();
  await page.getByLabel('Note: Implement').fill('Guest checkout live in May.');
  await page.getByLabel('Note: Implement').blur();
  assert.deepEqual(await axeViolations(page), [], 'tracking');

  // ---------------------------------------------------------------- NPS
  await show(page, 'KPIs');
  await page.getByLabel('Period', { exact: true }).first().fill('2025-Q1');
  const answers = page.getByLabel('Answers from 0 to 10, one per line');
  await answers.fill('10\n9\nten\n8\n7\n\n6\n3\n10\n9\n11');
  // Line 3 is a word, line 11 is out of range; line 6 is blank and skipped.
  assert.match(await page.locator('#nps-preview').textContent(), /Not an answer from 0 to 10 in lines 3, 11\./);
  await page.getByRole('button', { name: 'Add NPS period' }).click();
  assert.equal(await page.locator('.error-banner .error-text').textContent(), 'Not an answer from 0 to 10 in lines 3, 11.');
  assert.equal(await page.locator('.nps-table').count(), 0);
  // Eight answers: promoters 10, 9, 10, 9; passives 8, 7; detractors 6, 3 → (4 − 2)/8·100 = +25.
  await answers.fill('10\n9\n8\n7\n\n6\n3\n10\n9');
  assert.match(await page.locator('#nps-preview').textContent(), /NPS: \+25/);
  await page.getByRole('button', { name: 'Add NPS period' }).click();
  await page.locator('.nps-table tbody tr').first().waitFor();
  assert.equal(await page.locator('.error-banner').count(), 0);
  assert.deepEqual(await page.locator('.nps-table tbody tr').first().locator('th, td').allTextContents(), ['2025-Q1', '4', '2', '2', '+25', '✕']);
  assert.equal(await page.locator('.nps-chart .value-mark').getAttribute('aria-label'), '2025-Q1: NPS +25');
  assert.deepEqual(await axeViolations(page), [], 'KPIs');

  // ---------------------------------------------------------------- the report
  await show(page, 'Report');
  await page.getByRole('heading', { name: 'Demo: customer journey of an online shop' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Print / save as PDF' }).count(), 1);
  assert.deepEqual(await axeViolations(page), [], 'report');
  // With today's ratings (Σ importance·Ist −2): Ist 49, Soll 84. Projection from there:
  // best  Σ = −2 + 5·1 (Checkout +1 → +2) + 4·2 + 4·2 = 19 → 61.6 → 62
  // real. Σ = −2 + 0 + 4·1 + 4·1 = 6 → 53.7 → 54;  worst Σ = −2 − 5 + 0 + 0 = −7 → 45.7 → 46
  assert.equal(await figure(page, 'index-ist'), '49');
  assert.equal(await figure(page, 'outlook-realistic'), '54');
  const text = await pdfText(page);
  const squeezed = text.replace(/\s+/g, ' ');
  // The heading is set in capitals by CSS, which the PDF's text keeps.
  assert.match(squeezed, /Customer Touchpoint Management report/i);
  for (const expected of ['Demo: customer journey of an online shop', 'Example Ltd', 'Journey curve', 'Importance × performance', 'Gaps & priorities']) {
    assert.ok(squeezed.includes(expected), `the PDF holds “${expected}”`);
  }
  assert.match(squeezed, /Experience index · Ist \(today\) 49 Experience index · Soll \(target\) 84 Key touchpoints 7/);
  assert.match(squeezed, /NPS · 2025-Q1 \+25/);
  assert.match(squeezed, /Ist \(today\) 49 Soll \(target\) 84 Best case 62 Realistic 54 Worst case 46/);
  assert.match(squeezed, /Answer every review overdue In progress Service 2020- ?06-30 4 Review portal, Returns \+1 \/ 0 \/ −1/);
  assert.match(squeezed, /Guest checkout Planned Sales 2099- ?12-31 1 Checkout \+2 \/ \+1 \/ 0/);
  assert.match(squeezed, /improved 1 worsened 1 unchanged 10/);
  assert.match(squeezed, /Change of the experience index \(points\) \+5/);
  assert.match(squeezed, /Checkout −1 \+1 \+2 Newsletter 0 −1 −1/);
  assert.match(squeezed, /2025-Q1 4 2 2 \+25/);
  assert.match(squeezed, /6\. Implement · current step Guest checkout live in May\./);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the new views speak German and fit a phone screen', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url, { locale: 'de-DE', viewport: { width: 375, height: 800 } });
  await page.getByRole('button', { name: 'Demo-Modell laden' }).click();
  await page.locator('.tp-row').first().waitFor();
  await show(page, 'Maßnahmen');
  await page.getByLabel('Neue Maßnahme').fill('Gastbestellung');
  await page.getByRole('button', { name: 'Hinzufügen', exact: true }).click();
  await page.getByRole('heading', { name: 'Maßnahme bearbeiten: Gastbestellung' }).waitFor();
  await show(page, 'Erfolgskontrolle');
  await page.getByRole('button', { name: 'Momentaufnahme speichern' }).click();
  for (const view of ['Maßnahmen', 'Erfolgskontrolle', 'Kennzahlen', 'Bericht']) {
    await show(page, view);
    assert.deepEqual(await axeViolations(page), [], view);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${view} is ${overflow}px wider than the phone`);
  }
  assert.equal(await page.getByRole('button', { name: 'Drucken / als PDF speichern' }).count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('referrals, NPS counts, loyalty segments and the brand funnel', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url, { locale: 'en-US' });
  await page.getByRole('button', { name: 'Load the demo model' }).click();
  await show(page, 'KPIs');
  const change = async (label, value) => {
    await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByLabel(label, { exact: true }).press('Tab');
  };

  // Counts: (30 − 20) / 100 · 100 = +10.
  await page.getByRole('button', { name: 'Counts', exact: true }).click();
  await page.locator('#nps-period').fill('2024');
  await page.getByLabel('Promoters (9–10)').fill('30');
  await page.getByLabel('Passives (7–8)').fill('50');
  await page.getByLabel('Detractors (0–6)').fill('20');
  await page.getByRole('button', { name: 'Add NPS period' }).click();
  assert.equal(await page.locator('.nps-table .nps-value').textContent(), '+10');

  // More referred than new customers is refused with the numbers; 10 of 40 is 25 %.
  await page.locator('#referral-period').fill('2024');
  await page.getByLabel('New customers').fill('40');
  await page.getByLabel('of them through referrals').fill('50');
  await page.getByRole('button', { name: 'Add period', exact: true }).click();
  assert.equal(await page.locator('.error-banner .error-text').textContent(), 'More new customers through referrals (50) than new customers in all (40).');
  await page.getByLabel('of them through referrals').fill('10');
  await page.getByRole('button', { name: 'Add period', exact: true }).click();
  assert.deepEqual(await page.locator('.referral-table tbody tr th, .referral-table tbody tr td').allTextContents(), ['2024', '10', '40', '25%', '✕']);

  // 100 customers: each count is its share.
  for (const [segment, n] of [['Saboteurs', '5'], ['Disloyal', '10'], ['Lost', '5'], ['Conditionally loyal', '40'], ['Fully loyal', '30'], ['Fans', '10']]) {
    await change(segment, n);
  }
  assert.deepEqual(
    await page.locator('.loyalty-chart .value-mark').evaluateAll((marks) => marks.map((m) => m.getAttribute('aria-label'))),
    ['Saboteurs: 5%', 'Disloyal: 10%', 'Lost: 5%', 'Conditionally loyal: 40%', 'Fully loyal: 30%', 'Fans: 10%'],
  );

  // Conversion = next ÷ this stage: 400/1000 = 40 %, 100/400 = 25 %; the rival lacks a figure.
  await change('Competitor (name)', 'Rival AG');
  await change('Awareness · Us', '1000');
  await change('Consideration · Us', '400');
  await change('Purchase · Us', '100');
  await change('Awareness · Rival AG', '1200');
  await change('Purchase · Rival AG', '150');
  const rate = (i) => page.locator('.funnel-rates tbody tr').nth(i).locator('th, td').allTextContents();
  assert.deepEqual(await rate(0), ['Awareness → Consideration', '40%', 'no data']);
  assert.deepEqual(await rate(1), ['Consideration → Purchase', '25%', 'no data']);
  assert.equal(await page.locator('.funnel-chart .barset-competitor').count(), 5);
  assert.deepEqual(await axeViolations(page), [], 'KPIs with data');

  await show(page, 'Report');
  assert.equal(await page.locator('.report .loyalty-chart').count(), 1);
  assert.equal(await page.locator('.report .funnel-chart').count(), 1);
  assert.equal(await page.locator('.report .referral-table').count(), 1);
  assert.equal(await figure(page, 'nps-latest'), '+10');
  assert.deepEqual(errors, []);
  await context.close();
});
