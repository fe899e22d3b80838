// Charts for slides and the presentation mode. Every chart saves as SVG (standalone, with its
// title and legend) and as PNG at twice its size, with names that say what they are; the PNG
// copies to the clipboard. The presentation moves by keys, edits live and passes axe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useApp, FIXTURES } from './support.mjs';
import AxeBuilder from '@axe-core/playwright';
import { modelFromCsv, openSeeded } from './bench.mjs';

const app = useApp();

/** A page with the 30-touchpoint model, titled, collecting page errors. */
async function seeded(browser, { title = 'Bäckerei Nord', edit = () => {}, viewport } = {}) {
  const model = modelFromCsv(await readFile(join(FIXTURES, 'touchpoints-30.csv'), 'utf8'));
  model.meta.title = title;
  edit(model);
  const { context, page } = await openSeeded(browser, app.server.url, model, { acceptDownloads: true, ...(viewport ? { viewport } : {}) });
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  return { context, page, model, errors };
}

/** Clicks `button` and returns the download's file name and bytes. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', 'a PNG file');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** In the page: the SVG text parsed as a document, its size and all its text. */
function parseSvg(text) {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = doc.documentElement;
  return {
    error: doc.querySelector('parsererror')?.textContent ?? null,
    name: root.localName,
    width: Number(root.getAttribute('width')),
    height: Number(root.getAttribute('height')),
    text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join('\n'),
    styled: [...doc.querySelectorAll('circle')].every((c) => c.hasAttribute('fill')),
    tooltip: doc.querySelector('.tooltip') !== null,
  };
}

test('the charts save as standalone SVG and as PNG at twice their size, named by model, chart and date', async () => {
  const { context, page, errors } = await seeded(app.browser);
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  // The report is a view of the views module, loaded when it opens.
  await page.locator('[data-list="key"] li').first().waitFor();
  const keys = await page.locator('[data-list="key"] li').allTextContents();
  assert.ok(keys.length > 0, 'the model has key touchpoints');
  for (const [view, kind, chart] of [
    ['Journey curve', 'journey', '.journey-chart'],
    ['Importance × performance', 'matrix', '.ipa-chart'],
    ['Gaps & priorities', 'gaps', '.gap-chart'],
  ]) {
    await page.getByRole('button', { name: view, exact: true }).click();
    const tools = page.getByRole('group', { name: `Export the chart: ${view}` });
    const svg = await download(page, tools.getByRole('button', { name: 'Save as SVG' }));
    assert.match(svg.name, new RegExp(`^kontaktpunkt-Bäckerei-Nord-${kind}-\\d{4}-\\d{2}-\\d{2}\\.svg$`));
    const seen = await page.evaluate(parseSvg, svg.bytes.toString('utf8'));
    assert.equal(seen.error, null, `${kind}: the SVG parses`);
    assert.equal(seen.name, 'svg');
    assert.ok(seen.text.startsWith(view), `${kind}: the title is in the picture`);
    for (const name of keys) {
      // The gap chart shortens long names in its rows; their start is what it writes.
      assert.ok(seen.text.includes(kind === 'gaps' ? name.slice(0, 30) : name), `${kind}: the picture names “${name}”`);
    }
    assert.ok(seen.styled, `${kind}: colours are written on the elements`);
    assert.ok(!seen.tooltip, `${kind}: no tooltip in the picture`);

    const viewBox = await page.locator(`svg${chart}`).getAttribute('viewBox');
    const chartWidth = Number(viewBox.split(/\s+/)[2]);
    assert.equal(seen.width, chartWidth, `${kind}: the picture is as wide as the chart`);
    const png = await download(page, tools.getByRole('button', { name: 'Save as PNG' }));
    assert.match(png.name, new RegExp(`^kontaktpunkt-Bäckerei-Nord-${kind}-\\d{4}-\\d{2}-\\d{2}\\.png$`));
    const size = pngSize(png.bytes);
    assert.deepEqual(size, { width: 2 * seen.width, height: 2 * seen.height }, `${kind}: the PNG has twice the chart's size`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

/** In the page: the texts of the chart `svg` that reach past its edges, and the left edge of
 * its row labels (`.bar-label`) from the chart's, in its own units. */
function cutTexts(svg) {
  const box = svg.getBoundingClientRect();
  const scale = box.width / (svg.viewBox?.baseVal?.width || box.width);
  const texts = [...svg.querySelectorAll('text')].filter((t) => t.getClientRects().length > 0);
  const outside = texts
    .map((t) => [t, t.getBoundingClientRect()])
    .filter(([, b]) => b.width > 0 && (b.left < box.left - 0.5 || b.right > box.right + 0.5 || b.top < box.top - 0.5 || b.bottom > box.bottom + 0.5))
    .map(([t, b]) => `“${t.textContent}” at ${Math.round((b.left - box.left) / scale)}…${Math.round((b.right - box.left) / scale)} of ${Math.round(box.width / scale)}`);
  const labelLeft = texts.filter((t) => t.classList.contains('bar-label')).map((t) => (t.getBoundingClientRect().left - box.left) / scale);
  return { outside, labelLeft: labelLeft.length ? Math.min(...labelLeft) : null };
}

/** In the page: the PNG and the SVG (base64) drawn at the PNG's size; the share of pixels that
 * differ between them, the share drawn on, and which edges of the PNG carry anything but the picture's background. */
async function comparePictures({ png, svg }) {
  const load = (type, data) => new Promise((ok, fail) => {
    const image = new Image();
    image.onload = () => ok(image);
    image.onerror = () => fail(new Error(`${type} does not load`));
    image.src = `data:${type};base64,${data}`;
  });
  const [bitmap, vector] = [await load('image/png', png), await load('image/svg+xml', svg)];
  const { width, height } = bitmap;
  const pixels = (image) => {
    const canvas = document.createElement('canvas');
    Object.assign(canvas, { width, height });
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0, width, height);
    return context.getImageData(0, 0, width, height).data;
  };
  const [a, b] = [pixels(bitmap), pixels(vector)];
  let differing = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]) + Math.abs(a[i + 3] - b[i + 3]) > 48) differing++;
  }
  const at = (x, y) => a.slice((y * width + x) * 4, (y * width + x) * 4 + 4).join();
  const background = at(0, 0);
  const edges = {
    top: Array.from({ length: width }, (_, x) => at(x, 0)),
    bottom: Array.from({ length: width }, (_, x) => at(x, height - 1)),
    left: Array.from({ length: height }, (_, y) => at(0, y)),
    right: Array.from({ length: height }, (_, y) => at(width - 1, y)),
  };
  const inkOnEdge = Object.entries(edges).filter(([, line]) => line.some((p) => p !== background)).map(([edge]) => edge);
  let inked = 0;
  for (let i = 0; i < a.length; i += 4) if (a.slice(i, i + 4).join() !== background) inked++;
  return { differing: differing / (width * height), inked: inked / (width * height), inkOnEdge };
}

test('no chart label is cut, on screen or in the exported SVG and PNG, and row labels keep off the edge', async () => {
  const { context, page, errors } = await seeded(app.browser, {
    edit: (model) => {
      // German stage names, the longest last: the label the export used to cut.
      model.stages = model.stages.map((s, i) => ({ ...s, name: ['Aufmerksamkeit', 'Information', 'Kauf', 'Nutzung & Service', 'Bindung & Empfehlung'][i] ?? s.name }));
    },
  });
  const picture = await context.newPage();
  for (const view of ['Journey curve', 'Importance × performance', 'Gaps & priorities', 'Experience index']) {
    await page.getByRole('button', { name: view, exact: true }).click();
    await page.locator('#main svg.chart').first().waitFor();
    for (const chart of await page.locator('#main svg.chart').all()) {
      const seen = await chart.evaluate(cutTexts);
      assert.deepEqual(seen.outside, [], `${view}: every label within the chart on screen`);
      if (seen.labelLeft !== null) assert.ok(seen.labelLeft >= 4, `${view}: row labels start ${seen.labelLeft} in`);
    }
    for (const tools of await page.getByRole('group', { name: /^Export the chart: / }).all()) {
      const name = await tools.getAttribute('aria-label');
      const svg = await download(page, tools.getByRole('button', { name: 'Save as SVG' }));
      // The file alone, without the app's styles, as another program shows it.
      await picture.setContent(`<!doctype html><body style="margin:0">${svg.bytes.toString('utf8')}</body>`);
      const seen = await picture.locator('body > svg').evaluate(cutTexts);
      assert.deepEqual(seen.outside, [], `${name}: every label within the exported picture`);
      if (seen.labelLeft !== null) assert.ok(seen.labelLeft >= 4, `${name}: row labels start ${seen.labelLeft} in`);
      // The PNG is the same picture, so its labels are whole too, and nothing touches its edges.
      const png = await download(page, tools.getByRole('button', { name: 'Save as PNG' }));
      const drawn = await picture.evaluate(comparePictures, {
        png: png.bytes.toString('base64'),
        svg: svg.bytes.toString('base64'),
      });
      assert.ok(drawn.inked > 0.01, `${name}: the PNG holds a picture`);
      assert.ok(drawn.differing < 0.01, `${name}: the PNG shows the SVG's picture (${(drawn.differing * 100).toFixed(2)} % of pixels differ)`);
      assert.deepEqual(drawn.inkOnEdge, [], `${name}: nothing drawn on the PNG's edges`);
    }
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone the journey and the matrix say how to see the rest of a chart wider than the screen', async () => {
  const { context, page } = await seeded(app.browser, { viewport: { width: 375, height: 700 } });
  for (const view of ['Journey curve', 'Importance × performance']) {
    await page.goto(`${app.server.url}?view=${view === 'Journey curve' ? 'journey' : 'matrix'}`);
    const wrap = page.locator('#main .table-wrap').first();
    await wrap.waitFor();
    const wider = await wrap.evaluate((el) => el.scrollWidth > el.clientWidth);
    const hint = page.getByText('The chart is wider than the screen: swipe sideways or turn the phone.');
    assert.equal(await hint.isVisible(), wider, `${view}: the hint shows when the chart is wider than the screen`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  assert.equal(await page.getByText('The chart is wider than the screen').isVisible(), false, 'no hint on a wide screen');
  await context.close();
});

test('a chart copies to the clipboard as a PNG picture', async () => {
  const { context, page } = await seeded(app.browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.url });
  await page.getByRole('button', { name: 'Journey curve', exact: true }).click();
  const tools = page.getByRole('group', { name: 'Export the chart: Journey curve' });
  await tools.getByRole('button', { name: 'Copy as picture' }).click();
  await tools.getByRole('status').filter({ hasText: 'Picture copied' }).waitFor();
  const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
  assert.ok(types.includes('image/png'), `the clipboard holds a PNG (${types})`);
  await context.close();
});

/** Every axe finding, whatever its impact. */
async function axeViolations(page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the presentation shows one slide at a time, moves by arrow keys, edits live, passes axe and gives the focus back', async () => {
  const { context, page, errors } = await seeded(app.browser);
  const opener = page.getByRole('button', { name: '▶ Present' });
  await opener.click();
  const show = page.getByRole('main', { name: 'Presentation' });
  await show.waitFor();
  const position = show.locator('.slide-position');
  const heading = show.getByRole('heading', { level: 1 });
  const titles = ['Bäckerei Nord', 'Summary figures', 'Journey curve', 'Importance × performance', 'Gaps & priorities', 'Rate the key touchpoints', 'Measures'];
  for (const [i, title] of titles.entries()) {
    assert.equal(await position.textContent(), `Slide ${i + 1} of 7`);
    assert.equal(await heading.textContent(), title);
    assert.deepEqual(await axeViolations(page), [], `slide ${i + 1} (${title}) passes axe`);
    await page.keyboard.press('ArrowRight');
  }
  assert.equal(await position.textContent(), 'Slide 7 of 7', 'the last slide stays');
  await page.keyboard.press('PageUp');
  assert.equal(await heading.textContent(), 'Rate the key touchpoints');

  // A rating changed on the slide is the model's: the gap chart of the slide before follows.
  const first = show.locator('.key-rating').first();
  const name = await first.getByRole('heading').textContent();
  await first.getByRole('group', { name: `Soll (target): ${name}` }).getByRole('radio', { name: /^−2 / }).check();
  await page.keyboard.press('PageUp');
  assert.equal(await heading.textContent(), 'Gaps & priorities');
  const row = show.locator('.gap-row', { hasText: name });
  assert.equal(await row.count(), 0, `“${name}” has no gap any more and leaves the gap chart`);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await heading.textContent(), 'Importance × performance');

  await page.keyboard.press('Escape');
  await show.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'present-open', 'the focus is back on the button');

  // A point of a chart slide opens its touchpoint: the slides give way to its editor.
  await opener.click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await show.locator('g.mark').first().click();
  await show.waitFor({ state: 'detached' });
  await page.locator('.tp-editor').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

/** In the page: what of the slide lies outside the window, whether it scrolls, and the smallest
 * type of its legends. */
function slideFit() {
  const slide = document.querySelector('.presentation .slide');
  const [w, h] = [window.innerWidth, window.innerHeight];
  const outside = [...slide.querySelectorAll('*')]
    .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
    .map((el) => [el, el.getBoundingClientRect()])
    .filter(([, b]) => b.width > 0 && b.height > 0 && (b.left < -0.5 || b.top < -0.5 || b.right > w + 0.5 || b.bottom > h + 0.5))
    .map(([el, b]) => `${el.localName}.${el.getAttribute('class') ?? ''} “${el.textContent.slice(0, 30)}” ${Math.round(b.left)},${Math.round(b.top)}–${Math.round(b.right)},${Math.round(b.bottom)}`);
  const scrolls = [document.scrollingElement, document.querySelector('.presentation'), ...slide.querySelectorAll('*')]
    .filter((el) => el.scrollHeight > el.clientHeight + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowY))
    .map((el) => `${el.localName}.${el.getAttribute('class') ?? ''}`);
  const legends = [...slide.querySelectorAll('.chart-legend li, .point-legend li, .figure-label')]
    .map((el) => parseFloat(getComputedStyle(el).fontSize));
  const text = slide.innerText;
  return { outside: outside.slice(0, 5), scrolls, smallestLegend: legends.length ? Math.min(...legends) : null, text };
}

test('every slide fits 1280×720 and 1366×768 whole, legends are at least 18 px at 1920×1080, the navigation hides', async () => {
  // A plan longer than a slide holds, with quick wins, so the measures slide is tested full;
  // the client and the consultancy on the title slide.
  const { context, page, errors } = await seeded(app.browser, {
    edit: (model) => {
      Object.assign(model.meta, { company: 'Bäckerei Nord GmbH', consultancy: 'Beratung Süd' });
      model.measures = Array.from({ length: 12 }, (_, i) => ({
        id: model.next_id + i, title: `Measure number ${i + 1} for the hotline`, touchpoints: [model.touchpoints[i].id], effort: 1 + (i % 5),
      }));
      model.next_id += 12;
    },
  });
  const show = page.getByRole('main', { name: 'Presentation' });
  for (const viewport of [{ width: 1280, height: 720 }, { width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(viewport);
    await page.getByRole('button', { name: '▶ Present' }).click();
    await show.waitFor();
    const bar = show.locator('.slide-bar');
    assert.equal(await bar.evaluate((el) => getComputedStyle(el).opacity), '0', 'the navigation is hidden at first');
    for (let i = 1; i <= 7; i++) {
      await page.waitForFunction((n) => document.querySelector('.presentation')?.dataset.slide === String(n), i - 1);
      const fit = await page.evaluate(slideFit);
      const where = `slide ${i} at ${viewport.width}×${viewport.height}`;
      assert.deepEqual(fit.outside, [], `${where}: everything within the window`);
      assert.deepEqual(fit.scrolls, [], `${where}: nothing scrolls`);
      assert.ok(!fit.text.includes('Add the first one above'), `${where}: no on-screen hint`);
      if (viewport.width === 1920 && fit.smallestLegend !== null) {
        assert.ok(fit.smallestLegend >= 18, `${where}: legends are ${fit.smallestLegend} px`);
      }
      if (i === 1) {
        assert.match(fit.text, /Bäckerei Nord\n[^]*Bäckerei Nord GmbH[^]*Beratung Süd/);
      }
      if (i === 7) {
        const badge = show.locator('.badge-quick-win').first();
        const box = await badge.boundingBox();
        const line = parseFloat(await badge.evaluate((el) => getComputedStyle(el).lineHeight)) || 0;
        assert.ok(box && box.height < 2 * Math.max(line, 16), `“Quick win” on one line (${box?.height} px high)`);
      }
      await page.keyboard.press('ArrowRight');
    }
    // A key showed the navigation; it hides again a moment later, and the pointer brings it back.
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.slide-bar')).opacity === '1', null, { timeout: 2000 });
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.slide-bar')).opacity === '0', null, { timeout: 6000 });
    await page.mouse.move(200, 200);
    await page.mouse.move(220, 210);
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.slide-bar')).opacity === '1');
    await page.keyboard.press('Escape');
    await show.waitFor({ state: 'detached' });
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the keyboard help lists the presentation keys', async () => {
  const { context, page } = await seeded(app.browser);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await help.waitFor();
  assert.match(await help.textContent(), /Presentation: next \/ previous slide/);
  await context.close();
});
