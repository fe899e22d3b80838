// The first screen: it renders, speaks both languages, shows the demo's figures, passes axe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage } from './support.mjs';
import { axeViolations } from './axe.mjs';

const app = useApp();

test('the empty state renders without console errors and follows the browser language', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url, { locale: 'de-DE' });
  await page.getByRole('heading', { name: 'Noch keine Kontaktpunkte' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('before the app has loaded, a first visit reads the welcome in its language', async () => {
  // The wasm never arrives: what a visitor on a slow line sees until it does.
  for (const [locale, title, status] of [
    ['de-DE', 'Noch keine Kontaktpunkte', 'Kontaktpunkt wird geladen …'],
    ['en-US', 'No touchpoints yet', 'Loading Kontaktpunkt …'],
  ]) {
    const context = await app.browser.newContext({ locale });
    const page = await context.newPage();
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(app.server.url);
    await page.getByRole('heading', { name: title }).waitFor();
    assert.equal(await page.getByRole('status').textContent(), status);
    assert.equal(await page.getAttribute('html', 'lang'), locale.slice(0, 2));
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  }
});

test('a returning user and a share link see only the loading line, never the welcome', async () => {
  const PLAIN = 'Kontaktpunkt wird geladen … / Loading …';
  const blocked = async (page) => page.route('**/*.wasm', (route) => route.abort());

  const link = await app.browser.newContext({ locale: 'de-DE' });
  const linkPage = await link.newPage();
  await blocked(linkPage);
  await linkPage.goto(`${app.server.url}#kp1.AAAA`);
  await linkPage.getByText(PLAIN).waitFor();
  assert.equal(await linkPage.getByRole('heading').count(), 0);
  await link.close();

  // No service worker: it would answer the wasm request from its cache.
  const context = await app.browser.newContext({ locale: 'de-DE', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(app.server.url);
  await page.getByRole('textbox', { name: 'Kontaktpunkt hinzufügen' }).fill('Messe');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => localStorage.getItem('kontaktpunkt.models') !== null);
  await blocked(page);
  await page.reload();
  await page.getByText(PLAIN).waitFor();
  assert.equal(await page.getByRole('heading').count(), 0);
  await context.close();
});

test('the language switch changes every text and is kept across a reload', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url, { locale: 'de-DE' });
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'No touchpoints yet' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.reload();
  await page.waitForSelector('#main');
  await page.getByRole('heading', { name: 'No touchpoints yet' }).waitFor();
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await page.getByRole('heading', { name: 'Noch keine Kontaktpunkte' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the demo model shows its touchpoints and the experience index the core computes', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url, { locale: 'en-US' });
  await page.getByRole('button', { name: 'Load the demo model' }).click();
  await page.locator('.tp-row').first().waitFor();
  assert.equal(await page.locator('.tp-row').count(), 12);
  // Demo: Σ importance = 41, Σ importance·Ist = -10, Σ importance·Soll = 55
  // Ist index = (-10/41 + 2) / 4 · 100 = 43.9 → 44; Soll = (55/41 + 2) / 4 · 100 = 83.5 → 84.
  assert.equal(await page.locator('[data-figure="index-ist"] .figure-value').textContent(), '44');
  assert.equal(await page.locator('[data-figure="index-soll"] .figure-value').textContent(), '84');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});
