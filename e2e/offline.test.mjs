// Offline: after one visit the app loads and works with the network off, share links
// included; a new version waits for the user's "Reload to update"; the app is installable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve, launch, openPage, controlled, DIST } from './support.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

test('after one visit the app starts, works and opens share links with the network off', async () => {
  const server = await serve();
  const { context, page, errors } = await openPage(browser, server.url);
  await controlled(page);

  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('#main'); // the app itself, not the welcome shown while it loads
  await page.getByRole('heading', { name: 'No touchpoints yet' }).waitFor();

  await page.getByRole('textbox', { name: 'Add a touchpoint' }).fill('Offline fair');
  await page.keyboard.press('Enter');
  await page.locator('.tp-row').first().waitFor();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByLabel(/Link to this model/).inputValue();
  assert.match(link, /#kp1\./);

  // A fresh page load of the link, still offline: served by the service worker.
  const second = await context.newPage();
  second.on('pageerror', (e) => errors.push(String(e)));
  await second.goto(link);
  await second.getByRole('heading', { name: /Shared model/ }).waitFor();
  assert.equal(await second.locator('.incoming-count').textContent(), '1 touchpoint');

  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test('a new version waits for "Reload to update" and then replaces the old one', async () => {
  // A copy of the build, so that the test can publish a "new version" of sw.js.
  const root = await mkdtemp(join(tmpdir(), 'kontaktpunkt-sw-'));
  await cp(DIST, root, { recursive: true });
  const server = await serve(root);
  const { context, page, errors } = await openPage(browser, server.url);
  await controlled(page);
  const oldCaches = await page.evaluate(() => caches.keys());
  assert.equal(oldCaches.length, 1);
  assert.match(oldCaches[0], /^kontaktpunkt-[0-9a-f]{16}:\/$/);

  // Work in progress, and a marker that disappears when the page reloads.
  await page.getByRole('textbox', { name: 'Add a touchpoint' }).fill('Before the update');
  await page.keyboard.press('Enter');
  await page.locator('.tp-row').first().waitFor();
  await page.evaluate(() => (window.__sameDocument = true));

  const sw = join(root, 'sw.js');
  const next = (await readFile(sw, 'utf8')).replace(/const VERSION = "[0-9a-f]+"/, 'const VERSION = "0123456789abcdef"');
  await writeFile(sw, next);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

  await page.getByRole('button', { name: 'Reload to update' }).waitFor();
  // Nothing was swapped in under the user's work: same document, old version in control.
  assert.equal(await page.evaluate(() => window.__sameDocument), true);
  assert.equal(await page.locator('.tp-row').count(), 1);

  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload to update' }).click()]);
  await page.locator('.tp-row').first().waitFor();
  assert.equal(await page.evaluate(() => window.__sameDocument), undefined);
  assert.equal(await page.getByRole('button', { name: 'Reload to update' }).count(), 0);
  assert.deepEqual(await page.evaluate(() => caches.keys()), ['kontaktpunkt-0123456789abcdef:/']);

  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
  await rm(root, { recursive: true, force: true });
});

test('Chromium reports the app as installable', async () => {
  // Installing needs a real profile: a fresh context counts as incognito.
  const server = await serve();
  const profile = await mkdtemp(join(tmpdir(), 'kontaktpunkt-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    locale: 'en-US',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    await page.goto(server.url);
    await page.waitForSelector('.app-header');
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, []);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
});
