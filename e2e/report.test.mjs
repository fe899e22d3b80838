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
import { modelFromCsv, seedScript } from './bench.mjs';

const run = promisify(execFile);
const app = useApp();

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
  const context = await app.browser.newContext({ locale: 'en-US' });
  await context.addInitScript(seedScript, { model: JSON.stringify(model) });
  const page = await context.newPage();
  await page.goto(app.server.url);
  await page.locator('.tp-row').first().waitFor();
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await page.getByRole('heading', { name: 'All touchpoints' }).waitFor();
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

    // Every page at 40 dpi: the matrix's quadrants in their pale red and pale green.
    await run('pdftoppm', ['-r', '40', pdf, join(dir, 'page')]);
    let paleRed = 0;
    let paleGreen = 0;
    for (const file of (await readdir(dir)).filter((f) => f.endsWith('.ppm'))) {
      const ppm = await readFile(join(dir, file));
      paleRed += countPixels(ppm, (r, g, b) => r > 240 && r - g >= 8 && r - b >= 8 && g > 200);
      paleGreen += countPixels(ppm, (r, g, b) => g > 225 && g - r >= 6 && g - b >= 6 && r > 190);
    }
    assert.ok(paleRed > 200, `the "fix first" quadrant prints in red (${paleRed} pixels)`);
    assert.ok(paleGreen > 200, `the "keep it up" quadrant prints in green (${paleGreen} pixels)`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  await context.close();
});
