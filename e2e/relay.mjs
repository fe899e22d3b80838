// The relay of a live session for tests: the unmodified `@y/websocket-server` (the package's
// own `setupWSConnection`), run in a child process on 127.0.0.1 at a free port, with
// persistence in a folder of its own, so a test can stop it and start it again on the same
// port and the same stored rooms (as `make relay` runs it; docs/collaboration.md).
//
// Every WebSocket frame it carries, in either direction, is recorded (base64 lines in a file),
// so a test can check that none of them holds a touchpoint's name in clear text.
//
//   const relay = await startRelay();   // relay.url: ws://127.0.0.1:<port>
//   await relay.stop(); await relay.start();
//   const frames = await relay.frames(); // Buffer[]
//   await relay.close();                // stops it and removes its folder
//   const app = await distWithRelay(relay.url); // a copy of dist/ whose page names the relay
//
// Run as a script (`node e2e/relay.mjs`), this file is the relay process itself.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);

/**
 * The built app (dist/) copied into a folder of its own, its page naming the relay at `url`
 * and its CSP allowing it, as the build-time setting KONTAKTPUNKT_RELAY makes it
 * (scripts/postbuild.mjs). `dir` to serve, `remove()` when done.
 */
export async function distWithRelay(url) {
  const dir = await mkdtemp(join(tmpdir(), 'kp-live-app-'));
  await cp(resolve(import.meta.dirname, '..', 'dist'), dir, { recursive: true });
  const index = join(dir, 'index.html');
  const html = (await readFile(index, 'utf8'))
    .replace('name="kontaktpunkt-relay" content=""', `name="kontaktpunkt-relay" content="${url}"`)
    .replace(/connect-src ([^;"]*)/, `connect-src $1 ${url}/`);
  await writeFile(index, html);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A free TCP port on loopback. */
export async function freePort() {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address();
  probe.close();
  await once(probe, 'close');
  return port;
}

/** Starts a relay on a free port; see the head of this file. */
export async function startRelay() {
  const dir = await mkdtemp(join(tmpdir(), 'kp-relay-'));
  const port = await freePort();
  const framesFile = join(dir, 'frames.log');
  let child = null;

  async function start() {
    if (child) return;
    child = spawn(process.execPath, [SELF], {
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), YPERSISTENCE: join(dir, 'rooms'), RELAY_FRAMES: framesFile },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let said = '';
    for await (const chunk of child.stdout) {
      said += chunk;
      if (said.includes('listening')) break;
    }
    if (!said.includes('listening')) throw new Error(`the relay did not start: ${said}`);
  }

  async function stop() {
    if (!child) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
    child = null;
  }

  await start();
  return {
    port,
    url: `ws://127.0.0.1:${port}`,
    start,
    stop,
    /** Every frame carried so far, in order. */
    async frames() {
      const text = await readFile(framesFile, 'utf8').catch(() => '');
      return text.split('\n').filter(Boolean).map((line) => Buffer.from(line, 'base64'));
    },
    async close() {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

// The relay process: @y/websocket-server's bin, with each frame also written to RELAY_FRAMES.
async function serveRelay() {
  const { appendFileSync } = await import('node:fs');
  const http = await import('node:http');
  const { default: WebSocket } = await import('ws');
  const { setupWSConnection, getPersistence } = await import('@y/websocket-server/utils');
  const record = (data) => {
    if (process.env.RELAY_FRAMES) appendFileSync(process.env.RELAY_FRAMES, `${Buffer.from(data).toString('base64')}\n`);
  };
  const wss = new WebSocket.Server({ noServer: true });
  wss.on('connection', (conn, req) => {
    conn.on('message', record);
    const send = conn.send.bind(conn);
    conn.send = (data, ...rest) => {
      record(data);
      return send(data, ...rest);
    };
    setupWSConnection(conn, req);
  });
  const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('okay'));
  server.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)));
  server.listen(Number(process.env.PORT), process.env.HOST, () => console.log('listening'));
  // Stopped like a relay that is shut down: the stored rooms' pending writes end first.
  process.on('SIGTERM', async () => {
    for (const client of wss.clients) client.terminate();
    await getPersistence()?.provider?.destroy();
    process.exit(0);
  });
}

if (process.argv[1] === SELF) await serveRelay();
