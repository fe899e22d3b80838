// A live session end to end at the sync worker (the app's screens for it are not built yet):
// two browser contexts each run the built worker (dist/, its own Trunk build), hand it a model
// as the app does (core/src/edits/wire.rs: a version byte, then JSON) and join one session
// link through the real relay, started here on a free port (e2e/relay.mjs). Real WebCrypto,
// real WebSocket, real relay. The relay is stopped and started again in the middle, and every
// frame it carried is checked for clear text at the end.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FIXTURES, launch, serve } from './support.mjs';
import { startRelay } from './relay.mjs';
import { asApp, sessionLink, syncWorkerScript, workerPage } from './live-worker.mjs';

let server, browser, relay, workerScript;

before(async () => {
  server = await serve();
  browser = await launch();
  relay = await startRelay();
  workerScript = await syncWorkerScript();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await relay?.close();
});


test('two people through the relay: the model arrives, both fields survive, one field ends equal, presence, a relay restart, no clear text', { timeout: 120_000 }, async () => {
  assert.ok(workerScript, 'the build has the sync worker');
  const model = await readFile(join(FIXTURES, 'live-model.json'), 'utf8');
  const empty = await readFile(join(FIXTURES, 'live-empty.json'), 'utf8');
  const names = JSON.parse(model).touchpoints.map((t) => t.name);
  const link = sessionLink();

  const ada = await workerPage(browser, server.url, workerScript);
  const bob = await workerPage(browser, server.url, workerScript);
  await ada.send({ t: 'open', model_id: 'ada-model', model, seed: true });
  await ada.send({ t: 'live', relay: relay.url, link: `http://example.org/#${link}` });
  await ada.until('Ada connected', (m) => m.t === 'live_status' && m.status === 'connected');

  // Bob joins from the link: his worker starts from a new model and takes the room's.
  await bob.send({ t: 'open', model_id: 'bob-copy', model: empty, seed: false });
  await bob.send({ t: 'live', relay: relay.url, link });
  const arrived = await bob.until('the model arrives for Bob', (m) => m.t === 'model');
  assert.deepEqual(JSON.parse(arrived.model).touchpoints.map((t) => t.name), names);
  await bob.until('Bob counts Ada', (m) => m.t === 'live_status' && m.status === 'connected' && m.peers >= 0);

  const adaApp = asApp(ada, model);
  const bobApp = asApp(bob, arrived.model);
  bobApp.took = arrived.offer;

  // Each a different field of the same touchpoint (id 7), at once.
  await Promise.all([
    adaApp.edit(7, 'name', 'Schaufenster (neu)'),
    bobApp.edit(7, 'description', 'Bob war hier'),
  ]);
  await adaApp.until("Bob's description reaches Ada", 7, 'description', 'Bob war hier');
  await bobApp.until("Ada's name reaches Bob", 7, 'name', 'Schaufenster (neu)');
  for (const app of [adaApp, bobApp]) {
    const t = (await app.take()).touchpoints.find((tp) => tp.id === 7);
    assert.deepEqual([t.name, t.description], ['Schaufenster (neu)', 'Bob war hier']);
  }

  // The same field at once: both end with the same value (the worker sends a model when the
  // other's value wins; otherwise each keeps its own).
  await Promise.all([
    adaApp.edit(3, 'description', 'von Ada'),
    bobApp.edit(3, 'description', 'von Bob'),
  ]);
  const seen = async (app) => (await app.take()).touchpoints.find((t) => t.id === 3).description;
  for (let i = 0; i < 100 && (await seen(adaApp)) !== (await seen(bobApp)); i += 1) {
    await ada.page.waitForTimeout(50);
  }
  assert.equal(await seen(adaApp), await seen(bobApp), 'one value wins in both');

  // Presence: Ada says who she is and what she edits; Bob hears it, sealed on the way.
  await ada.send({ t: 'presence', state: JSON.stringify({ name: 'Ada Lovelace', colour: 3, editing: 7 }) });
  const heard = await bob.until('Bob sees Ada', (m) => m.t === 'presence' && m.state);
  assert.deepEqual(JSON.parse(heard.state), { name: 'Ada Lovelace', colour: 3, editing: 7 });

  // The relay goes away; both edit; it comes back; both converge.
  await relay.stop();
  await bob.until('Bob is told the relay is away', (m) => m.t === 'live_status' && m.status === 'reconnecting');
  await adaApp.edit(3, 'name', 'Rechnung offline A');
  await bobApp.edit(12, 'name', 'Anruf offline B');
  await relay.start();
  await adaApp.until("Bob's offline edit reaches Ada", 12, 'name', 'Anruf offline B');
  await bobApp.until("Ada's offline edit reaches Bob", 3, 'name', 'Rechnung offline A');
  assert.deepEqual((await adaApp.take()).touchpoints, (await bobApp.take()).touchpoints, 'both converge');

  // Nothing the relay carried holds a name, a text typed here or a person's name.
  const frames = await relay.frames();
  assert.ok(frames.length > 10, `the relay carried the session (${frames.length} frames)`);
  const clear = [...names, 'Schaufenster (neu)', 'Bob war hier', 'von Ada', 'von Bob', 'Ada Lovelace', 'Rechnung offline A', 'Anruf offline B', 'Müller'];
  for (const text of clear) {
    assert.equal(frames.filter((f) => f.includes(Buffer.from(text))).length, 0, `no frame holds "${text}"`);
  }
  assert.deepEqual([...ada.errors, ...bob.errors], []);
});
