// Helpers of the live-session tests and figures: the built sync worker in a page of its own,
// and a fresh session link.
import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { DIST } from './support.mjs';

const VERSION = 1;

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
    window.got = [];
    window.worker = new Worker(`./${script}`);
    window.worker.onmessage = (event) => {
      const bytes = new Uint8Array(event.data);
      window.got.push({ ...JSON.parse(new TextDecoder().decode(bytes.subarray(1))), at: Date.now() });
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

