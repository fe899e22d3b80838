// Spreadsheets in (issue 16): files the tests write themselves, byte by byte, imported through
// the dialog as a user would: file chooser, preview, mapping selects, target, confirmation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { deflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { useApp, openPage, chooseImportFile, controlled, FIXTURES } from './support.mjs';
import { modelFromCsv, openSeeded } from './bench.mjs';
import { axeViolations } from './axe.mjs';

const app = useApp();

let dir;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kontaktpunkt-import-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes `bytes` to a file of that name in the test's folder and returns its path. */
async function file(name, bytes) {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

// Windows-1252 by hand: ASCII and Latin-1 letters are their own code (ä 0xE4, ö 0xF6,
// ü 0xFC, ß 0xDF, …); the few characters Windows puts into 0x80–0x9F are mapped here.
const CP1252_EXTRA = { '€': 0x80, '„': 0x84, '–': 0x96, '“': 0x93 };
function windows1252(text) {
  return Buffer.from(
    [...text].map((c) => {
      if (c in CP1252_EXTRA) return CP1252_EXTRA[c];
      const code = c.codePointAt(0);
      assert.ok(code < 0x80 || (code >= 0xa0 && code <= 0xff), `no Windows-1252 byte for ${c}`);
      return code;
    }),
  );
}

/** Excel's "Unicode text": UTF-16 little endian with its byte order mark. */
const utf16le = (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

// A zip archive by hand (APPNOTE.TXT): each entry deflated with node's zlib, a local header
// before it, the central directory and its end record after the last one.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => (bytes.reduce((c, b) => CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;
function zip(entries) {
  const locals = [];
  const directory = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const content = Buffer.from(text, 'utf8');
    const data = deflateRawSync(content);
    const fields = Buffer.alloc(26);
    fields.writeUInt16LE(20, 0); // version needed
    fields.writeUInt16LE(0x0800, 2); // flags: UTF-8 names
    fields.writeUInt16LE(8, 4); // deflate
    fields.writeUInt32LE(crc32(content), 10);
    fields.writeUInt32LE(data.length, 14);
    fields.writeUInt32LE(content.length, 18);
    fields.writeUInt16LE(Buffer.byteLength(name), 22);
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), fields, nameBytes, data]);
    const tail = Buffer.alloc(14); // comment length, disk, attributes, then the local header's offset
    tail.writeUInt32LE(offset, 10);
    directory.push(Buffer.concat([Buffer.from('PK\x01\x02', 'latin1'), Buffer.from([20, 0]), fields, tail, nameBytes]));
    locals.push(local);
    offset += local.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.write('PK\x05\x06', 0, 'latin1');
  end.writeUInt16LE(directory.length, 8);
  end.writeUInt16LE(directory.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const xmlText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** An Excel workbook of one sheet, as Excel writes it: every text a shared string, numbers as
 * values, cell references with gaps where a row has no cell. `rows`: arrays of strings,
 * numbers or null (no cell). */
const xlsx = (rows) => workbook([{ name: 'Kontaktpunkte', rows }]);

/** A workbook of several sheets (`{ name, rows }` each, rows as for `xlsx`) whose sheet at
 * `activeTab` Excel saved in front. */
function workbook(sheets, activeTab) {
  const strings = [];
  const index = (s) => (strings.includes(s) ? strings.indexOf(s) : strings.push(s) - 1);
  const column = (i) => String.fromCharCode(65 + i);
  const sheetXml = (rows) =>
    rows
      .map((cells, r) => {
        const cs = cells
          .map((v, c) => {
            const ref = `${column(c)}${r + 1}`;
            if (v === null) return '';
            if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
            return `<c r="${ref}" t="s"><v>${index(v)}</v></c>`;
          })
          .join('');
        return cs ? `<row r="${r + 1}">${cs}</row>` : '';
      })
      .join('');
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const view = activeTab === undefined ? '' : `<bookViews><workbookView activeTab="${activeTab}"/></bookViews>`;
  const parts = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook ${ns} xmlns:r="${rel}">${view}<sheets>${sheets
      .map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('')}<Relationship Id="rIdS" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  };
  sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${ns}><sheetData>${sheetXml(s.rows)}</sheetData></worksheet>`;
  });
  parts['xl/sharedStrings.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst ${ns} count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${xmlText(s)}</t></si>`).join('')}</sst>`;
  return zip(parts);
}

const figure = (page, key) => page.locator(`[data-figure="${key}"] .figure-value`).first().textContent();
const row = (page, name) => page.locator('.tp-row', { has: page.getByRole('button', { name, exact: true }) });
const dialog = (page, title) => page.getByRole('region', { name: title });
/** The target a column's select shows. */
const mappedTo = (page, label) => page.getByLabel(label, { exact: true }).locator('option:checked').textContent();

/** Opens a touchpoint's editor and reads the value or the chosen option of its fields. */
async function editor(page, name, locale) {
  await row(page, name).getByRole('button', { name, exact: true }).click();
  const region = page.getByRole('region', { name: `${locale === 'de' ? 'Bearbeiten' : 'Edit'}: ${name}` });
  await region.waitFor();
  const chosen = (label) => region.getByLabel(label, { exact: true }).locator('option:checked').textContent();
  return { region, chosen };
}

test('a German Excel CSV in Windows-1252 imports as a new model named after the file, umlauts intact', async () => {
  const csv = [
    'Kontaktpunkt;Phase;Art;Kanal;Verantwortlich;Bedeutung (1-5);Ist;Soll;Bemerkung',
    'Auftragsbestätigung;Kauf;unmittelbar;online;Geschäftsführung;5;-1;2;Kommt oft zu spät',
    'Messestand;Aufmerksamkeit;unmittelbar;offline;Vertrieb;3;1;1;',
    'Empfehlung durch Kunden;Bindung & Empfehlung;mittelbar;offline;Geschäftsführung;4;0;+2;„Größter Hebel“ – laut Workshop',
    'Kundenportal;Nutzung & Service;unmittelbar;beides;Kundenbetreuung Süd;2;-2;1;"Login schwierig; Passwort vergessen"',
    'Rückruf-Service;Information;unmittelbar;offline;Kundenbetreuung Süd;4;positiv;begeisternd;Gebühr 5 €',
    '',
  ].join('\r\n');
  const bytes = windows1252(csv);
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'the file is not UTF-8');
  const path = await file('Kontaktpunkte Müller GmbH.csv', bytes);

  const { context, page, errors } = await openPage(app.browser, app.server.url, { locale: 'de-DE' });
  await page.getByRole('button', { name: 'Modelle & Dateien' }).click();
  await chooseImportFile(page, path, { de: true });
  const preview = dialog(page, 'Kontaktpunkte aus einer Tabelle importieren');
  await preview.getByRole('table', { name: 'Die ersten Zeilen der Datei' }).waitFor();

  // The preview shows the decoded text: umlauts, ß and € right, before anything is imported.
  const sample = preview.getByRole('table', { name: 'Die ersten Zeilen der Datei' });
  await sample.getByRole('cell', { name: 'Auftragsbestätigung', exact: true }).waitFor();
  assert.equal(await sample.getByRole('cell', { name: 'Geschäftsführung', exact: true }).count(), 2);
  await sample.getByRole('cell', { name: 'Login schwierig; Passwort vergessen', exact: true }).waitFor();
  await sample.getByRole('cell', { name: 'Gebühr 5 €', exact: true }).waitFor();
  // Every German header is recognised; the notes column goes to the description.
  assert.equal(await mappedTo(page, 'Spalte der Datei Kontaktpunkt: wird zu'), 'Name');
  assert.equal(await mappedTo(page, 'Spalte der Datei Art: wird zu'), 'Kontakt');
  assert.equal(await mappedTo(page, 'Spalte der Datei Bedeutung (1-5): wird zu'), 'Wichtigkeit');
  assert.equal(await mappedTo(page, 'Spalte der Datei Bemerkung: wird zu'), 'an die Beschreibung anhängen');
  // The app's own words as values, shown as they will be imported.
  const imported = preview.getByRole('table', { name: 'So werden sie importiert' });
  const previewRow = (name) => imported.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
  assert.deepEqual(
    await previewRow('Empfehlung durch Kunden').getByRole('cell').allTextContents(),
    ['Empfehlung durch Kunden', 'Bindung & Empfehlung', 'mittelbar', 'offline', 'Geschäftsführung', '4', '+0', '+2', '„Größter Hebel“ – laut Workshop'],
  );
  assert.deepEqual(
    await previewRow('Rückruf-Service').getByRole('cell').allTextContents(),
    ['Rückruf-Service', 'Information', 'unmittelbar', 'offline', 'Kundenbetreuung Süd', '4', '+1', '+2', 'Gebühr 5 €'],
  );
  // Geschäftsführung is the default owner; the one new owner is listed once, no new stages.
  await preview.getByText('Neue Verantwortliche: Kundenbetreuung Süd', { exact: true }).waitFor();
  assert.equal(await preview.getByText('Neue Phasen:').count(), 0);
  assert.equal(await preview.locator('.csv-errors').count(), 0);
  assert.deepEqual(await axeViolations(page), []);

  await preview.getByRole('radio', { name: 'als neues Modell' }).check();
  assert.equal(await preview.locator('.csv-summary strong').textContent(), '5');
  await preview.getByRole('button', { name: 'Importieren (5)' }).click();

  // A second model, named after the file, is now the current one.
  const entry = page.locator('.model-entry', { hasText: 'Kontaktpunkte Müller GmbH' });
  await entry.locator('.badge', { hasText: 'aktuell' }).waitFor();
  assert.equal(await page.locator('#model-title').inputValue(), 'Kontaktpunkte Müller GmbH');

  await page.getByRole('button', { name: 'Kontaktpunkte', exact: true }).click();
  await page.locator('.tp-row').first().waitFor();
  assert.equal(await page.locator('.tp-row').count(), 5);
  assert.equal(await row(page, 'Messestand').locator('.chip:not(.chip-owner)').textContent(), 'Aufmerksamkeit');
  assert.equal(await row(page, 'Rückruf-Service').locator('.chip:not(.chip-owner)').textContent(), 'Information');
  // Importance Σ 5+3+4+2+4 = 18.
  // Ist:  5·(−1) + 3·1 + 4·0 + 2·(−2) + 4·1 = −2  → (−2/18 + 2)/4·100 = 47.2 → 47
  // Soll: 5·2 + 3·1 + 4·2 + 2·1 + 4·2 = 31       → (31/18 + 2)/4·100 = 93.1 → 93
  assert.equal(await figure(page, 'index-ist'), '47');
  assert.equal(await figure(page, 'index-soll'), '93');

  // The two rows with Geschäftsführung share one owner.
  const owners = await page.locator('#f-owner option').allTextContents();
  assert.equal(owners.filter((o) => o === 'Geschäftsführung').length, 1);
  assert.equal(owners.filter((o) => o === 'Kundenbetreuung Süd').length, 1);
  await page.locator('#f-owner').selectOption({ label: 'Geschäftsführung' });
  await page.locator('.list-count', { hasText: /^2 von 5/ }).waitFor();
  await page.locator('#f-owner').selectOption({ index: 0 });
  await page.locator('.list-count', { hasText: /^5 von 5/ }).waitFor();

  const first = await editor(page, 'Auftragsbestätigung', 'de');
  assert.equal(await first.region.getByLabel('Beschreibung aus Kundensicht').inputValue(), 'Kommt oft zu spät');
  assert.equal(await first.chosen('Phase'), 'Kauf');
  assert.equal(await first.chosen('Verantwortlich'), 'Geschäftsführung');
  assert.equal(await first.chosen('Kontakt'), 'unmittelbar');
  const portal = await editor(page, 'Kundenportal', 'de');
  assert.equal(await portal.chosen('Kanal'), 'beides');
  assert.equal(await portal.chosen('Verantwortlich'), 'Kundenbetreuung Süd');
  assert.equal(await portal.region.getByLabel('Beschreibung aus Kundensicht').inputValue(), 'Login schwierig; Passwort vergessen');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an English UTF-16 tab-separated file replaces the current model after a confirmation; undo brings it back', async () => {
  const tsv = [
    'Touchpoint\tStage\tContact type\tChannel\tDepartment\tScore\tCurrent experience\tTarget experience\tMoment of truth\tNotes',
    'Online shop\tPurchase\tdirect\tonline\tSales\t5\tdisappointing\tdelightful\tyes\tCheckout takes too long',
    'Delivery\tUsage & Service\tindirect\toffline\tLogistics\t4\t0\t+2\tno\t',
    'Newsletter\tLoyalty & Referral\tdirect\tonline\tMarketing\t2\tpositive\tpositive\t\t',
    'Café lounge\tAwareness\tdirect\toffline\tCustomer Care Zürich\t3\t-2\t+1\tx\t"Coffee, cake; and ""free"" Wi-Fi"',
    '',
  ].join('\r\n');
  const path = await file('unicode-text.txt', utf16le(tsv));

  const { context, page, errors } = await openPage(app.browser, app.server.url, { locale: 'en-US' });
  await page.getByRole('button', { name: 'Load the demo model' }).click();
  await page.locator('.tp-row').first().waitFor();
  assert.equal(await page.locator('.tp-row').count(), 12);
  assert.equal(await figure(page, 'index-ist'), '44');
  assert.equal(await figure(page, 'index-soll'), '84');

  await page.getByRole('button', { name: 'Models & files' }).click();
  const title = await page.locator('#model-title').inputValue();
  await chooseImportFile(page, path);
  const preview = dialog(page, 'Import touchpoints from a spreadsheet');
  const sample = preview.getByRole('table', { name: 'The first lines of the file' });
  await sample.getByRole('cell', { name: 'Café lounge', exact: true }).waitFor();
  await sample.getByRole('cell', { name: 'Coffee, cake; and "free" Wi-Fi', exact: true }).waitFor();
  await preview.getByText('New owners: Customer Care Zürich', { exact: true }).waitFor();

  // "Score" is no header the app knows: not imported, so importance takes its default …
  assert.equal(await mappedTo(page, 'Column of the file Score: becomes'), 'do not import');
  const defaults = preview.locator('.sheet-defaults li');
  assert.ok((await defaults.allTextContents()).includes('Importance: medium'));
  // … until the user maps it.
  await page.getByLabel('Column of the file Score: becomes', { exact: true }).selectOption({ label: 'Importance' });
  await defaults.filter({ hasText: 'Importance' }).waitFor({ state: 'detached' });
  assert.equal(await mappedTo(page, 'Column of the file Current experience: becomes'), 'Ist (today)');
  assert.equal(await mappedTo(page, 'Column of the file Notes: becomes'), 'append to the description');
  assert.deepEqual(await axeViolations(page), []);

  await preview.getByRole('radio', { name: 'replace the current model' }).check();
  await preview.getByRole('button', { name: 'Import (4)' }).click();
  // Nothing is replaced on the first click: the dialog asks.
  // The app asks (the import view, a module of its own, only proposes).
  const ask = page.getByRole('alertdialog', { name: 'replace the current model' });
  await ask.waitFor();
  assert.match(await ask.textContent(), /Replacing removes from the current model: 12 touchpoints\b.*Undo stays possible/);
  assert.deepEqual(await axeViolations(page), []);
  await ask.getByRole('button', { name: 'Yes, replace (4)' }).click();
  await preview.waitFor({ state: 'detached' });

  // Same model, same title, new content.
  assert.equal(await page.locator('.model-entry').count(), 1);
  assert.equal(await page.locator('#model-title').inputValue(), title);
  await page.getByRole('button', { name: 'Touchpoints', exact: true }).click();
  await page.locator('.tp-row').first().waitFor();
  assert.equal(await page.locator('.tp-row').count(), 4);
  assert.equal(await row(page, 'Café lounge').locator('.chip:not(.chip-owner)').textContent(), 'Awareness');
  assert.equal(await row(page, 'Online shop').locator('.badge-flag').textContent(), 'Moment of truth');
  assert.equal(await row(page, 'Café lounge').locator('.badge-flag').textContent(), 'Moment of truth');
  assert.equal(await row(page, 'Delivery').locator('.badge-flag').count(), 0);
  // Importance (the mapped Score) Σ 5+4+2+3 = 14.
  // Ist:  5·(−1) + 4·0 + 2·1 + 3·(−2) = −9  → (−9/14 + 2)/4·100 = 33.9 → 34
  // Soll: 5·2 + 4·2 + 2·1 + 3·1 = 23       → (23/14 + 2)/4·100 = 91.1 → 91
  assert.equal(await figure(page, 'index-ist'), '34');
  assert.equal(await figure(page, 'index-soll'), '91');
  const cafe = await editor(page, 'Café lounge', 'en');
  assert.equal(await cafe.chosen('Owner'), 'Customer Care Zürich');
  assert.equal(await cafe.chosen('Channel'), 'offline');
  assert.equal(await cafe.region.getByLabel("Description from the customer's view").inputValue(), 'Coffee, cake; and "free" Wi-Fi');
  const delivery = await editor(page, 'Delivery', 'en');
  assert.equal(await delivery.chosen('Contact'), 'indirect');
  assert.equal(await delivery.chosen('Stage'), 'Usage & Service');

  // One undo, and the demo model is back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await row(page, 'Café lounge').waitFor({ state: 'detached' });
  assert.equal(await page.locator('.tp-row').count(), 12);
  assert.equal(await figure(page, 'index-ist'), '44');
  assert.equal(await figure(page, 'index-soll'), '84');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file with only a name column imports with the defaults the preview names', async () => {
  const path = await file('names.csv', Buffer.from('Name\nWebsite\nHotline\nShowroom\n'));
  const { context, page, errors } = await openPage(app.browser, app.server.url, { locale: 'en-US' });
  await page.getByRole('button', { name: 'Models & files' }).click();
  await chooseImportFile(page, path);
  const preview = dialog(page, 'Import touchpoints from a spreadsheet');
  await preview.getByText('No column, so the default:').waitFor();
  assert.deepEqual(await preview.locator('.sheet-defaults li').allTextContents(), [
    'Stage: the first stage',
    'Contact: direct',
    'Channel: online',
    'Owner: no owner',
    'Importance: medium',
    'Ist (today): not rated',
    'Soll (target): not rated',
    'Entry point: no',
    'Exit point: no',
    'Moment of truth: no',
    'Disappointment factors: none',
    'Okay factors: none',
    'Delight factors: none',
    'Decision: keep',
  ]);
  assert.deepEqual(await axeViolations(page), []);
  await preview.getByRole('button', { name: 'Import (3)' }).click();

  await page.getByRole('button', { name: 'Touchpoints', exact: true }).click();
  await page.locator('.tp-row').first().waitFor();
  assert.equal(await page.locator('.tp-row').count(), 3);
  for (const name of ['Website', 'Hotline', 'Showroom']) {
    assert.equal(await row(page, name).locator('.chip:not(.chip-owner)').textContent(), 'Awareness', name);
  }
  // Nothing is rated: no index yet.
  assert.equal(await figure(page, 'index-ist'), 'no data');
  assert.equal(await figure(page, 'index-soll'), 'no data');
  const website = await editor(page, 'Website', 'en');
  assert.equal(await website.chosen('Owner'), 'no owner');
  assert.equal(await website.chosen('Contact'), 'direct');
  assert.equal(await website.chosen('Channel'), 'online');
  assert.equal(await website.chosen('Decision'), 'keep');
  const importance = row(page, 'Website').getByRole('group', { name: 'Importance', exact: true });
  assert.equal(await importance.locator('input:checked').getAttribute('aria-label'), '3 medium');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an Excel workbook (.xlsx) imports as a new model: shared strings with umlauts, numbers, gaps', async () => {
  const path = await file(
    'Kundenreise Bäckerei Süß.xlsx',
    xlsx([
      ['Kontaktpunkt', 'Phase', 'Kanal', 'Verantwortlich', 'Bedeutung', 'Ist', 'Soll', 'Bemerkung'],
      ['Auftragsbestätigung', 'Kauf', 'online', 'Geschäftsführung', 5, -1, 2, 'Größter Hebel & <Workshop>'],
      ['Schaufenster', 'Aufmerksamkeit', 'offline', null, 3, 1, 1, null],
      [],
      ['Kundenkarte', 'Bindung & Empfehlung', 'beides', 'Kundenbetreuung Süd', 4, 0, 2, 'Stempel für jedes 10. Brötchen'],
    ]),
  );
  const { context, page, errors } = await openPage(app.browser, app.server.url, { locale: 'de-DE' });
  await page.getByRole('button', { name: 'Modelle & Dateien' }).click();
  await chooseImportFile(page, path, { de: true });
  const preview = dialog(page, 'Kontaktpunkte aus einer Tabelle importieren');
  const sample = preview.getByRole('table', { name: 'Die ersten Zeilen der Datei' });
  await sample.getByRole('cell', { name: 'Auftragsbestätigung', exact: true }).waitFor();
  await sample.getByRole('cell', { name: 'Größter Hebel & <Workshop>', exact: true }).waitFor();
  assert.equal(await mappedTo(page, 'Spalte der Datei Kontaktpunkt: wird zu'), 'Name');
  assert.equal(await mappedTo(page, 'Spalte der Datei Bedeutung: wird zu'), 'Wichtigkeit');
  const imported = preview.getByRole('table', { name: 'So werden sie importiert' });
  const previewRow = (name) => imported.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
  assert.deepEqual(
    await previewRow('Kundenkarte').getByRole('cell').allTextContents(),
    ['Kundenkarte', 'Bindung & Empfehlung', 'unmittelbar', 'beides', 'Kundenbetreuung Süd', '4', '+0', '+2', 'Stempel für jedes 10. Brötchen'],
  );
  await preview.getByText('Neue Verantwortliche: Kundenbetreuung Süd', { exact: true }).waitFor();
  assert.equal(await preview.locator('.csv-errors').count(), 0);

  await preview.getByRole('radio', { name: 'als neues Modell' }).check();
  assert.equal(await preview.locator('.csv-summary strong').textContent(), '3');
  await preview.getByRole('button', { name: 'Importieren (3)' }).click();
  const entry = page.locator('.model-entry', { hasText: 'Kundenreise Bäckerei Süß' });
  await entry.locator('.badge', { hasText: 'aktuell' }).waitFor();

  await page.getByRole('button', { name: 'Kontaktpunkte', exact: true }).click();
  await page.locator('.tp-row').first().waitFor();
  assert.equal(await page.locator('.tp-row').count(), 3);
  assert.equal(await row(page, 'Schaufenster').locator('.chip:not(.chip-owner)').textContent(), 'Aufmerksamkeit');
  // Importance Σ 5+3+4 = 12. Ist: −5 + 3 + 0 = −2 → (−2/12 + 2)/4·100 = 45.8 → 46;
  // Soll: 10 + 3 + 8 = 21 → (21/12 + 2)/4·100 = 93.75 → 94.
  assert.equal(await figure(page, 'index-ist'), '46');
  assert.equal(await figure(page, 'index-soll'), '94');
  const first = await editor(page, 'Auftragsbestätigung', 'de');
  assert.equal(await first.region.getByLabel('Beschreibung aus Kundensicht').inputValue(), 'Größter Hebel & <Workshop>');
  assert.equal(await first.chosen('Phase'), 'Kauf');
  assert.equal(await first.chosen('Verantwortlich'), 'Geschäftsführung');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file that only looks like a workbook is refused in the user\'s language', async () => {
  const path = await file('kaputt.xlsx', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(64, 7)]));
  const { context, page, errors } = await openPage(app.browser, app.server.url, { locale: 'en-US' });
  await page.getByRole('button', { name: 'Models & files' }).click();
  await chooseImportFile(page, path);
  await page.getByRole('alert').filter({ hasText: 'The file is not an Excel workbook (.xlsx) and cannot be read.' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

// --- workbooks as clients keep them (issue 29) ---------------------------------------------

/** The client's list: eleven touchpoints, German stage and owner names, umlauts. */
const MUELLER = [
  ['Kontaktpunkt', 'Phase', 'Art', 'Kanal', 'Verantwortlich', 'Bedeutung', 'Ist', 'Soll', 'Bemerkung'],
  ['Online-Anzeige', 'Aufmerksamkeit', 'unmittelbar', 'online', 'Marketing', 3, 0, 1, 'Kampagne Frühjahr'],
  ['Bewertungsportal', 'Information', 'mittelbar', 'online', 'Marketing', 4, -1, 1, null],
  ['Messestand', 'Aufmerksamkeit', 'unmittelbar', 'offline', 'Vertrieb', 2, 1, 1, null],
  ['Beratungsgespräch', 'Information', 'unmittelbar', 'beides', 'Innendienst', 5, 1, 2, 'Termin vor Ort'],
  ['Auftragsbestätigung', 'Kauf', 'unmittelbar', 'online', 'Geschäftsführung', 4, -2, 1, 'kommt zu spät'],
  ['Rechnung', 'Kauf', 'unmittelbar', 'offline', 'Buchhaltung', 3, 0, 0, null],
  ['Lieferung', 'Nutzung & Service', 'unmittelbar', 'offline', 'Logistik', 5, -1, 2, null],
  ['Hotline', 'Nutzung & Service', 'unmittelbar', 'beides', 'Service', 4, -1, 1, 'Wartezeit über 5 Minuten'],
  ['Weiterempfehlung', 'Bindung & Empfehlung', 'mittelbar', 'beides', 'Qualitätssicherung', 5, 1, 2, null],
  ['Newsletter', 'Bindung & Empfehlung', 'unmittelbar', 'online', 'Marketing', 2, 0, 1, null],
  ['Reklamation', 'Nutzung & Service', 'unmittelbar', 'beides', 'Qualitätssicherung', 5, -2, 1, 'Ärger vermeiden'],
];
const COVER = [['Touchpoint-Analyse Müller GmbH'], ['Stand März 2026'], ['Vertraulich']];

/** Imports `path` as a new model with the interface in `locale` and returns the page. */
async function importAsNewModel(path, locale, { expectSheet } = {}) {
  const de = locale === 'de-DE';
  const { context, page, errors } = await openPage(app.browser, app.server.url, { locale, viewport: { width: 1280, height: 900 } });
  await page.getByRole('button', { name: de ? 'Modelle & Dateien' : 'Models & files' }).click();
  await chooseImportFile(page, path, { de });
  const preview = dialog(page, de ? 'Kontaktpunkte aus einer Tabelle importieren' : 'Import touchpoints from a spreadsheet');
  const sample = preview.getByRole('table', { name: de ? 'Die ersten Zeilen der Datei' : 'The first lines of the file' });
  await sample.getByRole('cell', { name: 'Auftragsbestätigung', exact: true }).waitFor();
  if (expectSheet) {
    const sheet = preview.getByLabel(de ? 'Tabellenblatt' : 'Sheet', { exact: true });
    assert.equal(await sheet.locator('option:checked').textContent(), expectSheet);
    assert.deepEqual(await sheet.locator('option').allTextContents(), ['Deckblatt', 'Liste']);
    // The cover chosen by hand shows its own lines; back to the list.
    await sheet.selectOption({ label: 'Deckblatt' });
    await sample.getByRole('cell', { name: 'Stand März 2026', exact: true }).waitFor();
    await sheet.selectOption({ label: expectSheet });
    await sample.getByRole('cell', { name: 'Auftragsbestätigung', exact: true }).waitFor();
  }
  // The preview fits the window: no page wider than the viewport.
  const wide = await page.evaluate(() => [document.documentElement.scrollWidth, ...[...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 1280).slice(0, 8).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)]);
  assert.ok(wide[0] <= 1280, `the page is no wider than the window: ${wide.join(' | ')}`);
  assert.equal(await preview.locator('.csv-errors').count(), 0);
  await preview.getByRole('radio', { name: de ? 'als neues Modell' : 'as a new model' }).check();
  await preview.getByRole('button', { name: de ? 'Importieren (11)' : 'Import (11)' }).click();
  await page.getByRole('button', { name: de ? 'Kontaktpunkte' : 'Touchpoints', exact: true }).click();
  await page.locator('.tp-row').first().waitFor();
  assert.equal(await page.locator('.tp-row').count(), 11);
  for (const name of MUELLER.slice(1).map((r) => r[0])) await row(page, name).waitFor();
  return { context, page, errors, preview };
}

test('a workbook with a cover sheet first imports the list on the sheet marked active; the cover can be chosen', async () => {
  const path = await file('Müller Kontaktpunkte.xlsx', workbook([{ name: 'Deckblatt', rows: COVER }, { name: 'Liste', rows: MUELLER }], 1));
  const { context, page, errors } = await importAsNewModel(path, 'de-DE', { expectSheet: 'Liste' });
  const first = await editor(page, 'Reklamation', 'de');
  assert.equal(await first.region.getByLabel('Beschreibung aus Kundensicht').inputValue(), 'Ärger vermeiden');
  assert.equal(await first.chosen('Verantwortlich'), 'Qualitätssicherung');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a title row and a blank row above the header are skipped; a German list keeps its German names in the English interface', async () => {
  const rows = [['Touchpoint-Liste Müller GmbH, Stand März 2026'], [], ...MUELLER];
  const path = await file('Müller Liste.xlsx', xlsx(rows));
  const { context, page, errors } = await importAsNewModel(path, 'en-US');
  assert.equal(await row(page, 'Auftragsbestätigung').locator('.chip:not(.chip-owner)').textContent(), 'Kauf');
  const order = await editor(page, 'Auftragsbestätigung', 'en');
  assert.equal(await order.chosen('Owner'), 'Geschäftsführung');
  assert.equal(await order.chosen('Stage'), 'Kauf');
  const stages = await order.region.getByLabel('Stage', { exact: true }).locator('option').allTextContents();
  assert.deepEqual(stages, ['Aufmerksamkeit', 'Information', 'Kauf', 'Nutzung & Service', 'Bindung & Empfehlung']);
  const owners = await order.region.getByLabel('Owner', { exact: true }).locator('option').allTextContents();
  assert.ok(owners.includes('Vertrieb') && owners.includes('Innendienst'), owners.join(', '));
  assert.ok(!owners.includes('Sales') && !owners.includes('Management'), 'no English default beside the German names');
  assert.deepEqual(errors, []);
  await context.close();
});

/** The 30-touchpoint fixture with a measure on its first two touchpoints and a baseline. */
async function plannedModel() {
  const model = modelFromCsv(await readFile(join(FIXTURES, 'touchpoints-30.csv'), 'utf8'));
  const [a, b] = model.touchpoints;
  const next = model.next_id;
  model.measures = [{ id: next, title: 'Rückruf binnen 24 h', touchpoints: [a.id, b.id] }];
  model.snapshots = [{
    id: next + 1,
    date: '2026-03-01',
    label: 'Workshop',
    ratings: model.touchpoints.map((t) => ({ touchpoint: t.id, name: t.name, importance: t.importance, ist: t.ist, soll: t.soll })),
  }];
  model.next_id = next + 2;
  // A department of the client's own, beside the default owners.
  model.owners.push({ key: 'kundenservice-nord', name: 'Kundenservice Nord' });
  return model;
}

/** The current model as the app exports it (Models & files). */
async function exportedModel(page) {
  await page.getByRole('button', { name: 'Models & files', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export model as JSON' }).click(),
  ]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

test('replacing the touchpoints keeps the measures and snapshots when asked, and says what goes otherwise', async () => {
  const model = await plannedModel();
  const [, gone, ...rest] = model.touchpoints;
  // The client's updated list: the second touchpoint is gone, one is new.
  const csv = ['Name,Stage', ...rest.map((t) => `${t.name},${t.stage}`), `${model.touchpoints[0].name},awareness`, 'Kundenportal,usage', ''].join('\n');
  const path = await file('updated.csv', csv);
  const { context, page } = await openSeeded(app.browser, app.server.url, model);
  await page.getByRole('button', { name: 'Models & files', exact: true }).click();
  await chooseImportFile(page, path);
  const preview = dialog(page, 'Import touchpoints from a spreadsheet');
  await preview.getByRole('radio', { name: 'replace the current model' }).check();
  // Without keeping: every kind of content that goes, with counts.
  const removes = preview.locator('.replace-removes');
  assert.match(await removes.textContent(), /30 touchpoints, 1 measure, 1 snapshot and 1 own stage or owner\./);
  await preview.getByRole('button', { name: 'Import (30)' }).click();
  const ask = page.getByRole('alertdialog', { name: 'replace the current model' });
  assert.match(await ask.textContent(), /1 measure, 1 snapshot/);
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await ask.waitFor({ state: 'detached' });
  // Keeping the plan: only the touchpoints go; the one the file lacks is named.
  await preview.getByLabel(/^Keep the measures, snapshots and KPIs/).check();
  assert.match(await removes.textContent(), /removes from the current model: 30 touchpoints and 1 own stage or owner\./);
  assert.match(await preview.locator('.replace-carried').textContent(), new RegExp(`Not in the file: „${gone.name}“`));
  assert.deepEqual(await axeViolations(page), []);
  await preview.getByRole('button', { name: 'Import (30)' }).click();
  assert.match(await ask.textContent(), /removes from the current model: 30 touchpoints and 1 own stage or owner\./);
  await ask.getByRole('button', { name: 'Yes, replace (30)' }).click();
  await preview.waitFor({ state: 'detached' });

  const after = await exportedModel(page);
  assert.equal(after.touchpoints.length, 30);
  assert.ok(after.touchpoints.some((t) => t.name === 'Kundenportal'));
  assert.equal(after.measures.length, 1);
  const first = after.touchpoints.find((t) => t.name === model.touchpoints[0].name);
  assert.deepEqual(after.measures[0].touchpoints, [first.id], 'the measure follows its touchpoint by name');
  assert.equal(after.snapshots.length, 1);
  assert.equal(after.snapshots[0].ratings.length, 30);
  // One undo takes it all back.
  await page.getByRole('button', { name: 'Undo' }).click();
  const undone = await exportedModel(page);
  assert.deepEqual(undone.touchpoints.map((t) => t.name), model.touchpoints.map((t) => t.name));
  assert.deepEqual(undone.measures[0].touchpoints, model.measures[0].touchpoints);
  await context.close();
});

/** Every field of every touchpoint, stage and owner by name. */
const fieldsOf = (m) =>
  m.touchpoints.map((t) => ({
    name: t.name,
    description: t.description,
    stage: m.stages.find((s) => s.key === t.stage)?.name,
    owner: t.owner === null ? null : m.owners.find((o) => o.key === t.owner)?.name,
    rest: [t.contact, t.channel, t.importance, t.ist, t.soll, t.flags, t.factors, t.decision],
  }));

for (const lang of ['en', 'de']) {
  test(`the CSV export imports back with every field (${lang})`, async () => {
    const model = modelFromCsv(await readFile(join(FIXTURES, 'touchpoints-30.csv'), 'utf8'));
    const names = ["'=SUMME(A1)", '  zwei Leerzeichen', '\tmit Tab', '@Erwähnung', '-minus', "'s Hertogenbosch"];
    const decisions = ['keep', 'optimise', 'new', 'retire'];
    model.touchpoints.forEach((t, i) => {
      if (i < names.length) t.name = names[i];
      t.description = i % 3 === 0 ? '' : `Kundensicht Nr. ${i}; "zitiert", mit Komma\nzweite Zeile`;
      t.decision = decisions[i % 4];
    });
    const { context, page } = await openSeeded(app.browser, app.server.url, model, { lang });
    const de = lang === 'de';
    await page.getByRole('button', { name: de ? 'Modelle & Dateien' : 'Models & files', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: de ? 'Kontaktpunkte als CSV exportieren (Excel)' : /^Export touchpoints as CSV/ }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    assert.ok(csv.startsWith(de ? '\ufeffName;Beschreibung aus Kundensicht;Phase;' : '\ufeffName,Description from the customer\'s view,Stage,'), csv.slice(0, 80));
    const path = await file(`export-${lang}.csv`, csv);
    await chooseImportFile(page, path, { de });
    const preview = dialog(page, de ? 'Kontaktpunkte aus einer Tabelle importieren' : 'Import touchpoints from a spreadsheet');
    await preview.getByRole('radio', { name: de ? 'als neues Modell' : 'as a new model' }).check();
    assert.equal(await preview.locator('.csv-errors').count(), 0);
    assert.equal(await preview.locator('.sheet-defaults').count(), 0, 'every field has its column');
    await preview.getByRole('button', { name: de ? 'Importieren (30)' : 'Import (30)' }).click();
    await preview.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: de ? 'Modell als JSON exportieren' : 'Export model as JSON' }).waitFor();
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: de ? 'Modell als JSON exportieren' : 'Export model as JSON' }).click(),
    ]);
    const again = JSON.parse(await readFile(await json.path(), 'utf8'));
    assert.deepEqual(fieldsOf(again), fieldsOf(model));
    await context.close();
  });
}

// --- the import as a view of the on-demand module ------------------------------------------

const OPEN = 'Import from a spreadsheet or CSV file…';
const viewsFetched = (page) => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/views/')));

test('the import is fetched when the user starts it, not with the panel; after that it works offline', async () => {
  const { context, page, errors } = await openPage(app.browser, app.server.url, { locale: 'en-US' });
  await page.getByRole('button', { name: 'Models & files' }).click();
  const open = page.getByRole('button', { name: OPEN });
  await open.waitFor();
  assert.deepEqual(await viewsFetched(page), [], 'the panel alone fetches nothing of the module');
  assert.equal(await open.getAttribute('aria-expanded'), 'false');

  await open.click();
  const choose = page.getByLabel('Choose an Excel, CSV or text file');
  await choose.waitFor();
  const loaded = await viewsFetched(page);
  assert.ok(loaded.some((n) => n.endsWith('/views/entry.js')), loaded.join());
  assert.ok(loaded.some((n) => n.endsWith('.wasm')), loaded.join());
  assert.equal(await open.getAttribute('aria-expanded'), 'true');
  // The keyboard goes on to the file's choice, and back to the button when it closes.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'import-sheet');
  assert.deepEqual(await axeViolations(page), []);
  await open.click();
  await choose.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), OPEN);

  // The service worker keeps the module: with the network off, a reloaded app imports a file.
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('#main');
  await page.getByRole('button', { name: 'Models & files' }).click();
  await chooseImportFile(page, await file('offline.csv', Buffer.from('Name\nWebsite\nHotline\n')));
  await page.getByRole('button', { name: 'Import (2)' }).click();
  await page.getByLabel('Choose an Excel, CSV or text file').waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Touchpoints', exact: true }).click();
  await row(page, 'Hotline').waitFor();
  assert.equal(await page.locator('.tp-row').count(), 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a module that cannot be loaded (offline before it was cached) is a worded message, not a broken panel', async () => {
  // No service worker: nothing is cached, and every request of the module fails.
  const context = await app.browser.newContext({ locale: 'de-DE', serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.route('**/views/**', (route) => route.abort('internetdisconnected'));
  await page.goto(app.server.url);
  await page.waitForSelector('#main');
  await page.getByRole('button', { name: 'Modelle & Dateien' }).click();
  const open = page.getByRole('button', { name: 'Aus einer Tabelle oder CSV-Datei importieren …' });
  await open.click();
  await page.getByRole('alert').filter({ hasText: 'Der Import ließ sich nicht laden. Sind Sie offline?' }).waitFor();
  // The rest of the panel works; the button closes the message again.
  await page.getByRole('button', { name: 'Modell als JSON exportieren' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await open.click();
  await page.getByRole('alert').filter({ hasText: 'Der Import ließ sich nicht laden.' }).waitFor({ state: 'detached' });
  await context.close();
});
