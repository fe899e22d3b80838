// The report a consultant hands over: the PDF of a 30-touchpoint model names every
// touchpoint, lists the key touchpoints and the moments of truth, and prints the matrix's
// quadrants in colour.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { useApp, FIXTURES } from './support.mjs';
import { modelFromCsv, openSeeded } from './bench.mjs';
import { axeViolations } from './axe.mjs';

const run = promisify(execFile);
const app = useApp();

/** Where a page's printed content ends, as a share of its height (PPM page at any dpi). */
function contentBottom(ppm) {
  const header = ppm.subarray(0, 40).toString('latin1').match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  const [width, height, start] = [Number(header[1]), Number(header[2]), header[0].length];
  let last = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = start + 3 * (y * width + x);
      if (ppm[i] < 235 || ppm[i + 1] < 235 || ppm[i + 2] < 235) {
        last = y;
        break;
      }
    }
  }
  return last / height;
}

/** Pixels of a binary PPM (P6) image that `test` accepts. */
function countPixels(ppm, test) {
  // Header: "P6", width, height, max value, each followed by whitespace.
  const header = ppm.subarray(0, 40).toString('latin1').match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  const start = header[0].length;
  let n = 0;
  for (let i = start; i + 2 < ppm.length; i += 3) if (test(ppm[i], ppm[i + 1], ppm[i + 2])) n++;
  return n;
}

test('the PDF report names every touchpoint, lists key touchpoints and moments of truth, and prints in colour', async () => {
  const csv = await readFile(join(FIXTURES, 'touchpoints-30.csv'), 'utf8');
  const model = modelFromCsv(csv);
  const { context, page } = await openSeeded(app.browser, app.server.url, model, { viewport: { width: 1280, height: 720 } });
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await page.getByRole('heading', { name: 'All touchpoints', exact: true }).waitFor();
  const keys = await page.locator('[data-list="key"] li').allTextContents();
  const moments = await page.locator('[data-list="moments"] li').allTextContents();
  assert.ok(keys.length > 0, 'the model has key touchpoints');
  const expectedMoments = model.touchpoints.filter((t) => t.flags.moment_of_truth).map((t) => t.name);
  assert.deepEqual(moments, expectedMoments);

  const dir = await mkdtemp(join(tmpdir(), 'kontaktpunkt-report-'));
  try {
    const pdf = join(dir, 'report.pdf');
    await writeFile(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    const { stdout } = await run('pdftotext', ['-raw', pdf, '-']);
    const text = stdout.replace(/\s+/g, ' ');
    for (const tp of model.touchpoints) assert.ok(text.includes(tp.name), `the PDF names “${tp.name}”`);
    assert.ok(text.includes(`Key touchpoints (${keys.length})`), 'the key touchpoints are listed');
    assert.ok(text.includes(`Moments of truth (${moments.length})`), 'the moments of truth are listed');
    assert.ok(!text.includes('Choose a point to open'), 'no on-screen hints in print');
    assert.ok(!text.includes('Rating round') && !text.includes("Show raters' spread"), 'no round section or spread switch without a round');

    // Every page at 40 dpi: the matrix's quadrants in their pale red and pale green.
    await run('pdftoppm', ['-r', '40', pdf, join(dir, 'page')]);
    let paleRed = 0;
    let paleGreen = 0;
    const pages = (await readdir(dir)).filter((f) => f.endsWith('.ppm')).sort();
    const fill = [];
    for (const file of pages) {
      const ppm = await readFile(join(dir, file));
      fill.push(contentBottom(ppm));
      paleRed += countPixels(ppm, (r, g, b) => r > 240 && r - g >= 8 && r - b >= 8 && g > 200);
      paleGreen += countPixels(ppm, (r, g, b) => g > 225 && g - r >= 6 && g - b >= 6 && r > 190);
    }
    assert.ok(paleRed > 200, `the "fix first" quadrant prints in red (${paleRed} pixels)`);
    assert.ok(paleGreen > 200, `the "keep it up" quadrant prints in green (${paleGreen} pixels)`);
    // No half-empty pages: charts and rows stay whole, but nothing forces a new page, so every
    // page between the cover and the last is at least half full.
    const between = fill.slice(1, -1);
    assert.ok(between.length > 0 && between.every((f) => f >= 0.5), `pages filled to ${fill.map((f) => f.toFixed(2)).join(', ')}`);
    assert.ok(!text.includes('Add the first one above'), 'no on-screen prompt in print');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  await context.close();
});

// A 1 × 1 PNG, the smallest logo there is.
const PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

test('the cover names the consultancy and shows its logo, which is checked when chosen', async () => {
  const csv = await readFile(join(FIXTURES, 'touchpoints-30.csv'), 'utf8');
  const model = modelFromCsv(csv);
  model.meta.title = 'Customer journey 2026';
  model.meta.company = 'Bäckerei Nord GmbH';
  const { context, page } = await openSeeded(app.browser, app.server.url, model, { viewport: { width: 1280, height: 720 } });
  await page.getByRole('button', { name: 'Models & files', exact: true }).click();
  await page.getByLabel('Consultancy', { exact: true }).fill('Beratung Süd & Partner');
  await page.getByLabel('Consultancy', { exact: true }).press('Enter');
  const logo = page.getByLabel(/^Logo/);
  assert.match(await page.locator('#logo-help').textContent(), /shared links leave it out/);
  // Not an image, then too large: refused with a message, nothing kept.
  await logo.setInputFiles({ name: 'logo.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
  await page.getByText('The logo must be a PNG, JPEG, SVG or WebP image.').waitFor();
  await logo.setInputFiles({ name: 'big.png', mimeType: 'image/png', buffer: Buffer.alloc(300 * 1024) });
  await page.getByText('The logo is too large (at most 200 KB).').waitFor();
  assert.equal(await page.getByRole('img', { name: 'Chosen logo' }).count(), 0);
  await logo.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(PIXEL, 'base64') });
  await page.getByRole('img', { name: 'Chosen logo' }).waitFor();
  // The share link leaves the logo out, and says so.
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.getByText('The link does not hold the cover\'s logo').waitFor();

  await page.getByRole('button', { name: 'Report', exact: true }).click();
  const cover = page.locator('.report-cover');
  await cover.getByRole('img', { name: 'Logo of Beratung Süd & Partner' }).waitFor();
  assert.ok(await cover.locator('img').evaluate((img) => img.complete && img.naturalWidth === 1), 'the logo shows');
  const dir = await mkdtemp(join(tmpdir(), 'kontaktpunkt-cover-'));
  try {
    const pdf = join(dir, 'report.pdf');
    await writeFile(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    const { stdout } = await run('pdftotext', ['-f', '1', '-l', '1', '-raw', pdf, '-']);
    const first = stdout.replace(/\s+/g, ' ');
    for (const text of ['Customer journey 2026', 'For: Bäckerei Nord GmbH', 'Prepared by: Beratung Süd & Partner', 'Date:']) {
      assert.ok(first.includes(text), `the cover page says “${text}”: ${first}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  await context.close();
});

test('the report carries the method: factors and descriptions of the key touchpoints, every charted point named, page numbers, footer, total priority', async () => {
  const model = modelFromCsv(await readFile(join(FIXTURES, 'touchpoints-30.csv'), 'utf8'));
  model.meta.company = 'Müller GmbH';
  model.touchpoints.forEach((t, i) => {
    t.description = `Aus Kundensicht ${i + 1}: ${t.name} soll schnell und freundlich sein.`;
  });
  const gap = (t) => (t.ist === null || t.soll === null ? 0 : Math.max(0, t.soll - t.ist));
  const total = model.touchpoints.reduce((sum, t) => sum + t.importance * gap(t), 0);
  const { context, page } = await openSeeded(app.browser, app.server.url, model, { viewport: { width: 1280, height: 720 } });
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await page.getByRole('heading', { name: 'All touchpoints', exact: true }).waitFor();
  assert.equal(await page.locator('[data-figure="total-priority"] .figure-value').textContent(), String(total));
  const keys = await page.locator('[data-list="key"] li').allTextContents();
  const priority = (name) => {
    const t = model.touchpoints.find((x) => x.name === name);
    return t.importance * gap(t);
  };
  const priorities = keys.map(priority);
  assert.deepEqual(priorities, [...priorities].sort((a, b) => b - a), 'key touchpoints by priority');
  // Every charted point is named: the matrix's legend numbers 25, the table names the rest.
  const legend = await page.locator('.ipa-chart').locator('xpath=ancestor::section[1]').locator('.point-legend li').allTextContents();
  const further = await page.locator('.further-points tbody th').allTextContents();
  const charted = model.touchpoints.filter((t) => t.ist !== null).map((t) => t.name);
  assert.equal(legend.length, 25);
  assert.deepEqual([...legend, ...further].sort(), [...charted].sort(), 'every point of the matrix is named');
  assert.deepEqual(await axeViolations(page), []);

  const dir = await mkdtemp(join(tmpdir(), 'kontaktpunkt-report-'));
  try {
    const pdf = join(dir, 'report.pdf');
    await writeFile(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    const { stdout } = await run('pdftotext', ['-raw', pdf, '-']);
    const pages = stdout.split('\f').filter((p) => p.trim());
    const text = stdout.replace(/\s+/g, ' ');
    for (const name of keys) {
      const t = model.touchpoints.find((x) => x.name === name);
      assert.ok(text.includes(t.description), `the PDF holds the description of “${name}”`);
      for (const f of [...t.factors.disappointment, ...t.factors.okay, ...t.factors.delight]) {
        assert.ok(text.includes(f), `the PDF holds the factor “${f}” of “${name}”`);
      }
    }
    assert.ok(text.includes(`Total priority ${total}`), 'the summary gives the total priority');
    assert.ok(!text.includes('name on pointing'), 'no caption that only works on screen');
    for (const name of charted) assert.ok(text.includes(name));
    // Page numbers and the running footer on every page after the cover.
    pages.forEach((p, i) => {
      const flat = p.replace(/\s+/g, ' ');
      assert.ok(flat.includes(`${i + 1} / ${pages.length}`), `page ${i + 1} is numbered: ${flat.slice(-120)}`);
      if (i > 0) assert.ok(flat.includes('Müller GmbH'), `page ${i + 1} has the footer`);
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  await context.close();
});

/** One question's figures as the model keeps them. */
const spread = (n, median, mean, min, max, adMd) => ({ n, median, mean, min, max, ad_md: adMd, disagree: adMd > 0.8 });

test('a rating round kept in the model: the report lists who took part, the disagreements first and the spread table; the charts offer the raters\' spread', async () => {
  const model = modelFromCsv(await readFile(join(FIXTURES, 'touchpoints-30.csv'), 'utf8'));
  const [agreed, disputed] = model.touchpoints;
  // Four raters. The first: Ist 2 1 1 1, importance 4 4 5 4; the second: Ist −2 −2 2 2,
  // importance 1 5 1 5 (raters disagree). The model took their medians.
  Object.assign(agreed, { ist: 1, importance: 4 });
  Object.assign(disputed, { ist: 0, importance: 3 });
  model.round_records = [{
    round: '3f1a9c0752e48b610daa4719c25e7328',
    taken: Date.UTC(2026, 11, 7, 12),
    min_group: 3,
    raters: 4,
    groups: [
      { name: 'Sales', customer: false, raters: 3 },
      { name: 'Stammkunden', customer: true, raters: null },
    ],
    touchpoints: [
      { touchpoint: agreed.id, name: agreed.name, ist: spread(4, 1, 1.25, 1, 2, 0.25), importance: spread(4, 4, 4.25, 4, 5, 0.25), taken: true },
      { touchpoint: disputed.id, name: disputed.name, ist: spread(4, 0, 0, -2, 2, 2), importance: spread(4, 3, 3, 1, 5, 2), taken: true },
    ],
  }];
  const { context, page } = await openSeeded(app.browser, app.server.url, model, { viewport: { width: 1280, height: 720 } });

  // The charts: the switch is there, and whiskers appear when it is on; axe stays clean.
  for (const [view, chart, whiskers] of [['Journey curve', '.journey-chart', 2], ['Importance × performance', '.ipa-chart', 4]]) {
    await page.getByRole('button', { name: view, exact: true }).click();
    const toggle = page.getByLabel("Show raters' spread");
    await toggle.waitFor();
    assert.equal(await page.locator(`${chart} .whisker`).count(), 0, `${view}: no whiskers until asked`);
    await toggle.check();
    assert.equal(await page.locator(`${chart} .whisker`).count(), whiskers, `${view}: a whisker per rated question`);
    assert.deepEqual(await axeViolations(page), [], view);
  }

  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await page.getByRole('heading', { name: 'Rating round', exact: true }).waitFor();
  assert.equal(await page.locator('.report-round-disagreements').textContent(), disputed.name);
  assert.deepEqual(await axeViolations(page), [], 'report');
  const dir = await mkdtemp(join(tmpdir(), 'kontaktpunkt-round-'));
  try {
    const pdf = join(dir, 'report.pdf');
    await writeFile(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    const { stdout } = await run('pdftotext', ['-raw', pdf, '-']);
    const text = stdout.replace(/\s+/g, ' ');
    const at = (row) => {
      const i = text.indexOf(row);
      assert.ok(i >= 0, `the PDF holds “${row}”`);
      return i;
    };
    at('Medians taken on 2026-12-07 · Raters: 4');
    at('Sales (internal) 3');
    at('Stammkunden (customers) under 3');
    // Touchpoint, n, Ist median and min–max, importance median and min–max, flag; the
    // disagreement first.
    const disputedRow = at(`${disputed.name} 4 0 −2 … +2 3 1 … 5 disagree`);
    const agreedRow = at(`${agreed.name} 4 +1 +1 … +2 4 4 … 5`);
    assert.ok(disputedRow < agreedRow, 'disagreements come first');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  await context.close();
});
