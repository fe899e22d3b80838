// The rater's page (dist/rate/, its own small build): a department head opens the round link
// on a phone, picks a group, rates three touchpoints one at a time (one "not experienced", one
// with a comment), gets the return link, reloads and finds the answer kept. The return link is
// read here byte by byte as docs/rating-rounds.md describes it. After one visit the page works
// offline. A damaged link says why.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { serve, launch, controlled, DIST } from './support.mjs';
import { axeViolations } from './axe.mjs';

const GOLDEN = resolve(import.meta.dirname, '..', 'core', 'tests', 'golden');
const PHONE = { width: 390, height: 844 };

let server;
let browser;
before(async () => {
  server = await serve(resolve(DIST, 'rate'));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A return link's answer, read as docs/rating-rounds.md describes the `ka1` content. */
function readAnswer(url) {
  const payload = url.split('#ka1.')[1];
  const bytes = inflateRawSync(Buffer.from(payload, 'base64url'));
  let at = 0;
  const varint = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[at++];
      value += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return value;
      shift += 7;
    }
  };
  const round = bytes.subarray(0, 16).toString('hex');
  at = 24;
  const group = varint();
  const sequence = varint();
  const flags = bytes[at++];
  const n = varint();
  const ratings = [...bytes.subarray(at, at + n)];
  at += n;
  const comments = [];
  if (flags & 2) {
    for (let i = 0; i < n; i++) {
      const len = varint();
      comments.push(bytes.subarray(at, at + len).toString('utf8'));
      at += len;
    }
  }
  assert.equal(at, bytes.length, 'nothing after the last field');
  return { round, group, sequence, ratings, comments };
}

test('a rater answers a round on a phone and gets the return link', async () => {
  const round = (await readFile(resolve(GOLDEN, 'round-3.txt'), 'utf8')).trim();
  const context = await browser.newContext({ locale: 'de-DE', viewport: PHONE });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(`${server.url}#${round}`);
  await page.getByRole('heading', { name: 'Kontaktpunkte bewerten' }).waitFor();
  assert.ok(await page.getByText('Bitte antworten Sie bis 2026-12-18.').isVisible());
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Service' }).click();

  // Touchpoint 1: importance 4, Ist +1.
  await page.getByRole('heading', { name: 'Online ad' }).waitFor();
  assert.ok(await page.getByText('Kontaktpunkt 1 von 3').isVisible());
  await page.locator('input[name="imp-0"][value="4"]').check();
  await page.locator('input[name="ist-0"][value="1"]').check();
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Weiter' }).click();
  // Touchpoint 2: not experienced.
  await page.getByRole('heading', { name: 'Print ad' }).waitFor();
  await page.getByLabel('Nicht erlebt: kann ich nicht beurteilen').check();
  await page.getByRole('button', { name: 'Weiter' }).click();
  // Touchpoint 3: importance 2, Ist −2 and a comment.
  await page.getByRole('heading', { name: 'Search result' }).waitFor();
  await page.locator('input[name="imp-2"][value="2"]').check();
  await page.locator('input[name="ist-2"][value="-2"]').check();
  await page.getByLabel('Kommentar (freiwillig)').fill('Hotline!');
  await page.getByRole('button', { name: 'Abschließen' }).click();

  await page.getByRole('heading', { name: 'Danke! Ihre Antwort' }).waitFor();
  const url = await page.locator('textarea.rate-link').inputValue();
  assert.ok(url.startsWith(server.url) && url.includes('#ka1.'), url);
  const answer = readAnswer(url);
  assert.equal(answer.round, '3f1a9c0752e48b610daa4719c25e7328');
  assert.equal(answer.group, 1);
  assert.ok(answer.sequence > 1_700_000_000, `sequence ${answer.sequence} is the time in seconds`);
  // importance | (Ist + 3) << 3; 64 = not experienced.
  assert.deepEqual(answer.ratings, [4 | (4 << 3), 64, 2 | (1 << 3)]);
  assert.deepEqual(answer.comments, ['', '', 'Hotline!']);
  const mail = await page.getByRole('link', { name: 'Per E-Mail senden' }).getAttribute('href');
  assert.ok(mail.startsWith('mailto:berater@example.com?subject='), mail);
  assert.ok(mail.includes(encodeURIComponent(url.split('#')[1])), 'the mail carries the link');
  assert.deepEqual(await axeViolations(page), []);

  // A reload keeps the answer; "change" goes back to the first touchpoint as rated.
  await page.reload();
  await page.getByRole('heading', { name: 'Danke! Ihre Antwort' }).waitFor();
  assert.deepEqual(readAnswer(await page.locator('textarea.rate-link').inputValue()).ratings, answer.ratings);
  await page.getByRole('button', { name: 'Antwort ändern' }).click();
  await page.getByRole('heading', { name: 'Online ad' }).waitFor();
  assert.ok(await page.locator('input[name="imp-0"][value="4"]').isChecked());
  assert.deepEqual(errors, []);
  await context.close();
});

test('after one visit the page opens the round link with the network off', async () => {
  const round = (await readFile(resolve(GOLDEN, 'round-3.txt'), 'utf8')).trim();
  const context = await browser.newContext({ locale: 'en-US', viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`${server.url}#${round}`);
  await page.getByRole('heading', { name: 'Rate touchpoints' }).waitFor();
  // Its own service worker (rate/sw.js) takes control after the first visit.
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: 'Customers' }).click();
  await page.getByRole('heading', { name: 'Online ad' }).waitFor();
  await context.close();
});

test('a damaged round link says why, in the browser language', async () => {
  const context = await browser.newContext({ locale: 'en-US', viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`${server.url}#kr1.AZoAZf8`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /^This link opens no rating round: The link is incomplete or damaged/);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});
