// A rating round from start to the model: the consultant starts a round of the 30 touchpoints
// of tests/fixtures/touchpoints-30.csv for three groups (Marketing and Service inside,
// Customers outside); seven raters answer it on phones from the round link, each in a browser
// of their own (one answers twice, one leaves three touchpoints "not experienced"); their
// return links come back in one block of text with a damaged link and a duplicate. The spread
// table must show the n, median and "disagree" flag this test computes from the ratings it
// chose, group medians only where a group has 3 ratings, disagreement first; "take the
// medians" sets Ist and undo takes it back; the round survives a reload. axe on every step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FIXTURES, controlled, useApp } from './support.mjs';
import { axeViolations } from './axe.mjs';
import { modelFromCsv, openSeeded } from './bench.mjs';

const app = useApp();
const PHONE = { width: 390, height: 844 };
const GROUPS = ['Marketing', 'Service', 'Customers'];

/**
 * The seven raters: their group and their ratings per touchpoint, [importance, Ist] or null
 * for "not experienced". Marketing and Customers have three raters, Service one; the
 * Customers' third rater has not experienced touchpoints 4, 9 and 14.
 */
const RATERS = [
  { group: 0, rate: (i) => [1 + (i % 5), ((i * 2) % 5) - 2] },
  { group: 0, rate: (i) => [1 + ((i + 1) % 5), ((i * 2 + 1) % 5) - 2] },
  { group: 0, rate: (i) => [1 + ((i * 3) % 5), (i % 3) - 1] },
  { group: 1, rate: (i) => [5 - (i % 5), ((i * 7) % 5) - 2] },
  { group: 2, rate: (i) => [3, (i % 2) * 2 - 1] },
  { group: 2, rate: (i) => [1 + ((i * 2) % 5), 2 - (i % 5)] },
  { group: 2, rate: (i) => ([4, 9, 14].includes(i) ? null : [2 + (i % 4), (i % 4) - 2]) },
];
/** The Service rater answers again: Ist +2 for every touchpoint this time. */
const SECOND = { group: 1, rate: (i) => [5 - (i % 5), 2] };

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  return (s[Math.floor((n - 1) / 2)] + s[Math.floor(n / 2)]) / 2;
}

/** Σ|x − median| / n, the average absolute deviation from the median. */
function adMd(values) {
  const m = median(values);
  return values.reduce((sum, v) => sum + Math.abs(v - m), 0) / values.length;
}

/** A figure as the app writes it in English: one decimal unless whole, U+2212 minus, + sign. */
function figure(v) {
  const text = Number.isInteger(v) ? String(Math.abs(v)) : Math.abs(v).toFixed(1);
  return v < 0 ? `−${text}` : v > 0 ? `+${text}` : text;
}

/** Answers one rater's round on a phone-sized page; returns the return link. */
async function answer(browser, roundUrl, rater, again = null) {
  const context = await browser.newContext({ locale: 'en-US', viewport: PHONE });
  const page = await context.newPage();
  await page.goto(roundUrl);
  await page.getByRole('heading', { name: 'Rate touchpoints' }).waitFor();
  await page.getByRole('button', { name: GROUPS[rater.group], exact: true }).click();
  const walk = async (r) => {
    for (let i = 0; i < 30; i++) {
      const rating = r.rate(i);
      if (rating) {
        await page.locator(`input[name="imp-${i}"][value="${rating[0]}"]`).check();
        await page.locator(`input[name="ist-${i}"][value="${rating[1]}"]`).check();
      } else {
        await page.getByLabel('Not experienced: I cannot judge it').check();
      }
      await page.getByRole('button', { name: i === 29 ? 'Finish' : 'Next' }).click();
    }
    await page.getByRole('heading', { name: 'Thank you! Your answer' }).waitFor();
    return page.locator('textarea.rate-link').inputValue();
  };
  const first = await walk(rater);
  let second = null;
  if (again) {
    // The page stamps an answer with the time in seconds: the second one is a second later.
    await page.waitForTimeout(1100);
    await page.getByRole('button', { name: 'Change my answer' }).click();
    second = await walk(again);
  }
  await context.close();
  return again ? [first, second] : first;
}

/** The spread table's rows as shown: the touchpoint's name and its cells' texts. */
function rows(page) {
  return page.$$eval('.spread-table tbody tr', (trs) =>
    trs.map((tr) => ({
      name: tr.querySelector('th').childNodes[0].textContent.trim(),
      cells: [...tr.querySelectorAll('td')].map((td) => td.innerText.trim()),
    })),
  );
}

test('a round of 30 touchpoints goes out to seven raters and its medians come back into the model', async () => {
  const model = modelFromCsv(await readFile(join(FIXTURES, 'touchpoints-30.csv'), 'utf8'));
  const names = model.touchpoints.map((t) => t.name);
  assert.equal(names.length, 30);
  const { context, page } = await openSeeded(app.browser, app.server.url, model, { once: true });
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.getByRole('button', { name: 'Rating round', exact: true }).click();
  await page.getByRole('heading', { name: 'Start a rating round' }).waitFor();

  // Groups: keep Marketing and Service of the model's owners, add the customers.
  for (const item of await page.locator('.round-groups li').allInnerTexts()) {
    const name = item.replace(/ \(internal\)[\s\S]*$/, '');
    if (!['Marketing', 'Service'].includes(name)) {
      await page.getByRole('button', { name: `Remove: ${name}`, exact: true }).click();
    }
  }
  await page.getByLabel('Customer segment or other group').fill('Customers');
  await page.getByLabel('Kind').selectOption('customer');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const groups = (await page.locator('.round-groups li').allInnerTexts()).map((t) => t.replace(/\s*Remove$/, ''));
  assert.deepEqual(groups, ['Marketing (internal)', 'Service (internal)', 'Customers (customers)']);
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Start the round' }).click();

  const roundUrl = await page.locator('#round-link').inputValue();
  assert.ok(roundUrl.startsWith(`${app.server.url}rate/#kr1.`), roundUrl);
  assert.equal(await page.locator('svg.qr').count(), 1);
  assert.deepEqual(await axeViolations(page), []);

  // Seven raters, each in a browser context of their own; the Service rater answers twice.
  const links = [];
  let twice;
  for (const [r, rater] of RATERS.entries()) {
    if (r === 3) {
      twice = await answer(app.browser, roundUrl, rater, SECOND);
      links.push(...twice);
    } else {
      links.push(await answer(app.browser, roundUrl, rater));
    }
  }
  const counted = RATERS.map((rater, r) => (r === 3 ? SECOND : rater));

  // One block of text: a mail thread with every link, a damaged one and a duplicate.
  const damaged = links[0].replace(/#ka1\.(.{30})/, (_, keep) => `#ka1.${keep.slice(0, 20)}`).slice(0, 60);
  const block = [
    'From: Marketing <m@example.com>',
    ...links.map((l, i) => `Answer ${i + 1}: ${l}`),
    `> quoted again: ${links[5]}`,
    `Broken: ${damaged}`,
    '-- ',
    'Sent from my phone',
  ].join('\n');
  await page.getByLabel('Text with return links').fill(block);
  await page.getByRole('button', { name: 'Find return links' }).click();
  const found = page.locator('.round-found');
  await found.waitFor();
  const items = await found.locator('.found-links li').allInnerTexts();
  assert.equal(items.length, links.length + 2);
  assert.equal(items.filter((t) => / duplicate: already taken/.test(t)).length, 1);
  assert.equal(items.filter((t) => / replaces this rater's earlier answer/.test(t)).length, 1);
  assert.equal(items.filter((t) => / damaged: /.test(t)).length, 1);
  // Per group: answers so far and after adding.
  const perGroup = await found.locator('tbody tr').allInnerTexts();
  assert.deepEqual(perGroup.map((t) => t.split('\t')), [
    ['Marketing', 'internal', '0', '3'],
    ['Service', 'internal', '0', '1'],
    ['Customers', 'customers', '0', '3'],
  ]);
  assert.deepEqual(await axeViolations(page), []);
  // Eight answers count: seven new ones, one of them replaced by the same rater's later one.
  await page.getByRole('button', { name: 'Add 8 answers' }).click();

  // The spread table, Ist shown: n, median and the flag per touchpoint as computed here.
  await page.locator('.spread-table').waitFor();
  const shown = await rows(page);
  assert.equal(shown.length, 30);
  const expected = names.map((name, i) => {
    const ratings = counted.map((r) => ({ group: r.group, rating: r.rate(i) })).filter((r) => r.rating);
    const ist = ratings.map((r) => r.rating[1]);
    const importance = ratings.map((r) => r.rating[0]);
    const groups = GROUPS.map((_, g) => ratings.filter((r) => r.group === g).map((r) => r.rating[1]));
    return {
      name,
      n: ist.length,
      median: median(ist),
      disagree: adMd(ist) > 0.8,
      sortKey: Math.max(adMd(ist), adMd(importance)),
      groups: groups.map((values) => (values.length >= 3 ? figure(median(values)) : null)),
    };
  });
  for (const row of shown) {
    const want = expected.find((e) => e.name === row.name);
    assert.ok(want, row.name);
    const [n, med, , , , flag, ...groupCells] = row.cells;
    assert.equal(n, String(want.n), `${row.name}: n`);
    assert.equal(med, figure(want.median), `${row.name}: median`);
    assert.equal(flag, want.disagree ? 'disagree' : '', `${row.name}: flag`);
    want.groups.forEach((g, k) => {
      if (g === null) assert.match(groupCells[k], /^–\s*hidden \(\d of at least 3\)$/, `${row.name}: group ${k} hidden`);
      else assert.equal(groupCells[k], g, `${row.name}: group ${k} median`);
    });
  }
  assert.ok(expected.some((e) => e.disagree) && expected.some((e) => !e.disagree), 'the ratings hold both');
  assert.ok(expected.some((e) => e.groups[2] === null) && expected.some((e) => e.groups[2] !== null));
  // Sorted by disagreement: the largest deviation of importance and Ist first.
  const keys = shown.map((r) => expected.find((e) => e.name === r.name).sortKey);
  assert.deepEqual(keys, [...keys].sort((a, b) => b - a));
  assert.deepEqual(await axeViolations(page), []);

  // The round and its answers survive a reload, once saved.
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('kontaktpunkt.model.m1')).rounds?.[0]?.answers.length === 7);
  await page.reload();
  await page.getByRole('button', { name: 'Rating round', exact: true }).click();
  await page.locator('.spread-table').waitFor();
  assert.deepEqual(await rows(page), shown);

  // Take the medians: Ist of every touchpoint becomes its median (a half step away from 0).
  const stored = () =>
    page.evaluate(() => JSON.parse(localStorage.getItem('kontaktpunkt.model.m1')).touchpoints.map((t) => t.ist ?? null));
  const before = await stored();
  const taken = expected.map((e) => Math.sign(e.median) * Math.round(Math.abs(e.median)));
  assert.notDeepEqual(before, taken, 'the medians differ from the model');
  await page.getByRole('button', { name: 'Take the medians of all touchpoints' }).click();
  await page.waitForFunction((want) => JSON.stringify(JSON.parse(localStorage.getItem('kontaktpunkt.model.m1')).touchpoints.map((t) => t.ist ?? null)) === want, JSON.stringify(taken));
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction((want) => JSON.stringify(JSON.parse(localStorage.getItem('kontaktpunkt.model.m1')).touchpoints.map((t) => t.ist ?? null)) === want, JSON.stringify(before));

  // A follow-up round of the flagged touchpoints becomes the round shown, beside the first.
  const flagged = expected.filter((e) => e.disagree).length;
  assert.ok(flagged > 0);
  await page.getByRole('button', { name: /^Follow-up round for the \d+ disagreements?$/ }).click();
  await page.getByLabel('Round', { exact: true }).waitFor();
  const options = await page.getByLabel('Round', { exact: true }).locator('option').allInnerTexts();
  assert.equal(options.length, 2);
  assert.match(options[0], /^Round 1: 30 touchpoints, 7 answers$/);
  assert.match(options[1], /^Round 2: \d+ touchpoints, 0 answers$/);
  assert.notEqual(await page.locator('#round-link').inputValue(), roundUrl);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('in German, a round without touchpoints is refused in words and the model keeps no round', async () => {
  const model = modelFromCsv(await readFile(join(FIXTURES, 'touchpoints-30.csv'), 'utf8'));
  const { context, page } = await openSeeded(app.browser, app.server.url, model, { lang: 'de', locale: 'de-DE' });
  await page.getByRole('button', { name: 'Bewertungsrunde', exact: true }).click();
  await page.getByRole('heading', { name: 'Bewertungsrunde starten' }).waitFor();
  await page.getByLabel('Ausgewählte').check();
  await page.getByRole('button', { name: 'Runde starten' }).click();
  await page.getByText('Es fehlt: Kontaktpunkt.').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  // Hand-picked: two touchpoints; the round link then names exactly those.
  await page.getByRole('checkbox', { name: model.touchpoints[0].name, exact: true }).check();
  await page.getByRole('checkbox', { name: model.touchpoints[5].name, exact: true }).check();
  const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem('kontaktpunkt.model.m1')).rounds ?? []);
  assert.deepEqual(await saved(), [], 'nothing kept before the start');
  await page.getByRole('button', { name: 'Runde starten' }).click();
  await page.getByRole('heading', { name: 'Link für die Bewertenden' }).waitFor();
  await page.waitForFunction(() => (JSON.parse(localStorage.getItem('kontaktpunkt.model.m1')).rounds ?? []).length === 1);
  assert.match(await page.getByLabel(/^Runde 1 \(\d+ Zeichen\)$/).inputValue(), /\/rate\/#kr1\.[A-Za-z0-9_-]+$/);
  assert.ok(await page.getByText('Noch keine Antworten.').isVisible());
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('a first visit fetches no part of the rating round view; opening it does, and after that it opens offline', async () => {
  const model = modelFromCsv(await readFile(join(FIXTURES, 'touchpoints-30.csv'), 'utf8'));
  const { context, page } = await openSeeded(app.browser, app.server.url, model);
  const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/views/')));
  assert.deepEqual(await fetched(), []);
  await page.getByRole('button', { name: 'Rating round', exact: true }).click();
  await page.getByRole('heading', { name: 'Start a rating round' }).waitFor();
  const loaded = await fetched();
  assert.ok(loaded.some((n) => n.endsWith('/views/entry.js')), loaded.join());
  assert.ok(loaded.some((n) => n.endsWith('.wasm')), loaded.join());

  // The service worker keeps the view's files: a reload with the network off (the page's
  // address keeps the view) still shows it.
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { name: 'Start a rating round' }).waitFor();
  await context.close();
});
