// Helpers of the live-session tests and figures: the built sync worker in a page of its own,
// and a fresh session link.
import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { DIST } from './support.mjs';

const VERSION = 1;

// The wire format (core/src/edits/wire.rs) is a JSON array `[tag, …]`; the tests write and
// read messages as objects `{ t: tag, … }`, translated here.
const FIELDS = {
  open: ['model_id', 'model', 'seed'],
  edits: ['seq', 'edits'],
  wake: [],
  live: ['relay', 'link'],
  leave_live: [],
  ready: [],
  patch: ['ack', 'edits'],
  model: ['ack', 'model'],
  failed: ['reason'],
  live_status: ['status', 'peers'],
};
// `presence` is a tag both ways, with other fields each way.
const TO_WORKER_PRESENCE = ['state'];
const TO_APP_PRESENCE = ['client', 'state'];

function editToArray({ e, kind, key, field, value, keys }) {
  if (e === 'set') return value === null || value === undefined ? ['unset', kind, key, field] : ['set', kind, key, field, value];
  if (e === 'remove') return ['remove', kind, key];
  return ['order', kind, keys];
}

function editFromArray([e, kind, ...rest]) {
  if (e === 'set' || e === 'unset') return { e: 'set', kind, key: rest[0], field: rest[1], value: e === 'set' ? rest[2] : null };
  if (e === 'remove') return { e, kind, key: rest[0] };
  return { e, kind, keys: rest[0] };
}

/** A test's message object as the worker reads it. */
export function toWire(message) {
  const names = message.t === 'presence' ? TO_WORKER_PRESENCE : FIELDS[message.t];
  return [message.t, ...names.map((n) => (n === 'edits' ? message.edits.map(editToArray) : message[n]))];
}

/** The worker's array as a message object. */
export function fromWire([t, ...values]) {
  const names = t === 'presence' ? TO_APP_PRESENCE : FIELDS[t] ?? [];
  const message = { t };
  names.forEach((n, i) => {
    message[n] = n === 'edits' ? values[i].map(editFromArray) : values[i];
  });
  return message;
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

