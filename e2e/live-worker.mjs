// Helpers of the live-session tests and figures: the built sync worker in a page of its own,
// and a fresh session link.
import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { DIST } from './support.mjs';

const VERSION = 2;

// The wire format (core/src/edits/wire.rs) is a JSON array `[tag, …]`; the tests write and
// read messages as objects `{ t: tag, … }`, translated here. `model` and `presence` are tags
// both ways, with other fields each way.
const TO_WORKER = {
  open: ['model_id', 'model', 'seed'],
  model: ['seq', 'took', 'model'],
  undo: [],
  redo: [],
  wake: [],
  live: ['relay', 'link'],
  presence: ['state'],
  leave_live: [],
};
const TO_APP = {
  ready: [],
  model: ['ack', 'offer', 'model', 'marked'],
  failed: ['reason'],
  live_status: ['status', 'peers'],
  presence: ['client', 'state'],
};

/** A test's message object as the worker reads it. */
export function toWire(message) {
  return [message.t, ...TO_WORKER[message.t].map((n) => message[n])];
}

/** The worker's array as a message object. */
export function fromWire([t, ...values]) {
  const message = { t };
  (TO_APP[t] ?? []).forEach((n, i) => {
    message[n] = values[i];
  });
  return message;
}

/**
 * What the app does with its worker (src/sync.rs), for a worker page: it keeps its model,
 * sends the whole model after each change (numbered, with the worker's model it was made on)
 * and takes a model of the worker's only when it was made after its own latest change.
 */
export function asApp(worker, model) {
  const app = { model: JSON.parse(model), seq: 0, took: 0 };
  app.take = async () => {
    const fresh = (await worker.got()).filter((m) => m.t === 'model' && m.ack === app.seq && m.offer > app.took);
    const last = fresh.at(-1);
    if (last) {
      app.model = JSON.parse(last.model);
      app.took = last.offer;
    }
    return app.model;
  };
  /** Changes touchpoint `id` (a field and its value) and sends the model. */
  app.edit = async (id, field, value) => {
    await app.take();
    app.model.touchpoints.find((t) => t.id === id)[field] = value;
    app.seq += 1;
    await worker.send({ t: 'model', seq: app.seq, took: app.took, model: JSON.stringify(app.model) });
  };
  /** Waits until the model the app shows has touchpoint `id`'s `field` at `value`. */
  app.until = async (what, id, field, value) => {
    const found = await worker.until(what, (m) => m.t === 'model' && m.ack === app.seq &&
      JSON.parse(m.model).touchpoints.some((t) => t.id === id && t[field] === value));
    await app.take();
    return found;
  };
  return app;
}

/** The sync worker's script in dist/ (Trunk's loader shim of the worker build). */
export async function syncWorkerScript() {
  const files = await readdir(DIST);
  return files.find((f) => /^kontaktpunkt-sync-worker_loader\.js$/.test(f));
}

/** A session link's fragment with a random room and key (docs/collaboration.md). */
export function sessionLink() {
  return `ks1.${randomBytes(16).toString('base64url')}.${randomBytes(32).toString('base64url')}`;
}

/**
 * A browser context on the app's origin running the sync worker of the build, as the app runs
 * it; `send` posts a message (core/src/edits/wire.rs: the version byte, then JSON), `got`
 * lists the worker's replies, `until` waits for one. Each reply carries `at` (Date.now() when
 * it arrived), for latency figures.
 */
export async function workerPage(browser, origin, workerScript) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // The app's origin, without the app itself: a blank page of the same server.
  await page.route('**/live-blank.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>worker</title>' }));
  await page.goto(`${origin}live-blank.html`);
  await page.evaluate((script) => {
    window.raw = [];
    window.worker = new Worker(`./${script}`);
    window.worker.onmessage = (event) => {
      const bytes = new Uint8Array(event.data);
      window.raw.push([JSON.parse(new TextDecoder().decode(bytes.subarray(1))), Date.now()]);
    };
  }, workerScript);
  const got = async () => (await page.evaluate(() => window.raw)).map(([m, at]) => ({ ...fromWire(m), at }));
  // Messages posted before the worker's wasm listens are lost: wait for its first word.
  await page.waitForFunction(() => window.raw.some(([m]) => m[0] === 'ready'));
  return {
    page,
    errors,
    send: (message) =>
      page.evaluate(
        ([version, json]) => window.worker.postMessage(new Uint8Array([version, ...new TextEncoder().encode(json)])),
        [VERSION, JSON.stringify(toWire(message))],
      ),
    got,
    /** Waits until a reply satisfies `check` (run in node on each). */
    async until(what, check) {
      for (let i = 0; i < 300; i++) {
        const found = (await got()).find(check);
        if (found) return found;
        await page.waitForTimeout(50);
      }
      throw new Error(`never: ${what}; got ${JSON.stringify(await got()).slice(0, 2000)}`);
    },
  };
}

