// The release build as a static host gets it: precompressed twins (.br, .gz) of every text and
// wasm file, each decoding to exactly its original, and none of them in the offline cache list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DIST } from './support.mjs';

test('every wasm, JS, CSS and HTML file has .br and .gz twins with the same content', async () => {
  const names = await readdir(DIST);
  const originals = names.filter((n) => /\.(wasm|js|css|html|webmanifest)$/.test(n));
  assert.ok(originals.some((n) => n.endsWith('.wasm')), 'the build has a wasm file');
  for (const name of originals) {
    const original = await readFile(join(DIST, name));
    assert.ok(names.includes(`${name}.br`) && names.includes(`${name}.gz`), `${name} has both twins`);
    assert.ok(brotliDecompressSync(await readFile(join(DIST, `${name}.br`))).equals(original), `${name}.br`);
    assert.ok(gunzipSync(await readFile(join(DIST, `${name}.gz`))).equals(original), `${name}.gz`);
  }
  const worker = await readFile(join(DIST, 'sw.js'), 'utf8');
  assert.doesNotMatch(worker, /\.(br|gz)"/, 'the service worker caches the plain files only');
});
