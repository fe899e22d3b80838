// The saved models: each names itself (title, else company, else its first touchpoints),
// shows its company, size and last change; a new model may be titled at once; starting or
// keeping a model never leaves an empty one behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage } from './support.mjs';
import { axeViolations } from './axe.mjs';

const app = useApp();

const entries = (page) => page.locator('.model-entry');
const entry = (page, name) => page.locator('.model-entry', { has: page.locator('.model-name', { hasText: name }) });

test('saved models show name, company, touchpoint count and last change', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url, { locale: 'en-US' });
  await page.getByRole('button', { name: 'Load the demo model' }).click();
  await page.locator('.tp-row').first().waitFor();
  await page.getByRole('button', { name: 'Models & files' }).click();
  await page.getByLabel('Company').fill('Muster GmbH');
  await page.getByLabel('Company').press('Enter');
  const demo = entries(page).first();
  await demo.locator('.model-company', { hasText: 'Muster GmbH' }).waitFor();
  assert.equal(await demo.locator('.model-size').textContent(), '12 touchpoints');
  const today = new Date().toISOString().slice(0, 10);
  assert.equal(await demo.locator('.model-updated').textContent(), `updated ${today}`);
  assert.deepEqual(await axeViolations(page), []);

  // A new model titled at once.
  await page.getByRole('button', { name: 'New model', exact: true }).click();
  const title = page.getByLabel('Title of the new model');
  assert.ok(await title.evaluate((el) => el === document.activeElement), 'the title field has the focus');
  await title.fill('Workshop Nord');
  await title.press('Enter');
  await entry(page, 'Workshop Nord').locator('.badge', { hasText: 'current' }).waitFor();
  assert.equal(await entry(page, 'Workshop Nord').locator('.model-size').textContent(), '0 touchpoints');
  assert.equal(await entries(page).count(), 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an untitled model is named after its company or its first touchpoints, and a blank one is reused', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url, { locale: 'de-DE' });
  await page.getByRole('button', { name: 'Modelle & Dateien' }).click();
  assert.equal(await entries(page).count(), 1);
  assert.equal(await entries(page).locator('.model-name').textContent(), 'Ohne Titel');
  // Starting a new model while the first is still blank does not leave the blank one behind.
  await page.getByRole('button', { name: 'Neues Modell', exact: true }).click();
  await page.getByLabel('Titel des neuen Modells').press('Enter');
  assert.equal(await entries(page).count(), 1);

  // Its first touchpoints name it, until a company is set.
  await page.getByRole('button', { name: 'Kontaktpunkte', exact: true }).click();
  await page.locator('body').focus();
  for (const name of ['Hotline', 'Rechnung', 'Lieferung']) {
    await page.keyboard.press('n');
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await page.locator('.tp-row', { hasText: name }).waitFor();
    await page.locator('body').focus();
  }
  await page.getByRole('button', { name: 'Modelle & Dateien' }).click();
  await entry(page, 'Hotline, Rechnung …').waitFor();
  assert.equal(await entries(page).locator('.model-size').textContent(), '3 Kontaktpunkte');
  await page.getByLabel('Unternehmen').fill('Bäckerei Müller');
  await page.getByLabel('Unternehmen').press('Enter');
  await entry(page, 'Bäckerei Müller').waitFor();
  assert.equal(await entries(page).count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});
