#!/usr/bin/env node
// Keeps the core's layers: every `crate::NAME` in core/src (code and doc comments alike) is an
// edge from the file's top-level module to NAME. Fails on an import against the declared order
// (a module uses only its own layer and the ones below), on a module missing from the order,
// and on any cycle between top-level modules, printing file:line for each.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// Bottom to top; the same order is written in core/src/lib.rs's doc comment.
const LAYERS = ['locale', 'domain', 'figures', 'io', 'rounds', 'selfcheck', 'text'];

const root = new URL('../core/src/', import.meta.url).pathname;
const rank = new Map(LAYERS.map((name, i) => [name, i]));
const problems = [];
const edges = new Map(); // from -> Map(to -> first "file:line")

function rustFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return rustFiles(path);
    return name.endsWith('.rs') ? [path] : [];
  });
}

for (const path of rustFiles(root)) {
  const file = relative(root, path);
  if (file === 'lib.rs') continue;
  const from = file.split('/')[0].replace(/\.rs$/, '');
  const where = `core/src/${file}`;
  if (!rank.has(from)) {
    problems.push(`${where}: module \`${from}\` is not in the layer order (scripts/check-layers.mjs)`);
    continue;
  }
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    for (const [, to] of line.matchAll(/\bcrate::([a-z_][a-z0-9_]*)/g)) {
      const at = `${where}:${i + 1}`;
      if (to === from) continue;
      if (!rank.has(to)) {
        problems.push(`${at}: \`crate::${to}\` is not a module of the layer order`);
        continue;
      }
      if (!edges.has(from)) edges.set(from, new Map());
      if (!edges.get(from).has(to)) edges.get(from).set(to, at);
      if (rank.get(to) > rank.get(from)) {
        problems.push(`${at}: \`${from}\` (layer ${rank.get(from) + 1}) uses \`crate::${to}\` (layer ${rank.get(to) + 1}), a layer above it`);
      }
    }
  });
}

// Cycles, found by depth-first search; each is reported once with the file:line of every edge.
const state = new Map(); // module -> 'open' | 'done'
function visit(node, path) {
  state.set(node, 'open');
  for (const [next] of edges.get(node) ?? []) {
    if (state.get(next) === 'open') {
      const cycle = [...path.slice(path.indexOf(next)), next];
      const steps = cycle.slice(0, -1).map((m, i) => `  ${m} -> ${cycle[i + 1]} at ${edges.get(m).get(cycle[i + 1])}`);
      problems.push(`cycle ${cycle.join(' -> ')}:\n${steps.join('\n')}`);
    } else if (!state.has(next)) {
      visit(next, [...path, next]);
    }
  }
  state.set(node, 'done');
}
for (const name of LAYERS) if (!state.has(name)) visit(name, [name]);

if (problems.length > 0) {
  console.error(`check-layers: ${problems.length} problem(s) in core/src; layers bottom to top: ${LAYERS.join(' < ')}`);
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log(`check-layers: core/src keeps its layers (${LAYERS.join(' < ')}), no cycles`);
