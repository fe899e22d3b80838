// The relay's address is a build-time setting (KONTAKTPUNKT_RELAY, docs/collaboration.md):
// scripts/postbuild.mjs writes it into the page's meta tag and allows exactly it in the CSP's
// connect-src, and stops the build for anything but a plain ws:// or wss:// address. Run on a
// small page in a staging folder of its own, as Trunk runs the hook.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const PAGE = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; connect-src 'self'; worker-src 'self'"><meta name="kontaktpunkt-relay" content=""><title>x</title></head><body></body></html>`;

async function build(relay) {
  const staging = await mkdtemp(join(tmpdir(), 'kp-postbuild-'));
  try {
    await writeFile(join(staging, 'index.html'), PAGE);
    const env = { ...process.env, TRUNK_STAGING_DIR: staging, TRUNK_HTML_FILE: join(ROOT, 'index.html') };
    delete env.KONTAKTPUNKT_RELAY;
    if (relay !== undefined) env.KONTAKTPUNKT_RELAY = relay;
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'postbuild.mjs')], { env, encoding: 'utf8' });
    const html = await readFile(join(staging, 'index.html'), 'utf8');
    const meta = html.match(/name="kontaktpunkt-relay" content="([^"]*)"/)?.[1];
    const connect = html.match(/connect-src ([^;"]*)/)?.[1];
    return { status: run.status, stderr: run.stderr, meta, connect };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

test('without a relay the page names none and connects to its own origin only', async () => {
  assert.deepEqual(await build(undefined).then(({ status, meta, connect }) => ({ status, meta, connect })), { status: 0, meta: '', connect: "'self'" });
});

test('a relay is written into the page and is the one other address the CSP allows', async () => {
  const local = await build('ws://127.0.0.1:1234');
  assert.equal(local.status, 0, local.stderr);
  assert.equal(local.meta, 'ws://127.0.0.1:1234');
  assert.equal(local.connect, "'self' ws://127.0.0.1:1234/");
  const behindProxy = await build('wss://relay.example.com/kontaktpunkt/');
  assert.equal(behindProxy.meta, 'wss://relay.example.com/kontaktpunkt');
  assert.equal(behindProxy.connect, "'self' wss://relay.example.com/kontaktpunkt/");
});

test('anything but a plain ws:// or wss:// address stops the build', async () => {
  for (const bad of ['https://relay.example.com', 'relay.example.com', 'wss://user:pw@relay.example.com', 'wss://relay.example.com/?token=1']) {
    const { status, stderr } = await build(bad);
    assert.equal(status, 1, bad);
    assert.match(stderr, /KONTAKTPUNKT_RELAY/);
  }
});
