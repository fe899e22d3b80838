// Figures for scripts/bench.sh (tab-separated rows), through the real relay on loopback
// (started here on a free port), sealed (AES-GCM, WebCrypto) both ways; two contexts of one
// Chromium on one machine, so both clocks are one. Printed, never asserted.
// - App to app: Ada starts a session in the share panel, Bob joins from its link, Ada adds
//   touchpoints and Bob's screen shows each (e2e/edit-latency.mjs).
// - Worker to worker: the same path without the screens (the sync worker driven as the app
//   drives it), to tell the sync's share from the app's.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FIXTURES, launch, openPage, serve } from './support.mjs';
import { distWithRelay, startRelay } from './relay.mjs';
import { asApp, sessionLink, syncWorkerScript, workerPage } from './live-worker.mjs';
import { quantile, timeAddedTouchpoints } from './edit-latency.mjs';

const EDITS = 60;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const server = await serve();
const browser = await launch();
const relay = await startRelay();
const app = await distWithRelay(relay.url);
const appServer = await serve(app.dir);
try {
  {
    const ada = await openPage(browser, appServer.url);
    await ada.page.getByRole('button', { name: 'Load the demo model' }).click();
    await ada.page.locator('.tp-row').first().waitFor();
    await ada.page.getByRole('navigation').getByRole('button', { name: 'Share' }).click();
    await ada.page.getByLabel('Your name for the others').fill('Ada');
    await ada.page.getByRole('button', { name: 'Work on this together' }).click();
    const link = await ada.page.locator('#live-link').inputValue();
    const bob = await openPage(browser, `${appServer.url}#${link.split('#')[1]}`);
    await bob.page.getByLabel('Your name for the others').fill('Bob');
    await bob.page.getByRole('button', { name: 'Join' }).click();
    for (const person of [ada, bob]) {
      await person.page.getByRole('status', { name: /Live session connected, 2 people/ }).waitFor();
    }
    await ada.page.getByRole('navigation').getByRole('button', { name: 'Touchpoints' }).click();
    await bob.page.locator('.tp-row').first().waitFor();
    const names = await ada.page.locator('.tp-row .tp-name').evaluateAll((all) =>
      all.map((n) => n.textContent.replace(/[▸▾]/g, '').trim()).filter(Boolean));
    const shown = await timeAddedTouchpoints(ada.page, bob.page, EDITS);
    console.error('[live-latency] app to app', shown.join(' '));
    console.log(`live: an added touchpoint in one browser -> on the other's screen, loopback relay, p50 (goal: at most 50)\t${quantile(shown, 0.5)}\tms`);
    console.log(`live: an added touchpoint in one browser -> on the other's screen, loopback relay, p95 (goal: at most 100)\t${quantile(shown, 0.95)}\tms`);
    await ada.context.close();
    await bob.context.close();
    // Every frame the relay carried in this session, searched for the model's and the added
    // touchpoints' names.
    const frames = await relay.frames();
    const clear = [...names, ...shown.map((_, i) => `Bench ${i}`)];
    const holding = frames.filter((f) => clear.some((text) => f.includes(Buffer.from(text)))).length;
    console.log(`live: relay frames holding a touchpoint name in clear text (of ${frames.length} frames, ${clear.length} names) (goal: 0)\t${holding}\tframes`);
  }

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
} catch (e) {
  console.error('[live-latency] failed:', e.message);
} finally {
  await browser.close();
  await server.close();
  await appServer.close();
  await app.remove();
  await relay.close();
}
