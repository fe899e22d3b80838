// Shared helpers of the end-to-end tests: a static server for dist/ and Debian's Chromium.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const DIST = resolve(import.meta.dirname, '..', 'dist');
export const FIXTURES = resolve(import.meta.dirname, '..', 'tests', 'fixtures');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves `root` on 127.0.0.1 at a free port; unknown paths get index.html.
 * `{ host: true }` behaves like a production static host instead: gzip or brotli as the browser
 * accepts, and 404 for missing files (for Lighthouse's figures, e2e/lighthouse.mjs); with
 * `precompressed: true` it sends the build's `.br`/`.gz` twins, as nginx `gzip_static` does,
 * instead of compressing each file on its first request; `gzipOnly: true` never sends brotli
 * (a host that only gzips, as the widget's budget assumes).
 */
export async function serve(root = DIST, { host = false, precompressed = false, gzipOnly = false } = {}) {
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      if (host && extname(file)) {
        res.writeHead(404).end();
        return;
      }
      file = join(root, 'index.html');
    }
    try {
      let body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      const accepted = String(req.headers['accept-encoding'] ?? '');
      const brotli = !gzipOnly && /\bbr\b/.test(accepted);
      const encoding = !host || extname(file) === '.png' ? null : brotli ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
      if (encoding) {
        const key = `${encoding}:${file}`;
        if (!compressed.has(key)) {
          const twin = precompressed ? await readFile(`${file}.${encoding === 'br' ? 'br' : 'gz'}`).catch(() => null) : null;
          compressed.set(key, twin ?? (encoding === 'br' ? brotliCompressSync(body) : gzipSync(body, { level: 9 })));
        }
        body = compressed.get(key);
        Object.assign(headers, { 'content-encoding': encoding, vary: 'accept-encoding' });
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, port, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A fresh phone-sized context and page on the slow-phone profile of the bench scripts
 * (e2e/widget-bench.mjs, e2e/rate-bench.mjs): 1.6 Mbps down, 750 kbps up, 150 ms round trip,
 * 4× slower CPU (DevTools throttling), cold cache.
 */
export async function slowPhonePage(browser, { locale = 'en-US' } = {}) {
  const context = await browser.newContext({ locale, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1e6) / 8,
    uploadThroughput: (750 * 1e3) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page };
}

/** A new page in a fresh context, collecting console errors and page errors. */
/** The middle of a bench's runs (the upper one of an even count); NaN without runs. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
}

/** Waits until the service worker has installed and controls the page. */
export async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
}

export async function openPage(browser, url, { locale = 'en-US', viewport } = {}) {
  const context = await browser.newContext({ locale, viewport: viewport ?? { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(url);
  await page.waitForSelector('#main');
  return { context, page, errors };
}

/**
 * Starts the static server and the browser before a test file's tests and stops them after.
 * Returns an object whose `server` and `browser` are set once the tests run.
 */
export function useApp() {
  const app = { server: null, browser: null };
  before(async () => {
    app.server = await serve();
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/** The maturity answers the self-check tests give, levels 0 … 4 (sum 16 of 32: maturity 50). */
export const LEVELS = [3, 2, 1, 4, 0, 2, 3, 1];

/** Answers every question and rates Website and Invoice, as the figures below assume. */
export async function completeCheck(frame) {
  for (const level of LEVELS) {
    await frame.locator('.level input[type=radio]').nth(level).check();
    await frame.getByRole('button', { name: 'Next' }).click();
  }
  await frame.getByRole('checkbox', { name: 'Website' }).check();
  await frame.getByRole('checkbox', { name: 'Invoice' }).check();
  await frame.getByRole('button', { name: 'Next' }).click();
  // Website: importance 4, Ist −1, Soll +1; Invoice: importance 2, Ist −2, Soll 0.
  const rate = async (tp, legend, label) =>
    frame.locator('.tp-row', { hasText: tp }).getByRole('group', { name: legend }).getByRole('radio', { name: label }).check();
  await rate('Website', /Importance/, /^4 /);
  await rate('Website', /^Ist/, /^−1 /);
  await rate('Website', /^Soll/, /^\+1 /);
  await rate('Invoice', /Importance/, /^2 /);
  await rate('Invoice', /^Ist/, /^−2 /);
  await rate('Invoice', /^Soll/, /^0 /);
  await frame.getByRole('button', { name: /result/i }).click();
}

/** Opens the spreadsheet import in "Models & files" (already shown) and chooses `file` (a
 * path or playwright's `{ name, mimeType, buffer }`); the import is a view of the on-demand
 * module, loaded by the button. */
export async function chooseImportFile(page, file, { de = false } = {}) {
  await page.getByRole('button', { name: de ? 'Aus einer Tabelle oder CSV-Datei importieren …' : 'Import from a spreadsheet or CSV file…' }).click();
  await page.getByLabel(de ? 'Excel-, CSV- oder Textdatei wählen' : 'Choose an Excel, CSV or text file').setInputFiles(file);
}
