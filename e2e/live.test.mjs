// A live session end to end at the sync worker (the app's screens for it are not built yet):
// two browser contexts each run the built worker (dist/, its own Trunk build), hand it a model
// as the app does (core/src/edits/wire.rs: a version byte, then JSON) and join one session
// link through the real relay, started here on a free port (e2e/relay.mjs). Real WebCrypto,
// real WebSocket, real relay. The relay is stopped and started again in the middle, and every
// frame it carried is checked for clear text at the end.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, FIXTURES, launch, serve } from './support.mjs';
import { startRelay } from './relay.mjs';

const VERSION = 1;
let server, browser, relay, workerScript;

before(async () => {
  server = await serve();
  browser = await launch();
  relay = await startRelay();
  const files = await readdir(DIST);
  workerScript = files.find((f) => /^kontaktpunkt-sync-worker.*loader.*\.js$/.test(f)) ?? files.find((f) => /^kontaktpunkt-sync-worker.*\.js$/.test(f));
});
after(async () => {
  await browser?.close();
  await server?.close();
  await relay?.close();
});

/** A browser context with the worker running; `send` posts a message, `got` lists the replies. */
async function person() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // The app's origin, without the app itself: a blank page of the same server.
  await page.route('**/live-blank.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>worker</title>' }));
  await page.goto(`${server.url}live-blank.html`);
  await page.evaluate((script) => {
    window.got = [];
    window.worker = new Worker(`./${script}`);
    window.worker.onmessage = (event) => {
      const bytes = new Uint8Array(event.data);
      window.got.push(JSON.parse(new TextDecoder().decode(bytes.subarray(1))));
    };
  }, workerScript);
  // Messages posted before the worker's wasm listens are lost: wait for its first word.
  await page.waitForFunction(() => window.got.some((m) => m.t === 'ready'));
  return {
    page,
    errors,
    send: (message) =>
      page.evaluate(
        ([version, json]) => window.worker.postMessage(new Uint8Array([version, ...new TextEncoder().encode(json)])),
        [VERSION, JSON.stringify(message)],
      ),
    got: () => page.evaluate(() => window.got),
    /** Waits until a reply satisfies `check` (run in node on each). */
    async until(what, check) {
      for (let i = 0; i < 300; i++) {
        const found = (await page.evaluate(() => window.got)).find(check);
        if (found) return found;
        await page.waitForTimeout(50);
      }
      throw new Error(`never: ${what}; got ${JSON.stringify(await page.evaluate(() => window.got)).slice(0, 2000)}`);
    },
  };
}

const b64url = (bytes) => bytes.toString('base64url');
const set = (key, field, value) => ({ e: 'set', kind: 'touchpoints', key, field, value });
const patchHas = (field, value) => (m) => m.t === 'patch' && m.edits.some((e) => e.field === field && e.value === value);

test('two people through the relay: the model arrives, both fields survive, presence, a relay restart, no clear text', { timeout: 120_000 }, async () => {
  assert.ok(workerScript, 'the build has the sync worker');
  const model = await readFile(join(FIXTURES, 'live-model.json'), 'utf8');
  const empty = await readFile(join(FIXTURES, 'live-empty.json'), 'utf8');
  const names = JSON.parse(model).touchpoints.map((t) => t.name);
  const link = `ks1.${b64url(randomBytes(16))}.${b64url(randomBytes(32))}`;

  const ada = await person();
  const bob = await person();
  await ada.send({ t: 'open', model_id: 'ada-model', model, seed: true });
  await ada.send({ t: 'live', relay: relay.url, link: `http://example.org/#${link}` });
  await ada.until('Ada connected', (m) => m.t === 'live_status' && m.status === 'connected');

  // Bob joins from the link: his worker starts from a new model and takes the room's.
  await bob.send({ t: 'open', model_id: 'bob-copy', model: empty, seed: false });
  await bob.send({ t: 'live', relay: relay.url, link });
  const arrived = await bob.until('the model arrives for Bob', (m) => m.t === 'model');
  assert.deepEqual(JSON.parse(arrived.model).touchpoints.map((t) => t.name), names);
  await bob.until('Bob counts Ada', (m) => m.t === 'live_status' && m.status === 'connected' && m.peers >= 0);

  // Each a different field of the same touchpoint (id 7), at once.
  await Promise.all([
    ada.send({ t: 'edits', seq: 1, edits: [set('7', 'name', 'Schaufenster (neu)')] }),
    bob.send({ t: 'edits', seq: 1, edits: [set('7', 'description', 'Bob war hier')] }),
  ]);
  await ada.until("Bob's description reaches Ada", patchHas('description', 'Bob war hier'));
  await bob.until("Ada's name reaches Bob", patchHas('name', 'Schaufenster (neu)'));

  // Presence: Ada says who she is and what she edits; Bob hears it, sealed on the way.
  await ada.send({ t: 'presence', state: JSON.stringify({ name: 'Ada Lovelace', colour: 3, editing: 7 }) });
  const heard = await bob.until('Bob sees Ada', (m) => m.t === 'presence' && m.state);
  assert.deepEqual(JSON.parse(heard.state), { name: 'Ada Lovelace', colour: 3, editing: 7 });

  // The relay goes away; both edit; it comes back; both converge.
  await relay.stop();
  await bob.until('Bob is told the relay is away', (m) => m.t === 'live_status' && m.status === 'reconnecting');
  await ada.send({ t: 'edits', seq: 2, edits: [set('3', 'name', 'Rechnung offline A')] });
  await bob.send({ t: 'edits', seq: 2, edits: [set('12', 'name', 'Anruf offline B')] });
  await relay.start();
  await ada.until("Bob's offline edit reaches Ada", patchHas('name', 'Anruf offline B'));
  await bob.until("Ada's offline edit reaches Bob", patchHas('name', 'Rechnung offline A'));

  // Nothing the relay carried holds a name, a text typed here or a person's name.
  const frames = await relay.frames();
  assert.ok(frames.length > 10, `the relay carried the session (${frames.length} frames)`);
  const clear = [...names, 'Schaufenster (neu)', 'Bob war hier', 'Ada Lovelace', 'Rechnung offline A', 'Anruf offline B', 'Müller'];
  for (const text of clear) {
    assert.equal(frames.filter((f) => f.includes(Buffer.from(text))).length, 0, `no frame holds "${text}"`);
  }
  assert.deepEqual([...ada.errors, ...bob.errors], []);
});
