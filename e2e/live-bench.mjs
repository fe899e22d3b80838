// Figures of live sessions for scripts/bench.sh (tab-separated rows): 10 people editing 300
// touchpoints through the real relay, started here on a free port and restarted once in the
// middle (sync/examples/live_convergence.rs). Printed, never asserted.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { startRelay } from './relay.mjs';

const relay = await startRelay();
try {
  const bench = spawn('cargo', ['run', '--quiet', '--release', '-p', 'kontaktpunkt-sync', '--example', 'live_convergence', '--', relay.url], {
    cwd: resolve(import.meta.dirname, '..'),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  for await (const line of createInterface({ input: bench.stdout })) {
    if (line === 'restart') {
      await relay.stop();
      await relay.start();
      bench.stdin.write('go\n');
    } else {
      console.log(line);
    }
  }
} finally {
  await relay.close();
}
