// Private by construction: loading the app and using every view requests nothing from any
// other origin, and the Content Security Policy holds without a single violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch } from './support.mjs';

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs before the app: collects every CSP violation the page reports. */
function recordViolations() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
  });
}

test('the app talks to its own origin only and runs under its CSP without violations', async () => {
  const origin = new URL(server.url).origin;
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  await context.addInitScript(recordViolations);
  const requests = [];
  // On the context: pages' and the service worker's requests alike.
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (e) => errors.push(String(e)));

  await page.goto(server.url);
  await page.getByRole('button', { name: 'Load the demo model' }).click();
  await page.locator('.tp-row').first().waitFor();

  // Every view of the navigation, whatever views there are, in both languages.
  const tabs = page.getByRole('navigation', { name: 'Views' }).getByRole('button');
  const count = await tabs.count();
  assert.ok(count >= 8, `only ${count} views in the navigation`);
  for (let i = 0; i < count; i++) {
    await tabs.nth(i).click();
    await page.locator('#main').waitFor();
  }
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await page.getByRole('navigation', { name: 'Ansichten' }).waitFor();
  for (let i = 0; i < count; i++) await page.getByRole('navigation', { name: 'Ansichten' }).getByRole('button').nth(i).click();

  // The service worker has cached the app by now: its requests are in the list too.
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The app's own address again (a reload would stay on the last view, the self-check).
  await page.goto(server.url);
  await page.locator('.tp-row').first().waitFor();

  const foreign = requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
  assert.deepEqual(foreign, []);
  assert.ok(requests.some((url) => url.endsWith('.wasm')), 'the recording saw the app load');
  assert.ok(requests.some((url) => url.endsWith('/sw.js')), 'the recording saw the service worker');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the page declares a strict CSP and no inline script', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(server.url);
  const html = await response.text();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = Object.fromEntries(
    csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values.join(' ')]),
  );
  assert.equal(directives['default-src'], "'none'");
  assert.equal(directives['script-src'], "'self' 'wasm-unsafe-eval'");
  assert.equal(directives['style-src'], "'self'");
  // The page's origin, and the relay of live sessions if the build names one
  // (KONTAKTPUNKT_RELAY, docs/collaboration.md), nothing else.
  const relay = await page.locator('meta[name="kontaktpunkt-relay"]').getAttribute('content');
  assert.equal(directives['connect-src'], relay ? `'self' ${relay}/` : "'self'");
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    assert.match(attrs, /\bsrc=/, 'every script is a file');
    assert.equal(body.trim(), '');
  }
  await context.close();
});
