// The self-check widget as a prospect meets it on a consultancy's site: its own small build
// (dist/widget/), embedded by the script tag and by the generator's iframe code, on a host of
// the same site and on a host of another site (`localhost` against the app's `127.0.0.1`, so
// that the browser may deny the frame its storage). The host gets `completed` with the
// hand-computed figures; the bytes the frame downloaded are summed and printed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { serve, launch, DIST, LEVELS, completeCheck } from './support.mjs';
import { axeViolations } from './axe.mjs';

const EXAMPLES = resolve(import.meta.dirname, '..', 'examples');

let app;
let hostServer;
let hostHtml = '';
let browser;
before(async () => {
  // Compressed as a production static host sends it, so the byte count is what travels.
  app = await serve(DIST, { host: true, precompressed: true });
  hostServer = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostHtml);
  });
  await new Promise((ok) => hostServer.listen(0, '127.0.0.1', ok));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await new Promise((ok) => hostServer?.close(ok));
  await app?.close();
});

/** The host page's address: the same site as the app, or another one. */
const hostUrl = (site) => `http://${site === 'same' ? '127.0.0.1' : 'localhost'}:${hostServer.address().port}/`;

/** A host page holding `embed` and recording every message from the widget. */
function hostPage(embed) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example consultancy</title></head>
  <body><main><h1>Example Consulting</h1>${embed}</main>
  <script>
    window.received = [];
    addEventListener('message', (e) => { if (e.data && e.data.source === 'kontaktpunkt') window.received.push(e.data); });
  </script></body></html>`;
}

/** The generator's code for the given options, read from the Share view as a consultant copies it. */
async function generatorCode(id, { origin }) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.locator('#main').waitFor();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.locator('#embed-lang').selectOption('en');
  const fill = async (selector, value) => {
    await page.locator(selector).fill(value);
    await page.locator(selector).press('Tab');
  };
  await fill('#embed-title-input', 'Touchpoint self-check');
  await fill('#embed-cta-url', 'https://example.com/contact');
  await fill('#embed-origin', origin);
  await page.locator('#embed-accent').evaluate((input) => {
    input.value = '#0b7a5a';
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  const code = await page.locator(`#${id}`).inputValue();
  await context.close();
  return code;
}

for (const site of ['other', 'same']) {
  for (const kind of ['script tag', 'iframe code']) {
    test(`a host on ${site === 'same' ? 'the same' : 'another'} site embeds the widget by ${kind}; the host gets the result`, async () => {
      const url = hostUrl(site);
      const origin = new URL(url).origin;
      if (kind === 'script tag') {
        const template = await readFile(resolve(EXAMPLES, 'host.html'), 'utf8');
        const tag = template.match(/<script async src="http:\/\/127\.0\.0\.1:8080\/embed\.js"[\s\S]*?<\/script>/)[0];
        hostHtml = hostPage(tag.replace('http://127.0.0.1:8080/', app.url));
      } else {
        hostHtml = hostPage(await generatorCode('embed-iframe', { origin }));
      }
      const context = await browser.newContext({ locale: 'en-US' });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      const downloads = [];
      page.on('requestfinished', async (request) => {
        if (request.frame() === page.mainFrame()) return;
        const sizes = await request.sizes();
        downloads.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
      });
      await page.goto(url);
      const frame = page.frameLocator('iframe');
      await frame.getByRole('heading', { name: 'Touchpoint self-check' }).waitFor();
      await frame.getByText('Step 1 of 10').waitFor();
      const storage = await page.frames()[1].evaluate(() => {
        try {
          localStorage.setItem('kontaktpunkt.probe', '1');
          localStorage.removeItem('kontaktpunkt.probe');
          return 'allowed';
        } catch {
          return 'denied';
        }
      });
      // The recommendations are fetched once the first question is rendered (they show only
      // on the result): not part of the first load, however fast the test's network is.
      const advice = (d) => /\/widget\/advice-(de|en)\.txt$/.test(d.url);
      const firstLoad = downloads.filter((d) => d.url.startsWith(`${app.url}widget/`) && !advice(d));
      const bytes = firstLoad.reduce((sum, d) => sum + d.bytes, 0);
      console.log(`widget, ${site} site, ${kind}: storage ${storage}; first load ${bytes} B in ${firstLoad.length} requests`);
      assert.ok(firstLoad.length > 0 && firstLoad.length <= 5, firstLoad.map((d) => d.url).join('\n'));
      assert.ok(downloads.every((d) => d.url.startsWith(app.url)), 'the frame asks no other origin');
      assert.ok(!downloads.some((d) => /\/kontaktpunkt-[0-9a-f]+_bg\.wasm$/.test(d.url)), 'the workshop app is not loaded');
      // One wasm per language: an English check loads the English build only.
      assert.deepEqual(firstLoad.filter((d) => d.url.endsWith('.wasm')).map((d) => new URL(d.url).pathname.replace(/-[0-9a-f]+_bg/, '')), ['/widget/en/kontaktpunkt-widget.wasm']);
      if (kind === 'script tag') {
        await page.waitForFunction(() => ['ready', 'resize'].every((t) => window.received.some((m) => m.type === t)));
      }

      await completeCheck(frame);
      await page.waitForFunction(() => window.received.some((m) => m.type === 'completed'));
      const completed = await page.evaluate(() => window.received.find((m) => m.type === 'completed'));
      // Maturity: levels 3+2+1+4+0+2+3+1 = 16 of 32 → 50.
      assert.equal(completed.score, 50);
      assert.deepEqual(completed.factors.map((f) => f.level), LEVELS);
      // Ist: (4·(−1) + 2·(−2)) / 6 = −4/3 → (−4/3 + 2)/4·100 = 16.7 → 17; Soll: (4·1 + 2·0)/6 = 2/3 → 66.7 → 67 (as the page shows them).
      assert.equal(completed.index_ist, 17);
      assert.equal(completed.index_soll, 67);
      assert.equal(completed.touchpoints, undefined, 'no content without the host opting in');
      assert.equal(await frame.locator('[data-figure="maturity"] .figure-value').textContent(), '50');
      // The three recommendations, loaded apart in the page's language, are on the result.
      const adviceTexts = await frame.locator('.recommendation p').allTextContents();
      assert.equal(adviceTexts.length, 3);
      for (const text of adviceTexts) assert.ok(text.length > 60 && !text.includes('…'), text);
      assert.ok(downloads.some((d) => d.url.endsWith('/widget/advice-en.txt')), 'the English recommendations were fetched');
      // The radar's labels fit inside the chart.
      const cut = await frame.locator('svg.radar').evaluate((svg) => {
        const box = svg.viewBox.baseVal;
        return [...svg.querySelectorAll('.radar-label')]
          .map((t) => ({ text: t.textContent, b: t.getBBox() }))
          .filter(({ b }) => b.x < box.x || b.y < box.y || b.x + b.width > box.x + box.width || b.y + b.height > box.y + box.height)
          .map(({ text }) => text);
      });
      assert.deepEqual(cut, [], 'radar labels cut off');
      // The result link opens in the main app, not in the widget.
      const link = await frame.locator('#sc-link').inputValue();
      assert.ok(link.startsWith(`${app.url}#sc1.`), link);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test('without its recommendations file the widget still gives the result and says what is missing', async () => {
  hostHtml = hostPage(`<script async src="${app.url}embed.js" data-lang="en"></script>`);
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // The file is gone from the host, and then served damaged: neither takes the widget down.
  for (const answer of [{ status: 404, body: 'Not found' }, { status: 200, body: 'kaputt\n' }]) {
    await page.unroute(/advice-(de|en)\.txt$/).catch(() => {});
    await page.route(/advice-(de|en)\.txt$/, (route) => route.fulfill({ ...answer, contentType: 'text/plain' }));
    await page.goto(hostUrl('same'));
    const frame = page.frameLocator('iframe');
    await frame.getByText('Step 1 of 10').waitFor();
    await completeCheck(frame);
    await page.waitForFunction(() => window.received.some((m) => m.type === 'completed'));
    const alert = frame.locator('.selfcheck-problem[role=alert]');
    await alert.waitFor();
    const expected = answer.status === 404 ? 'The recommendations could not be loaded' : 'The recommendations are damaged (line 2)';
    assert.ok((await alert.textContent()).includes(expected), await alert.textContent());
    assert.equal(await frame.locator('.recommendation').count(), 3, 'the three gaps still show');
    assert.equal(await frame.locator('[data-figure="maturity"] .figure-value').textContent(), '50');
    await frame.getByRole('button', { name: 'Start over' }).click();
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("the first paint is the host's: title, colour and language before the wasm has run", async () => {
  hostHtml = hostPage(
    `<script async src="${app.url}embed.js" data-lang="de" data-title="Kontaktpunkte-Check der Beispiel GmbH" data-accent="#0b7a5a"></script>`,
  );
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  // The wasm is held back: what shows is the static boot alone.
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(hostUrl('other'));
  await page.waitForFunction(() => document.querySelector('iframe')?.src.includes('/widget/'));
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await frame.waitForSelector('.boot-title');
  const boot = await frame.evaluate(() => {
    const visible = (el) => el.getClientRects().length > 0;
    return {
      title: getComputedStyle(document.querySelector('.boot-title'), '::before').content,
      lang: document.documentElement.lang,
      accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
      shown: [...document.querySelectorAll('.boot [lang]')].filter(visible).map((el) => el.lang),
      question: [...document.querySelectorAll('.boot .question-text')].filter(visible).map((el) => el.textContent),
      app: document.querySelector('#main') !== null,
      header: document.querySelector('.boot-bar') !== null,
    };
  });
  assert.equal(boot.title, '"Kontaktpunkte-Check der Beispiel GmbH"');
  assert.equal(boot.lang, 'de');
  assert.equal(boot.accent, '#0b7a5a');
  assert.ok(boot.shown.length > 0 && boot.shown.every((l) => l === 'de'), `only German shows: ${boot.shown}`);
  assert.deepEqual(boot.question, ['Wie klar sind die Ziele Ihres Kontaktpunkt-Managements?']);
  assert.equal(boot.app, false, 'the wasm has not run yet');
  assert.equal(boot.header, false, "never the app's own header");
  release();
  await page.frameLocator('iframe').getByRole('heading', { name: 'Kontaktpunkte-Check der Beispiel GmbH' }).waitFor();
  await page.frameLocator('iframe').getByText('Schritt 1 von 10').waitFor();
  await context.close();
});

test('an embed made for the main app (?mode=selfcheck) is forwarded to the widget with its options', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${app.url}?mode=selfcheck&lang=de&title=Alter%20Link#x`);
  await page.getByRole('heading', { name: 'Alter Link' }).waitFor();
  const url = new URL(page.url());
  assert.equal(url.pathname, '/widget/');
  assert.equal(url.searchParams.get('lang'), 'de');
  assert.equal(url.hash, '#x');
  await context.close();
});
