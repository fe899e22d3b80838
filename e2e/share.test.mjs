// Share links, bad links, saved models and files: what a consultant sends and receives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { deflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { useApp, openPage, chooseImportFile, FIXTURES } from './support.mjs';
import { axeViolations } from './axe.mjs';

const app = useApp();

const figure = (page, key) => page.locator(`[data-figure="${key}"] .figure-value`).first().textContent();

/** A link built by hand from docs/share-format.md: compact JSON → raw DEFLATE → base64url. */
const handMade = (json) => `kp1.${deflateRawSync(Buffer.from(JSON.stringify(json))).toString('base64url')}`;

async function demoPage(locale = 'en-US') {
  const opened = await openPage(app.browser, app.server.url, { locale });
  await opened.page.getByRole('button', { name: locale.startsWith('de') ? 'Demo-Modell laden' : 'Load the demo model' }).click();
  await opened.page.locator('.tp-row').first().waitFor();
  return opened;
}

test('a shared link opens in a fresh browser with the same figures, and can be kept as a copy', async () => {
  const { context, page, errors } = await demoPage();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByLabel(/Link to this model/).inputValue();
  assert.match(link, /#kp1\./);
  // The app's address, not the sender's view (`?view=share`): the receiver starts at the model.
  assert.equal(new URL(link).search, '', link);
  assert.equal(await page.locator('svg.qr').count(), 1);
  assert.deepEqual(await axeViolations(page), []);

  // An independent decoder (Python's zlib and json, from the format document) reads it.
  const decoded = JSON.parse(execFileSync('python3', ['tests/share_decode.py', 'decode', link.split('#')[1]], { encoding: 'utf8' }));
  assert.equal(decoded.touchpoints.length, 12);
  assert.equal(decoded.touchpoints[0].name, 'Search result');

  const other = await openPage(app.browser, link.replace(/^http:\/\/[^/]+\//, app.server.url), { locale: 'en-US' });
  await other.page.getByRole('heading', { name: /Shared model/ }).waitFor();
  assert.equal(await figure(other.page, 'index-ist'), '44');
  assert.equal(await figure(other.page, 'index-soll'), '84');
  assert.equal(new URL(other.page.url()).hash, '', 'the link is cleared from the address bar');
  await other.page.getByRole('button', { name: 'Keep as my copy' }).click();
  await other.page.locator('.tp-row').first().waitFor();
  assert.equal(await other.page.locator('.tp-row').count(), 12);
  // The fresh browser's blank first model gave way to the copy: no empty "Untitled" is left.
  await other.page.getByRole('button', { name: 'Models & files' }).click();
  assert.equal(await other.page.locator('.model-entry').count(), 1);
  assert.match(await other.page.locator('.model-entry').textContent(), /12 touchpoints/);
  assert.deepEqual(other.errors, []);
  await other.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('opening a link never replaces local work without a confirmation', async () => {
  const { context, page } = await demoPage();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByLabel(/Link to this model/).inputValue();
  // Local work changes after sharing: one more touchpoint.
  await page.getByRole('button', { name: 'Touchpoints', exact: true }).click();
  await page.getByRole('textbox', { name: 'Add a touchpoint' }).fill('Trade fair');
  await page.keyboard.press('Enter');
  await page.locator('.tp-row').nth(12).waitFor();
  await page.goto(link.replace(/^http:\/\/[^/]+\//, app.server.url));
  await page.getByRole('button', { name: 'Replace current model' }).click();
  await page.getByRole('alertdialog').waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Close without taking it' }).click();
  assert.equal(await page.locator('.tp-row').count(), 13, 'own work kept');
  await context.close();
});

// Each bad link and the words its message must contain.
const badLinks = {
  truncated: [async (good) => good.slice(0, Math.floor(good.length / 2)), /incomplete or damaged/],
  tampered: [async (good) => good.slice(0, 40) + (good[40] === 'A' ? 'B' : 'A') + good.slice(41), /damaged|no valid model/],
  foreign: [async () => 'state=eyJhIjoxfQ', /not a Kontaktpunkt link/],
  'unknown format': [async () => 'xy1.AAAA', /does not know the link format “xy1”/],
  'newer version': [async () => 'kp9.AAAA', /newer version \(link format 9\)/],
  oversized: [async () => `kp1.${'A'.repeat(70_000)}`, /too long/],
  'decompression bomb': [async () => handMade([0, [5], [], [['x'.repeat(10_000_000)]]]), /too large/],
  'rating out of range': [async () => handMade([0, [5], [], [['A'], [], [], [], [], [], [], [9]]]), /no valid model/],
  'unknown stage': [async () => handMade([0, [5], [], [['A'], [], [7]]]), /no valid model/],
  'duplicate ids': [async () => handMade([0, [5], [], [['A', 'B'], [0, -1]]]), /occurs twice/],
};

test('every kind of bad link gives a clear message and keeps the local work', async () => {
  const { context, page, errors } = await demoPage();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const good = (await page.getByLabel(/Link to this model/).inputValue()).split('#')[1];
  await page.getByRole('button', { name: 'Touchpoints', exact: true }).click();
  for (const [kind, [make, words]] of Object.entries(badLinks)) {
    await page.goto(`${app.server.url}#${await make(good)}`);
    const alert = page.getByRole('alert').filter({ hasText: 'That did not work' });
    await alert.waitFor();
    const text = await alert.textContent();
    assert.match(text, words, kind);
    assert.equal(await page.locator('.tp-row').count(), 12, `${kind}: local work intact`);
  }
  // The messages are in the user's language too.
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await page.goto(`${app.server.url}#${await badLinks.truncated[0](good)}`);
  await page.getByRole('alert').filter({ hasText: 'Das ging nicht' }).waitFor();
  assert.match(await page.getByRole('alert').filter({ hasText: 'Das ging nicht' }).textContent(), /unvollständig|beschädigt/);
  assert.deepEqual(errors.filter((e) => !e.includes('Failed to load resource')), []);
  await context.close();
});

test('a hand-made link from the format document opens', async () => {
  // 2 default stages (English), one touchpoint "Hotline" in stage 2, importance 4, Ist −1, Soll +1.
  const link = handMade([0, [5, 1], [], [['Hotline'], [], [1], [], [], [], [4], [2], [4]], [], ['Workshop']]);
  const { context, page } = await openPage(app.browser, `${app.server.url}#${link}`, { locale: 'en-US' });
  await page.getByRole('heading', { name: 'Shared model: Workshop' }).waitFor();
  // One touchpoint: Ist (−1 + 2)/4·100 = 25, Soll (1 + 2)/4·100 = 75.
  assert.equal(await figure(page, 'index-ist'), '25');
  assert.equal(await figure(page, 'index-soll'), '75');
  await context.close();
});

test('the 100-touchpoint CSV imports after a preview and exports every row back, in the interface\'s words', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url, { locale: 'en-US' });
  await page.getByRole('button', { name: 'Models & files' }).click();
  const fixture = join(FIXTURES, 'touchpoints-100.csv');
  await chooseImportFile(page, fixture);
  await page.getByText('touchpoints will be imported').waitFor();
  assert.equal(await page.locator('.csv-summary strong').textContent(), '100');
  await page.getByRole('button', { name: 'Import (100)' }).click();
  await page.getByRole('button', { name: 'Touchpoints', exact: true }).click();
  assert.match(await page.locator('.list-count').textContent(), /^100 of 100/);
  await page.getByRole('button', { name: 'Models & files' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export touchpoints as CSV (Excel)' }).click(),
  ]);
  const exported = await readFile(await download.path(), 'utf8');
  assert.ok(exported.startsWith('\ufeff'), 'a byte order mark for Excel');
  // Every field, headers and words in the interface's language; the same rows as the file.
  const lines = exported.slice(1).split('\r\n');
  assert.equal(lines[0], "Name,Description from the customer's view,Stage,Contact,Channel,Owner,Importance,Ist (today),Soll (target),Entry point,Exit point,Moment of truth,Disappointment factors,Okay factors,Delight factors,Decision");
  assert.equal(lines[1], 'Online ad,,Awareness,direct,online,Marketing,1,-1,2,no,no,no,,correct data,personal note | proactive status message,keep');
  const names = (await readFile(fixture, 'utf8')).trim().split('\n').slice(1).map((l) => l.split(',')[0]);
  assert.deepEqual(lines.slice(1, -1).map((l) => l.split(',')[0]), names);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a CSV with bad lines reports them by line, lists the stages it creates and imports nothing until confirmed', async () => {
  const { context, page } = await openPage(app.browser, app.server.url, { locale: 'en-US' });
  await page.getByRole('button', { name: 'Models & files' }).click();
  const header = 'name,stage,contact,channel,owner,importance,ist,soll,entry,exit,moment_of_truth,disappointment_factors,okay_factors,delight_factors';
  const csv = `${header}\nWebsite,information,direct,online,Marketing,4,1,2,0,0,0,,,\nHotline,nowhere,direct,offline,Service,3,0,1,0,0,0,,,\nInvoice,usage,direct,offline,Billing,9,0,1,0,0,0,,,\n`;
  await chooseImportFile(page, { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.locator('.csv-errors').waitFor();
  const problems = await page.locator('.csv-errors li').allTextContents();
  assert.equal(problems.length, 1);
  assert.match(problems[0], /^Line 4: .*importance.*9/);
  await page.getByText('New stages: nowhere').waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Touchpoints', exact: true }).click();
  assert.equal(await page.locator('.tp-row').count(), 0, 'nothing imported');
  await context.close();
});

test('a semicolon CSV from a German spreadsheet imports and exports so; many bad lines are listed up to 50 and counted', async () => {
  const { context, page } = await openPage(app.browser, app.server.url, { locale: 'de-DE' });
  await page.getByRole('button', { name: 'Modelle & Dateien' }).click();
  const header = 'name;stage;contact;channel;owner;importance;ist;soll;entry;exit;moment_of_truth;disappointment_factors;okay_factors;delight_factors';
  const bad = Array.from({ length: 60 }, (_, i) => `Flyer ${i};awareness;direct;offline;;9;0;1;0;0;0;;;`);
  const csv = [header, '"Rückruf; sofort";usage;direct;offline;Service;4;-1;1;0;0;1;;;', ...bad].join('\r\n');
  await chooseImportFile(page, { name: 'excel.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }, { de: true });
  await page.locator('.csv-errors').waitFor();
  assert.equal(await page.locator('.csv-summary strong').textContent(), '1');
  const problems = await page.locator('.csv-errors li').allTextContents();
  assert.equal(problems.length, 51);
  assert.match(problems[0], /^Zeile 3: Ungültiger Wert in Spalte „importance“: „9“/);
  assert.equal(problems[50], '… und weitere Zeilen mit Fehlern: 10');
  await page.getByRole('button', { name: 'Importieren (1)' }).click();
  await page.getByRole('button', { name: 'Kontaktpunkte', exact: true }).click();
  assert.equal(await page.locator('.tp-row').count(), 1);
  await page.getByText('Rückruf; sofort').first().waitFor();
  // and the export goes back the way German Excel opens it
  await page.getByRole('button', { name: 'Modelle & Dateien' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Kontaktpunkte als CSV exportieren (Excel)' }).click(),
  ]);
  const exported = (await readFile(await download.path(), 'utf8')).split('\r\n');
  assert.equal(exported[0], '\ufeffName;Beschreibung aus Kundensicht;Phase;Kontakt;Kanal;Verantwortlich;Wichtigkeit;Ist;Soll;Einstiegspunkt;Ausstiegspunkt;Moment der Wahrheit;Enttäuschungsfaktoren;Okay-Faktoren;Begeisterungsfaktoren;Entscheidung');
  assert.match(exported[1], /^"Rückruf; sofort";;[^;]+;[^;]+;[^;]+;Service;4;-1;1;/);
  await context.close();
});

test('a damaged stored model is kept aside, reported, and exportable', async () => {
  const context = await app.browser.newContext({ locale: 'en-US' });
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('kontaktpunkt.models', JSON.stringify({ current: 'm1', models: [{ id: 'm1', name: 'Workshop', updated: 0 }] }));
      localStorage.setItem('kontaktpunkt.model.m1', '{"version":1,"stages":[], "touchpoints": [');
    }
  });
  const page = await context.newPage();
  await page.goto(app.server.url);
  await page.getByText('A saved model was damaged').waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('kontaktpunkt.corrupt.m1')), '{"version":1,"stages":[], "touchpoints": [');
  await page.getByRole('button', { name: 'Models & files' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export raw data' }).click(),
  ]);
  assert.match(await readFile(await download.path(), 'utf8'), /touchpoints/);
  await context.close();
});

// Two tabs on one model merge (issue #31): the other tab's change arrives in this one, and
// this tab's own change afterwards reaches the other, neither replacing the other's.
test('a change in another tab is picked up, not silently overwritten', async () => {
  const { context, page } = await demoPage();
  const second = await context.newPage();
  await second.goto(app.server.url);
  await second.locator('.tp-row').first().waitFor();
  await page.getByRole('textbox', { name: 'Add a touchpoint' }).fill('Trade fair');
  await page.keyboard.press('Enter');
  await second.locator('.tp-row', { hasText: 'Trade fair' }).waitFor();
  assert.equal(await second.locator('.tp-row').count(), 13);
  await second.getByRole('textbox', { name: 'Add a touchpoint' }).fill('Pop-up store');
  await second.keyboard.press('Enter');
  await page.locator('.tp-row', { hasText: 'Pop-up store' }).waitFor();
  for (const tab of [page, second]) {
    assert.equal(await tab.locator('.tp-row').count(), 14);
    assert.equal(await tab.locator('.tp-row', { hasText: 'Trade fair' }).count(), 1);
  }
  await context.close();
});
