// What the wasm is made of, for scripts/bench.sh: the release wasm is optimised again as Trunk
// does (wasm-bindgen, then wasm-opt -Oz) but keeping function names (-g), its functions are
// grouped by where they come from, and each group is gzipped on its own. Groups compress apart
// a little worse than the whole file, so the figures say where the bytes are, not exact shares.
// stdout: `name<TAB>value<TAB>unit` lines. Argument: the binary (default `kontaktpunkt`, the
// app; `kontaktpunkt-widget` for the self-check widget).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
// Order matters: the first group whose test matches a function's name takes it.
const GROUPS = [
  ['UI: components (views, props, callbacks)', /CompStateInner<COMP>|CreateRunner<COMP>|PropsWrapper<COMP>|kontaktpunkt::components::|kontaktpunkt::app::/],
  ['UI: store, storage, browser glue', /kontaktpunkt::/],
  ['serde, serde_json', /serde/],
  ['core: model, reducer, figures, codec', /kontaktpunkt_core::/],
  ['yew runtime', /yew::/],
  ['miniz_oxide, qrcode', /miniz_oxide|qrcode/],
  ['web-sys, js-sys, wasm-bindgen, gloo', /web_sys|js_sys|wasm_bindgen|gloo/],
  ['std: fmt, sort, iterators, alloc, hash', /^/],
];

const bin = process.argv[2] ?? 'kontaktpunkt';
const built = join(root, `target/wasm32-unknown-unknown/release/${bin}.wasm`);
const work = mkdtempSync(join(tmpdir(), 'kp-wasm-'));
const named = join(work, 'named.wasm');
try {
  execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', work, built]);
  const wasmOpt = join(root, 'node_modules/.bin/wasm-opt');
  execFileSync(wasmOpt, ['-Oz', '-g', '--detect-features', join(work, `${bin}_bg.wasm`), '-o', named]);
  report(readFileSync(named));
} finally {
  rmSync(work, { recursive: true, force: true });
}


function report(bytes) {
  const { names, bodies, imported, data } = parse(bytes);
  const parts = GROUPS.map(() => []);
  bodies.forEach((body, i) => {
    const name = names.get(imported + i) ?? '';
    parts[GROUPS.findIndex(([, test]) => test.test(name))].push(body);
  });
  const out = (name, value) => process.stdout.write(`${bin === 'kontaktpunkt' ? 'wasm' : 'widget wasm'} gzip: ${name}\t${value}\tbytes\n`);
  GROUPS.forEach(([label], i) => out(label, gzipSync(Buffer.concat(parts[i]), { level: 9 }).length));
  out('data (texts, tables, panic locations)', gzipSync(data, { level: 9 }).length);
}

// The few parts of the wasm binary format needed here: imported functions (they shift the
// indices), the code section's bodies, the data section and the name section's function names.
function parse(bytes) {
  let at = 8;
  const leb = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) return value;
    }
  };
  const text = () => {
    const length = leb();
    at += length;
    return bytes.subarray(at - length, at).toString('utf8');
  };
  let imported = 0;
  const bodies = [];
  const names = new Map();
  let data = Buffer.alloc(0);
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    if (id === 2) {
      for (let count = leb(); count > 0; count--) {
        text();
        text();
        const kind = bytes[at++];
        if (kind === 0) (leb(), imported++);
        else if (kind === 1) (at++, bytes[at++] & 1 ? (leb(), leb()) : leb());
        else if (kind === 2) bytes[at++] & 1 ? (leb(), leb()) : leb();
        else if (kind === 3) at += 2;
        else if (kind === 4) (at++, leb());
      }
    } else if (id === 10) {
      for (let count = leb(); count > 0; count--) {
        const length = leb();
        bodies.push(bytes.subarray(at, at + length));
        at += length;
      }
    } else if (id === 11) {
      data = bytes.subarray(at, end);
    } else if (id === 0 && text() === 'name') {
      while (at < end) {
        const sub = bytes[at++];
        const subEnd = leb() + at;
        if (sub === 1) {
          for (let count = leb(); count > 0; count--) {
            const index = leb();
            names.set(index, text());
          }
        }
        at = subEnd;
      }
    }
    at = end;
  }
  return { names, bodies, imported, data };
}
