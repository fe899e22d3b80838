// The live session's connection (sync/src/live/connection.rs) in a worker in headless Chromium,
// through the real relay (@y/websocket-server) started here on a free port: the Rust tests in
// sync/tests/live_relay.rs, then every frame the relay carried is checked for clear text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { startRelay } from './relay.mjs';

const ROOT = resolve(import.meta.dirname, '..');

test('two people in a live session through the relay; the relay sees no clear text', { timeout: 900_000 }, async () => {
  const relay = await startRelay();
  try {
    const cargo = spawn(
      'cargo',
      ['test', '-p', 'kontaktpunkt-sync', '--target', 'wasm32-unknown-unknown', '--features', 'relay-test', '--test', 'live_relay'],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          KP_TEST_RELAY: relay.url,
          CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER: 'wasm-bindgen-test-runner',
          CHROMEDRIVER: process.env.CHROMEDRIVER ?? '/usr/bin/chromedriver',
          PATH: `${ROOT}/node_modules/.bin:${process.env.HOME}/.cargo/bin:${process.env.PATH}`,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let said = '';
    cargo.stdout.on('data', (d) => (said += d));
    cargo.stderr.on('data', (d) => (said += d));
    const [code] = await once(cargo, 'exit');
    assert.equal(code, 0, said.slice(-4000));
    assert.match(said, /test result: ok\. 2 passed/);

    const frames = await relay.frames();
    assert.ok(frames.length > 10, `the relay carried the session (${frames.length} frames)`);
    for (const clear of ['Kundenhotline', 'Rechnung', 'Ada Lovelace', 'Lovelace']) {
      assert.equal(frames.filter((f) => f.includes(clear)).length, 0, `no frame holds "${clear}"`);
    }
  } finally {
    await relay.close();
  }
});
