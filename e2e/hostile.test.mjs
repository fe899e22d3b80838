// Hostile links and a browser without storage (issue #13): the tab survives, the work stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
import { useApp, openPage } from './support.mjs';

const app = useApp();

const handMade = (text) => `kp1.${deflateRawSync(Buffer.from(text)).toString('base64url')}`;

/** Thousands of references to one 800-byte factor text: once 1.94 GB and a blank page. */
function manyReferences(touchpoints = 1000, refs = 200) {
  const names = Array.from({ length: touchpoints }, (_, i) => `"t${i}"`).join(',');
  const list = `[${Array(refs).fill('0').join(',')}]`;
  const lists = Array(touchpoints).fill(list).join(',');
  return handMade(`[0,[0],[],[[${names}],[],[],[],[],[],[],[],[],[],[],[${lists}]],["${'𝄞'.repeat(200)}"]]`);
}

test('a link of many references to one long factor text is refused and the work and undo stay', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url, { locale: 'en-US' });
  await page.getByRole('button', { name: 'Load the demo model' }).click();
  await page.locator('.tp-row').first().waitFor();
  const rows = await page.locator('.tp-row').count();
  const undo = page.getByRole('button', { name: /Undo/ }).first();
  assert.equal(await undo.isDisabled(), false);
  const link = manyReferences();
  assert.ok(link.length <= 65536, `link of ${link.length} characters`);
  // While working: a hash change.
  await page.goto(`${app.server.url}#${link}`);
  const alert = page.getByRole('alert').filter({ hasText: 'That did not work' });
  await alert.waitFor();
  assert.match(await alert.textContent(), /too much text/);
  assert.equal(await page.locator('.tp-row').count(), rows, 'local work intact');
  assert.equal(await undo.isDisabled(), false, 'undo history intact');
  // Implausible contents are refused with their own words.
  await page.goto(`${app.server.url}#${handMade('[0,[0],[],[],[],[],[],[[],[["q",5,4]]]]')}`);
  await page.getByRole('alert').filter({ hasText: /through referrals \(5\) than new customers in all \(4\)/ }).waitFor();
  assert.equal(await page.locator('.tp-row').count(), rows);
  assert.deepEqual(errors.filter((e) => !e.includes('Failed to load resource')), []);
  await context.close();
});

test('with localStorage denied the app runs in memory, says so once, and exports', async () => {
  const context = await app.browser.newContext({ locale: 'en-US', acceptDownloads: true });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(app.server.url);
  await page.waitForSelector('#main');
  const notice = page.locator('.storage-denied');
  await notice.waitFor();
  assert.match(await notice.textContent(), /gives the app no storage/);
  assert.equal(await page.locator('.storage-warning').count(), 1, 'said once');
  // An edit: the demo model, then export it as a file.
  await page.getByRole('button', { name: 'Load the demo model' }).click();
  await page.locator('.tp-row').first().waitFor();
  const rows = await page.locator('.tp-row').count();
  assert.ok(rows > 0);
  assert.equal(await page.locator('.storage-warning').count(), 1, 'still said once after a save attempt');
  await notice.getByRole('button', { name: 'Export as a file' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export model as JSON' }).click(),
  ]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(exported.touchpoints.length, rows);
  // And as a link.
  await notice.getByRole('button', { name: 'Share as a link' }).click();
  assert.match(await page.getByLabel(/Link to this model/).inputValue(), /#kp1\./);
  assert.deepEqual(errors, []);
  await context.close();
});
