// The widget on a consultancy's site: a host page on another origin embeds it by script tag,
// a prospect completes the self-check, the host sees the iframe grow and the result arrive.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { serve, launch, LEVELS, completeCheck } from './support.mjs';
import { axeViolations } from './axe.mjs';

const EXAMPLES = resolve(import.meta.dirname, '..', 'examples');

/** Serves one HTML page at `/` on its own port (its own origin). */
async function hostPage(html) {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

let app;
let host;
let browser;
before(async () => {
  app = await serve();
  const template = await readFile(resolve(EXAMPLES, 'host.html'), 'utf8');
  host = await hostPage(template.replace('http://127.0.0.1:8080/', app.url));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await host?.close();
  await app?.close();
});


test('a prospect completes the self-check in the embedded widget; the host gets the result', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(host.url);
  await page.waitForFunction(() => (window.kontaktpunktEvents ?? []).some((m) => m.type === 'ready'));
  const iframe = page.locator('iframe.kontaktpunkt-widget');
  const frame = page.frameLocator('iframe.kontaktpunkt-widget');
  await frame.getByRole('heading', { name: 'Touchpoint self-check' }).waitFor();
  const firstHeight = (await iframe.boundingBox()).height;

  await completeCheck(frame);

  await page.waitForFunction(() => (window.kontaktpunktEvents ?? []).some((m) => m.type === 'completed'));
  const completed = await page.evaluate(() => window.kontaktpunktEvents.find((m) => m.type === 'completed'));
  // Maturity: levels 3+2+1+4+0+2+3+1 = 16 of 32 → 50.
  assert.equal(completed.score, 50);
  assert.deepEqual(completed.factors.map((f) => f.level), LEVELS);
  // Ist: (4·(−1) + 2·(−2)) / 6 = −4/3 → (−4/3 + 2)/4·100 = 16.7 → 17; Soll: (4·1 + 2·0)/6 = 2/3
  // → 66.7 → 67: whole, as the result page shows them.
  assert.equal(completed.index_ist, 17);
  assert.equal(completed.index_soll, 67);
  assert.equal(await frame.locator('[data-figure="sc-index-ist"] .figure-value').textContent(), '17');
  assert.equal(await frame.locator('[data-figure="sc-index-soll"] .figure-value').textContent(), '67');
  assert.equal(completed.touchpoints, undefined, 'no content without the host opting in');
  assert.equal(await frame.locator('[data-figure="maturity"] .figure-value').textContent(), '50');
  assert.equal(await frame.getByRole('link', { name: 'Book a free call' }).getAttribute('href'), 'https://example.com/contact');

  // The iframe grew with its content and needs no scrollbar of its own.
  await page.waitForFunction(() => document.querySelector('iframe.kontaktpunkt-widget').getBoundingClientRect().height > 700);
  const box = await iframe.boundingBox();
  assert.ok(box.height > firstHeight, `grew from ${firstHeight} to ${box.height}`);
  const inner = await frame.locator('body').evaluate((b) => ({ scroll: b.scrollHeight, view: window.innerHeight }));
  assert.ok(inner.scroll <= inner.view + 1, `no inner scrollbar: content ${inner.scroll}, frame ${inner.view}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone each new step brings the widget’s top into view; the frame may write to the clipboard', async () => {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 375, height: 640 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(host.url);
  await page.waitForFunction(() => (window.kontaktpunktEvents ?? []).some((m) => m.type === 'ready'));
  const iframe = page.locator('iframe.kontaktpunkt-widget');
  assert.match(await iframe.getAttribute('allow'), /clipboard-write/);
  const frame = page.frameLocator('iframe.kontaktpunkt-widget');
  const frameTop = () => iframe.evaluate((el) => el.getBoundingClientRect().top);
  for (const level of LEVELS.slice(0, 3)) {
    await frame.locator('.level input[type=radio]').nth(level).check();
    // The prospect has scrolled down to the button, past the frame's top.
    await frame.getByRole('button', { name: 'Next' }).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 200));
    assert.ok((await frameTop()) < 0, 'the frame’s top is above the screen before Next');
    await frame.getByRole('button', { name: 'Next' }).click();
    await page.waitForFunction(() => {
      const top = document.querySelector('iframe.kontaktpunkt-widget').getBoundingClientRect().top;
      return top >= -1 && top < window.innerHeight / 3;
    });
  }
  const scrolls = await page.evaluate(() => window.kontaktpunktEvents.filter((m) => m.type === 'scroll').length);
  assert.equal(scrolls, 3, 'one scroll message per new step');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a host on another origin than the configured one gets no message', async () => {
  // Two widgets on one page: the control is configured for this page and must report; the
  // other is configured for another origin and must stay silent. Silence is proven by a marker
  // the silent frame posts itself after its widget has sent ready and resize: messages from one
  // frame arrive in the order they were posted, so anything of the widget's would come first.
  const stranger = await hostPage(`<!doctype html><html lang="en"><head><title>Elsewhere</title></head><body>
    <script>
      window.received = { own: [], others: [] };
      const widget = (name, origin) => {
        const frame = document.createElement('iframe');
        frame.title = name;
        frame.name = name;
        frame.src = '${app.url}?mode=selfcheck&lang=en&origin=' + encodeURIComponent(origin);
        document.body.append(frame);
        return frame;
      };
      const own = widget('own', location.origin);
      widget('foreign', '${host.origin}');
      addEventListener('message', (e) => (e.source === own.contentWindow ? window.received.own : window.received.others).push(e.data));
    </script></body></html>`);
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(stranger.url);
  await page.frameLocator('iframe[name=foreign]').getByRole('heading', { name: /self-check/i }).waitFor();
  await page.waitForFunction(() => ['ready', 'resize'].every((type) => window.received.own.some((m) => m.type === type)));
  // The foreign widget has rendered (ready is sent then) and, one frame later, measured its
  // height (resize): its marker goes after both.
  await page.frame({ name: 'foreign' }).evaluate(async () => {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))));
    parent.postMessage({ type: 'marker' }, '*');
  });
  await page.waitForFunction(() => window.received.others.length > 0);
  assert.deepEqual(await page.evaluate(() => window.received.others), [{ type: 'marker' }]);
  await context.close();
  await stranger.close();
});

test('bad widget options are ignored with a console warning, never a broken widget', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(`${app.url}?mode=selfcheck&accent=red&cta_url=javascript:alert(1)&colour=blue`);
  await page.getByRole('heading', { name: /self-check/i }).waitFor();
  // The boot script paints the heading before the wasm reads the options and warns.
  const warned = (word) => warnings.some((w) => w.includes(word));
  for (let i = 0; i < 100 && !(warned('accent') && warned('colour')); i++) await page.waitForTimeout(100);
  assert.ok(warnings.some((w) => w.includes('accent')), warnings.join('\n'));
  assert.ok(warnings.some((w) => w.includes('colour')), warnings.join('\n'));
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('with the contact option the prospect may leave name, company and e-mail: they travel in completed and in the call to action', async () => {
  const contactHost = await hostPage(`<!doctype html><html lang="en"><head><title>Contact</title></head><body><main>
    <script async src="${app.url}embed.js" data-lang="en" data-contact="1" data-cta-result="1"
      data-consent="Example Consulting may call me about my result." data-cta-url="mailto:hello@example.com"></script>
    <script>
      window.completed = [];
      document.addEventListener('kontaktpunkt:completed', (e) => window.completed.push(e.detail));
    </script></main></body></html>`);
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(contactHost.url);
  const frame = page.frameLocator('iframe.kontaktpunkt-widget');
  await completeCheck(frame);
  await page.waitForFunction(() => window.completed.length === 1);
  assert.equal((await page.evaluate(() => window.completed[0])).contact, undefined, 'nothing before the prospect sends');
  const form = frame.getByRole('form', { name: 'Would you like to talk about your result?' });
  await form.getByLabel('Name').fill('Anna Müller');
  await form.getByLabel('Company').fill('Bäckerei Nord');
  await form.getByLabel('E-mail').fill('anna@example.com');
  await form.getByRole('button', { name: 'Send my details' }).click();
  // Without the consent nothing leaves the widget.
  await form.getByRole('alert').filter({ hasText: 'Please tick the consent' }).waitFor();
  await form.getByRole('checkbox', { name: 'Example Consulting may call me about my result.' }).check();
  await form.getByRole('button', { name: 'Send my details' }).click();
  await page.waitForFunction(() => window.completed.length === 2);
  const sent = await page.evaluate(() => window.completed[1]);
  assert.deepEqual(sent.contact, { name: 'Anna Müller', company: 'Bäckerei Nord', email: 'anna@example.com' });
  assert.equal(sent.score, 50);
  await form.getByRole('status').filter({ hasText: 'Thank you' }).waitFor();
  // The mail the call to action opens holds the details and the result link.
  const href = await frame.locator('.cta-button').getAttribute('href');
  const body = new URL(href).searchParams.get('body');
  assert.match(body, /^Name: Anna Müller\r\nCompany: Bäckerei Nord\r\nE-mail: anna@example.com\r\n\r\nhttp.*#sc1\./);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
  await contactHost.close();
});
