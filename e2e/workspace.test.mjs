// The workshop flow: add from the starter list, rate, read the figures and charts, reload,
// undo and redo, rate one touchpoint by keyboard alone; axe on every view, phone width.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useApp, openPage, FIXTURES } from './support.mjs';
import { modelFromCsv, openSeeded } from './bench.mjs';
import { axeViolations } from './axe.mjs';

const app = useApp();

const row = (page, name) => page.locator('.tp-row', { has: page.getByRole('button', { name, exact: true }) });
const group = (page, name, legend) => row(page, name).getByRole('group', { name: legend, exact: true });
const figure = (page, key) => page.locator(`[data-figure="${key}"] .figure-value`).first().textContent();

async function rate(page, name, legend, label) {
  await group(page, name, legend).getByRole('radio', { name: label }).check();
}

test('a workshop adds, rates, sees figures and charts, reloads, undoes and redoes', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url, { locale: 'en-US' });
  await page.getByRole('button', { name: 'Open the starter list' }).click();
  for (const name of ['Website', 'Hotline / phone', 'Invoice', 'Complaint']) {
    await page.getByRole('checkbox', { name: new RegExp(`^${name.replace('/', '\\/')} \\(`) }).check();
  }
  await page.getByRole('button', { name: 'Add the selected (4)' }).click();
  assert.equal(await page.locator('.tp-row').count(), 4);
  // The filters start at "any", and show it.
  for (const id of ['f-stage', 'f-owner', 'f-channel', 'f-contact', 'f-decision', 'f-flag']) {
    assert.match(await page.locator(`#${id} option:checked`).textContent(), /^any$/, id);
  }

  await rate(page, 'Website', 'Importance', '5 very high');
  await rate(page, 'Website', 'Ist (today)', '−1 disappointing');
  await rate(page, 'Website', 'Soll (target)', '+2 delightful');
  await rate(page, 'Hotline / phone', 'Importance', '4 high');
  await rate(page, 'Hotline / phone', 'Ist (today)', '0 okay');
  await rate(page, 'Hotline / phone', 'Soll (target)', '+1 positive');
  await rate(page, 'Invoice', 'Importance', '2 low');
  await rate(page, 'Invoice', 'Ist (today)', '−2 strongly disappointing');
  await rate(page, 'Invoice', 'Soll (target)', '0 okay');

  // Ist: Σ importance 11, Σ importance·Ist = -5 + 0 - 4 = -9 → (-9/11 + 2)/4·100 = 29.5 → 30
  // Soll: Σ importance·Soll = 10 + 4 + 0 = 14 → (14/11 + 2)/4·100 = 81.8 → 82
  // Priorities 15, 4, 4 of 23: 15 < 80 %, 19 ≥ 80 % → two key touchpoints.
  assert.equal(await figure(page, 'index-ist'), '30');
  assert.equal(await figure(page, 'index-soll'), '82');
  assert.equal(await figure(page, 'key-count'), '2');
  assert.equal(await row(page, 'Website').locator('.badge-key').count(), 1);
  assert.equal(await row(page, 'Invoice').locator('.badge-key').count(), 0);

  await page.getByRole('button', { name: 'Journey curve' }).click();
  assert.equal(await page.locator('.journey-chart .mark-ist').count(), 3);
  assert.equal(await page.locator('.journey-chart .gap-area').count(), 1);
  await page.getByRole('button', { name: 'Gaps & priorities' }).click();
  assert.equal(await page.locator('.gap-chart .gap-key').count(), 2);
  await page.getByRole('button', { name: 'Importance × performance' }).click();
  assert.match(await page.locator('.quadrant-0 .quadrant-label').textContent(), /Fix first \(2\)/);
  // A click on a mark opens that touchpoint's editor in the inventory.
  await page.getByRole('button', { name: /^Invoice: Importance 2/ }).click();
  await page.getByRole('textbox', { name: 'Name' }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Name' }).inputValue(), 'Invoice');

  await page.reload();
  await page.locator('.tp-row').first().waitFor();
  assert.equal(await page.locator('.tp-row').count(), 4);
  assert.equal(await figure(page, 'index-soll'), '82');

  // Soll of the invoice to +2: Σ importance·Soll = 10 + 4 + 4 = 18 → (18/11 + 2)/4·100 = 90.9 → 91
  await rate(page, 'Invoice', 'Soll (target)', '+2 delightful');
  assert.equal(await figure(page, 'index-soll'), '91');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+z');
  assert.equal(await figure(page, 'index-soll'), '82');
  await page.keyboard.press('Control+Shift+z');
  assert.equal(await figure(page, 'index-soll'), '91');
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await figure(page, 'index-soll'), '82');
  // Undone back to the version read at the start: that is what storage holds after a reload.
  await page.reload();
  await page.locator('.tp-row').first().waitFor();
  assert.equal(await figure(page, 'index-soll'), '82');
  assert.deepEqual(errors, []);
  await context.close();
});

test('one full rating by keyboard alone', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url, { locale: 'en-US' });
  await page.getByRole('textbox', { name: 'Add a touchpoint' }).fill('Service visit');
  await page.keyboard.press('Enter');
  await row(page, 'Service visit').waitFor();
  // Start on the touchpoint's name, then only Tab, arrows and Space.
  await row(page, 'Service visit').getByRole('button', { name: 'Service visit', exact: true }).focus();
  await page.keyboard.press('Tab'); // importance group, on its checked radio (3)
  await page.keyboard.press('ArrowRight'); // 4
  await page.keyboard.press('Tab'); // Ist group, nothing checked yet: first radio
  await page.keyboard.press('Space'); // −2
  await page.keyboard.press('ArrowRight'); // −1
  await page.keyboard.press('Tab'); // Soll group
  await page.keyboard.press('Space'); // −2
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight'); // +1
  const checked = (legend) => group(page, 'Service visit', legend).locator('input:checked').getAttribute('aria-label');
  assert.equal(await checked('Importance'), '4 high');
  assert.equal(await checked('Ist (today)'), '−1 disappointing');
  assert.equal(await checked('Soll (target)'), '+1 positive');
  // One touchpoint: Ist index (−1 + 2)/4·100 = 25, Soll (1 + 2)/4·100 = 75.
  assert.equal(await figure(page, 'index-ist'), '25');
  assert.equal(await figure(page, 'index-soll'), '75');
  assert.deepEqual(errors, []);
  await context.close();
});

// Every view by its button, in both languages; axe must find nothing of any impact.
const VIEWS = {
  de: ['Kontaktpunkte', 'Journey-Kurve', 'Wichtigkeit × Leistung', 'Lücken & Prioritäten', 'Erlebnis-Index', 'Phasen & Verantwortliche', 'Maßnahmen', 'Erfolgskontrolle', 'Kennzahlen', 'Bericht', 'Teilen', 'Modelle & Dateien'],
  en: ['Touchpoints', 'Journey curve', 'Importance × performance', 'Gaps & priorities', 'Experience index', 'Stages & owners', 'Measures', 'Tracking', 'KPIs', 'Report', 'Share', 'Models & files'],
};

for (const [lang, views] of Object.entries(VIEWS)) {
  test(`every view passes axe at every impact and fits a phone screen, with readable chart labels (${lang})`, async () => {
    const { context, page, errors } = await openPage(app.browser, app.server.url, { locale: lang === 'de' ? 'de-DE' : 'en-US', viewport: { width: 375, height: 800 } });
    await page.getByRole('button', { name: lang === 'de' ? 'Demo-Modell laden' : 'Load the demo model' }).click();
    await page.locator('.tp-row').first().waitFor();
    await page.locator('.tp-name').first().click(); // the editor is part of the view too
    for (const view of views) {
      await page.getByRole('button', { name: view, exact: true }).click();
      // The report, tracking and KPI views come from the views module, loaded when one opens.
      const loaded = { Report: '.report', Bericht: '.report', Tracking: '.tracking-view', Erfolgskontrolle: '.tracking-view', KPIs: '.kpi-view', Kennzahlen: '.kpi-view' }[view];
      if (loaded) await page.locator(loaded).waitFor();
      assert.deepEqual(await axeViolations(page), [], view);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${view} is ${overflow}px wider than the phone`);
      // A chart scrolls sideways in its own box rather than shrinking its labels to a few pixels.
      const smallest = await page.evaluate(() => Math.min(...[...document.querySelectorAll('svg.chart text')]
        .map((t) => t.getBoundingClientRect().height).filter((h) => h > 0)));
      if (Number.isFinite(smallest)) assert.ok(smallest >= 9, `${view}: chart text only ${smallest.toFixed(1)}px high`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a stage is deleted only with a clear choice for its touchpoints', async () => {
  const { context, page } = await openPage(app.browser, app.server.url, { locale: 'en-US' });
  await page.getByRole('button', { name: 'Load the demo model' }).click();
  await page.getByRole('button', { name: 'Stages & owners' }).click();
  await page.getByRole('button', { name: 'Delete: Awareness' }).click();
  await page.getByLabel(/What happens to the touchpoints/).selectOption({ label: 'move to Information' });
  await page.getByRole('button', { name: 'Confirm delete' }).click();
  await page.getByRole('button', { name: 'Touchpoints', exact: true }).click();
  assert.equal(await page.locator('.tp-row').count(), 12);
  assert.equal(await row(page, 'Search result').locator('.chip:not(.chip-owner)').textContent(), 'Information');
  // The row names its owner too.
  assert.equal(await row(page, 'Search result').locator('.chip-owner').count(), 1);
  await context.close();
});

test('a 300-touchpoint model renders its rows as the list is scrolled, and a chart opens any of them', async () => {
  const csv = await readFile(join(FIXTURES, 'touchpoints-300.csv'), 'utf8');
  const { context, page } = await openSeeded(app.browser, app.server.url, modelFromCsv(csv));
  assert.equal(await page.locator('.list-count').textContent(), '300 of 300 touchpoints');
  const first = await page.locator('.tp-row').count();
  assert.ok(first >= 20 && first < 300, `a first screen of rows, not all: ${first}`);

  // The last touchpoint of the list, opened from the matrix, shows in its editor at once.
  await page.getByRole('button', { name: 'Importance × performance' }).click();
  await page.getByRole('button', { name: /^Christmas card #10: Importance/ }).click();
  await page.getByRole('textbox', { name: 'Name' }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Name' }).inputValue(), 'Christmas card #10');

  // Scrolling down brings every row.
  for (let i = 0; i < 50 && (await page.locator('.tp-row').count()) < 300; i++) {
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(50);
  }
  assert.equal(await page.locator('.tp-row').count(), 300);
  await context.close();
});
