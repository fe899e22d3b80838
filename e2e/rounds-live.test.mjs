// A rating round that collects through the relay (issue #31, item 8): the app and the rater's
// page are served naming a relay started for the test (as KONTAKTPUNKT_RELAY does at build
// time, scripts/postbuild.mjs). The consultant starts a round; its link carries the round's
// room and key. A rater in another browser opens it (the sync worker is not fetched until
// they finish), answers and finishes; the page says the answer was sent, and the consultant's
// open rounds view counts it without any pasting. After a reload the view listens again. No
// frame the relay carried holds a touchpoint's name, the answer or its comment in clear text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, FIXTURES, launch, serve } from './support.mjs';
import { startRelay } from './relay.mjs';
import { axeViolations } from './axe.mjs';
import { modelFromCsv, openSeeded } from './bench.mjs';

const PHONE = { width: 390, height: 844 };
const COMMENT = 'Die Hotline war wunderbar geduldig';

let relay, dir, server, browser;

/** Names `relay` in a page of the copied build: its meta tag and its CSP's connect-src. */
async function nameRelay(file) {
  const html = await readFile(file, 'utf8');
  const named = html
    .replace('name="kontaktpunkt-relay" content=""', `name="kontaktpunkt-relay" content="${relay.url}"`)
    .replace(/connect-src ([^;"]*)/, `connect-src $1 ${relay.url}/`);
  assert.notEqual(named, html, `${file} has the relay's meta tag`);
  await writeFile(file, named);
}

before(async () => {
  relay = await startRelay();
  dir = await mkdtemp(join(tmpdir(), 'kp-rounds-live-'));
  await cp(DIST, dir, { recursive: true });
  await nameRelay(join(dir, 'index.html'));
  await nameRelay(join(dir, 'rate', 'index.html'));
  server = await serve(dir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await relay?.close();
  await rm(dir, { recursive: true, force: true });
});

test("an answer sent from the rater's page arrives in the open rounds view through the relay", async () => {
  const model = modelFromCsv(await readFile(join(FIXTURES, 'touchpoints-30.csv'), 'utf8'));
  const names = model.touchpoints.map((t) => t.name);
  const { context, page } = await openSeeded(browser, server.url, model, { once: true });
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.getByRole('button', { name: 'Rating round', exact: true }).click();
  await page.getByRole('heading', { name: 'Start a rating round' }).waitFor();
  await page.getByLabel('A comment per touchpoint').check();
  await page.getByLabel('Hand-picked').check();
  await page.getByRole('checkbox', { name: names[0], exact: true }).check();
  await page.getByRole('checkbox', { name: names[5], exact: true }).check();
  await page.getByRole('button', { name: 'Start the round' }).click();

  const roundUrl = await page.locator('#round-link').inputValue();
  assert.match(roundUrl, /\/rate\/#kr1\.[A-Za-z0-9_-]+\.ks1\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
  const live = page.locator('.live-arrived');
  await live.filter({ hasText: '0 answers arrived live.' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);

  // The rater, in a browser of their own.
  const rater = await browser.newContext({ locale: 'en-US', viewport: PHONE });
  const ratePage = await rater.newPage();
  const fetched = [];
  ratePage.on('request', (r) => fetched.push(r.url()));
  await ratePage.goto(roundUrl);
  await ratePage.getByRole('heading', { name: 'Rate touchpoints' }).waitFor();
  assert.match(await ratePage.locator('.rate-start').innerText(), /At the end, your answer goes to the consultant, encrypted\./);
  await ratePage.getByRole('button', { name: 'Sales', exact: true }).click();
  await ratePage.locator('input[name="imp-0"][value="4"]').check();
  await ratePage.locator('input[name="ist-0"][value="-1"]').check();
  await ratePage.getByLabel('Comment (optional)').fill(COMMENT);
  await ratePage.getByRole('button', { name: 'Next' }).click();
  await ratePage.locator('input[name="imp-1"][value="2"]').check();
  await ratePage.locator('input[name="ist-1"][value="1"]').check();
  assert.deepEqual(fetched.filter((u) => u.includes('sync-worker')), [], 'the worker is not fetched before the end');
  await ratePage.getByRole('button', { name: 'Finish' }).click();
  await ratePage.getByRole('status').filter({ hasText: 'Sent to the consultant.' }).waitFor();
  const returnLink = await ratePage.locator('textarea.rate-link').inputValue();
  assert.match(returnLink, /#ka1\./);
  assert.deepEqual(await axeViolations(ratePage), []);

  // The consultant's open view counts it, with nothing pasted.
  await live.filter({ hasText: '1 answer arrived live.' }).waitFor();
  const answer = returnLink.split('#')[1];
  await page.waitForFunction(
    (want) => JSON.stringify(JSON.parse(localStorage.getItem('kontaktpunkt.model.m1')).rounds?.[0]?.answers) === want,
    JSON.stringify([answer]),
  );
  assert.equal(await page.getByText('No answers yet.').count(), 0);
  await page.locator('.spread-table').waitFor();
  assert.equal(await page.getByLabel('Text with return links').inputValue(), '');
  assert.deepEqual(await axeViolations(page), []);

  // After a reload the kept round listens again: the room still holds the answer.
  await page.reload();
  await page.getByRole('button', { name: 'Rating round', exact: true }).click();
  await page.locator('.live-arrived').filter({ hasText: '1 answer arrived live.' }).waitFor();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('kontaktpunkt.model.m1')).rounds[0].answers);
  assert.deepEqual(stored, [answer], 'the same answer once, not added twice');

  const frames = await relay.frames();
  assert.ok(frames.length > 0);
  for (const frame of frames) {
    for (const secret of [...names, answer, answer.slice(4, 40), COMMENT, 'Hotline war']) {
      assert.ok(!frame.includes(Buffer.from(secret)), `a frame holds ${JSON.stringify(secret)} in clear text`);
    }
  }
  assert.deepEqual(errors, []);
  await rater.close();
  await context.close();
});
