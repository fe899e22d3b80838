// Nothing saved is lost (issue #28): a damaged model is kept and exportable whatever the
// quota, a damaged index is rebuilt from the models stored, two damages keep two copies,
// delete-all reaches every open tab and widget, a save this tab cannot read survives its next
// edit, and a name from a link cannot turn the app's
// sentence around it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { resolve } from 'node:path';
import { useApp, openPage } from './support.mjs';

const app = useApp();

const INDEX = 'kontaktpunkt.models';
const MODEL = (id) => `kontaktpunkt.model.${id}`;
const damagedText = (length) => {
  const head = '{"version":1,"stages":[],"touchpoints":[{"name":"';
  return head + 'x'.repeat(length - head.length);
};

/**
 * A context whose storage holds `items` (key → text) before the app's first start only;
 * `fill` then fills the storage up to its quota with other keys.
 */
async function seeded(items, { fill = false } = {}) {
  const context = await app.browser.newContext({ locale: 'en-US', acceptDownloads: true });
  await context.addInitScript(({ items, fill }) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [key, text] of Object.entries(items)) localStorage.setItem(key, text);
    if (!fill) return;
    let n = 0;
    for (let size = 4 * 1024 * 1024; size >= 1; size = Math.floor(size / 2)) {
      for (;;) {
        try {
          localStorage.setItem(`filler.${n}`, 'f'.repeat(size));
          n += 1;
        } catch {
          break;
        }
      }
    }
  }, { items, fill });
  const page = await context.newPage();
  await page.goto(app.server.url);
  await page.waitForSelector('#main');
  return { context, page };
}

const stored = (page, key) => page.evaluate((key) => localStorage.getItem(key), key);

async function addTouchpoint(page, name) {
  await page.getByRole('textbox', { name: 'Add a touchpoint' }).fill(name);
  await page.keyboard.press('Enter');
  await page.locator('.tp-row', { hasText: name }).waitFor();
}

/** The text a click on `button` downloads. */
async function downloaded(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFile(await download.path(), 'utf8');
}

/** Autosave waits 250 ms after a change; this waits well past it. */
const pastAutosave = (page) => page.waitForTimeout(1_000);

for (const [kind, length, fill] of [
  ['a damaged 2.7 M-character model', 2_700_000, false],
  ['a damaged 5 KB model in full storage', 5_000, true],
]) {
  test(`${kind} is kept where it is, exportable at once and after the first edit`, async () => {
    const text = damagedText(length);
    const index = JSON.stringify({ current: 'm1', models: [{ id: 'm1', name: 'Workshop', updated: 0 }] });
    const { context, page } = await seeded({ [INDEX]: index, [MODEL('m1')]: text }, { fill });
    const banner = page.locator('.error-banner');
    await banner.getByText('has no room to set it aside').waitFor();
    assert.match(await banner.textContent(), /you are working in a new model/);
    // The export is offered at once, with the text exactly as stored.
    assert.equal(await downloaded(page, banner.getByRole('button', { name: 'Export the damaged data' })), text);
    await addTouchpoint(page, 'Hotline');
    await pastAutosave(page);
    assert.equal(await stored(page, MODEL('m1')), text, 'the damaged text is not written over');
    await page.getByRole('button', { name: 'Models & files' }).click();
    const raw = JSON.parse(await downloaded(page, page.getByRole('button', { name: 'Export raw data' })));
    assert.deepEqual(raw, [[MODEL('m1'), text]]);
    await context.close();
  });
}

/** The demo loaded in one tab, and a second tab of the app that has picked it up. */
async function demoInTwoTabs() {
  const { context, page } = await openPage(app.browser, app.server.url);
  await page.getByRole('button', { name: 'Load the demo model' }).click();
  await page.locator('.tp-row').first().waitFor();
  const second = await context.newPage();
  await second.goto(app.server.url);
  await second.locator('.tp-row').first().waitFor();
  return { context, page, second };
}

test('a second damage of one model keeps both damaged copies', async () => {
  const first = damagedText(300);
  const second = '{"version":1,"stages":"cut';
  const index = JSON.stringify({ current: 'm1', models: [{ id: 'm1', name: 'Workshop', updated: 0 }] });
  const { context, page } = await seeded({ [INDEX]: index, [MODEL('m1')]: first });
  await page.getByText('has been set aside unchanged').waitFor();
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [MODEL('m1'), second]);
  await page.reload();
  await page.getByText('has been set aside unchanged').waitFor();
  assert.equal(await stored(page, 'kontaktpunkt.corrupt.m1'), first);
  assert.equal(await stored(page, 'kontaktpunkt.corrupt.m1.2'), second);
  await page.getByRole('button', { name: 'Models & files' }).click();
  await page.getByRole('heading', { name: 'Damaged stored data (2)' }).waitFor();
  await context.close();
});

test('an index cut short lists every stored model again, and New model overwrites nothing', async () => {
  // Three models saved by the app itself: the demo and two titled ones.
  const { context, page } = await openPage(app.browser, app.server.url);
  await page.getByRole('button', { name: 'Load the demo model' }).click();
  await page.locator('.tp-row').first().waitFor();
  await page.getByRole('button', { name: 'Models & files' }).click();
  for (const title of ['Workshop Nord', 'Workshop Süd']) {
    await page.getByRole('button', { name: 'New model', exact: true }).click();
    await page.getByLabel('Title of the new model').fill(title);
    await page.getByLabel('Title of the new model').press('Enter');
    await page.locator('.model-entry', { hasText: title }).waitFor();
  }
  await pastAutosave(page);
  const before = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  const models = Object.keys(before).filter((k) => k.startsWith('kontaktpunkt.model.')).sort();
  assert.equal(models.length, 3);
  await page.evaluate((key) => localStorage.setItem(key, localStorage.getItem(key).slice(0, 40)), INDEX);
  await page.goto(app.server.url);
  await page.getByText('has been rebuilt: 3 models found again').waitFor();
  await page.getByRole('button', { name: 'Models & files' }).click();
  const names = await page.locator('.model-entry .model-name').allTextContents();
  assert.equal(names.length, 3, names.join(' | '));
  for (const title of ['Workshop Nord', 'Workshop Süd']) assert.ok(names.includes(title), names.join(' | '));
  assert.ok(!names.includes('Untitled'), names.join(' | '));
  await page.getByRole('button', { name: 'New model', exact: true }).click();
  await page.getByLabel('Title of the new model').fill('Workshop Ost');
  await page.getByLabel('Title of the new model').press('Enter');
  await page.locator('.model-entry', { hasText: 'Workshop Ost' }).waitFor();
  await pastAutosave(page);
  for (const key of models) assert.equal(await stored(page, key), before[key], `${key} is unchanged`);
  assert.equal(await page.locator('.model-entry').count(), 4);
  await context.close();
});

test('delete-all with a second tab and a widget open leaves nothing behind after both act', async () => {
  const { context, page, second } = await demoInTwoTabs();
  const widget = await context.newPage();
  await widget.goto(`${app.server.url}widget/`);
  await widget.locator('.level input[type=radio]').nth(3).check();
  await widget.getByRole('button', { name: 'Next' }).click();
  await widget.locator('.level input[type=radio]').nth(2).check();
  await pastAutosave(page);
  assert.ok(await stored(page, 'kontaktpunkt.selfcheck.sc1'), 'the widget stored its answers');

  await page.getByRole('button', { name: 'Models & files' }).click();
  await page.getByRole('button', { name: 'Delete all my data in this browser' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete all my data in this browser' }).click();

  // The second tab starts empty instead of writing the model back; the widget starts afresh.
  await second.getByRole('button', { name: 'Load the demo model' }).waitFor();
  assert.equal(await second.locator('.tp-row').count(), 0);
  await widget.waitForFunction(() => !document.querySelector('.level input[type=radio]:checked'));
  // The tab's user acts: undo finds nothing to bring back.
  await second.locator('body').focus();
  await second.keyboard.press('Control+z');
  assert.equal(await second.locator('.tp-row').count(), 0);
  await pastAutosave(second);
  const left = await second.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kontaktpunkt.')));
  assert.deepEqual(left, []);
  await context.close();
});

test('a save by a newer version in another tab survives this tab\'s next edit', async () => {
  const { context, page } = await openPage(app.browser, app.server.url);
  await page.getByRole('button', { name: 'Load the demo model' }).click();
  await page.locator('.tp-row').first().waitFor();
  await pastAutosave(page);
  const id = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).current, INDEX);
  const newer = (await stored(page, MODEL(id))).replace('"version":1', '"version":99');
  assert.match(newer, /"version":99/);
  // Another tab of the same origin writes it (the manifest: a page of the origin without the app).
  const other = await context.newPage();
  await other.goto(`${app.server.url}manifest.webmanifest`);
  await other.evaluate(([key, text]) => localStorage.setItem(key, text), [MODEL(id), newer]);
  await page.locator('.save-blocked', { hasText: 'changed by a newer version of the app in another tab' }).waitFor();
  await addTouchpoint(page, 'Trade fair');
  await pastAutosave(page);
  assert.equal(await stored(page, MODEL(id)), newer);
  await context.close();
});

// Another tab's edits: before issue 31 a tab took another tab's save as a whole, one undo
// away; now two tabs on one model merge field by field, and undo takes back a tab's own edit
// only (e2e/tabs.test.mjs).

test('a right-to-left override in a link\'s name does not reverse the sentence around it', async () => {
  const golden = (await readFile(resolve(import.meta.dirname, '..', 'core', 'tests', 'golden', 'fixture-10.txt'), 'utf8')).trim();
  const json = JSON.parse(inflateRawSync(Buffer.from(golden.split('.')[1], 'base64url')).toString());
  json[1] = [5, 1, 7, 8, ['evil', 'Evil\u202Ename'], ['evil2', 'Evil\u202Ename']];
  const link = `kp1.${deflateRawSync(Buffer.from(JSON.stringify(json))).toString('base64url')}`;
  const { context, page } = await openPage(app.browser, `${app.server.url}#${link}`);
  const text = page.locator('.error-banner .error-text');
  await text.waitFor();
  assert.match(await text.textContent(), /already exists\.$/);
  // Where the words after the name are drawn: left to right, as they are written.
  const xs = await text.evaluate((el) => {
    const node = el.firstChild;
    const at = node.textContent.indexOf('already exists.');
    return [...'already'].map((_, i) => {
      const range = document.createRange();
      range.setStart(node, at + i);
      range.setEnd(node, at + i + 1);
      return range.getBoundingClientRect().left;
    });
  });
  for (let i = 1; i < xs.length; i += 1) assert.ok(xs[i] > xs[i - 1], `letter ${i} of “already” is drawn after the one before: ${xs}`);
  await context.close();
});

test('a link padded with encoded spaces opens', async () => {
  const golden = (await readFile(resolve(import.meta.dirname, '..', 'core', 'tests', 'golden', 'fixture-10.txt'), 'utf8')).trim();
  const { context, page } = await openPage(app.browser, `${app.server.url}#%20%20${golden}%20`);
  await page.getByRole('heading', { name: /Shared model/ }).waitFor();
  assert.equal(await page.locator('.error-banner').count(), 0);
  await context.close();
});
