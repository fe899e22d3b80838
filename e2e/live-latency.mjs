// Figures for scripts/bench.sh (tab-separated rows): an edit in one browser until it is in the
// other's sync worker, through the real relay on loopback (started here on a free port), with
// sealing (AES-GCM, WebCrypto) both ways. Two contexts of one Chromium on one machine, so
// both clocks are one. Printed, never asserted. The app's screens for live sessions are not
// built yet: from the worker's message to the app, add the app's patch and render.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FIXTURES, launch, serve } from './support.mjs';
import { startRelay } from './relay.mjs';
import { asApp, sessionLink, syncWorkerScript, workerPage } from './live-worker.mjs';

const EDITS = 60;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const server = await serve();
const browser = await launch();
const relay = await startRelay();
try {
  const script = await syncWorkerScript();
  const model = await readFile(join(FIXTURES, 'live-model.json'), 'utf8');
  const empty = await readFile(join(FIXTURES, 'live-empty.json'), 'utf8');
  const link = sessionLink();
  const ada = await workerPage(browser, server.url, script);
  const bob = await workerPage(browser, server.url, script);
  await ada.send({ t: 'open', model_id: 'a', model, seed: true });
  await ada.send({ t: 'live', relay: relay.url, link });
  await ada.until('Ada connected', (m) => m.t === 'live_status' && m.status === 'connected');
  await bob.send({ t: 'open', model_id: 'b', model: empty, seed: false });
  await bob.send({ t: 'live', relay: relay.url, link });
  const arrived = await bob.until('the model arrives', (m) => m.t === 'model');
  const adaApp = asApp(ada, model);
  const bobApp = asApp(bob, arrived.model);

  const times = [];
  for (let i = 0; i < EDITS; i++) {
    const value = `edit ${i}`;
    const sent = await ada.page.evaluate(() => Date.now());
    await adaApp.edit(7, 'name', value);
    const reached = await bobApp.until(value, 7, 'name', value);
    times.push(reached.at - sent);
  }
  times.sort((a, b) => a - b);
  console.log(`live: edit in one browser -> in the other's worker, loopback relay, p50\t${percentile(times, 50)}\tms`);
  console.log(`live: edit in one browser -> in the other's worker, loopback relay, p95\t${percentile(times, 95)}\tms`);
} finally {
  await browser.close();
  await server.close();
  await relay.close();
}
