#!/usr/bin/env node
// Keeps the core's layers as the compiler sees them. Fails, printing file:line for each, on:
// - a use of a module above the file's own (`crate::NAME` in code and doc comments alike,
//   `crate::{…}` groups, the crate root's re-exports such as `crate::Texts`, and `super::`
//   paths that climb out of a top-level module);
// - a call of a method that a higher layer adds to a lower layer's type (`lang.texts()` from
//   io: `impl Lang { fn texts }` lives in text), found by name where no layer at or below the
//   caller defines a method of that name;
// - a module missing from the order, a cycle between top-level modules, and a new circle of
//   files inside a top-level module (see KNOWN_FILE_CIRCLES).
// Not followed: methods of std traits a higher layer implements for a lower type (such as
// `Display for ModelError` in text); their names are std's, not the crate's.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// Bottom to top; the same order is written in core/src/lib.rs's doc comment.
const LAYERS = ['locale', 'domain', 'edits', 'figures', 'io', 'rounds', 'views', 'selfcheck', 'text'];

// Circles of files that were there when the check began to look inside the layers, each
// listed once with why it stays. A circle that grows or a new one fails.
const KNOWN_FILE_CIRCLES = [
  {
    files: ['domain/error.rs', 'domain/kpis.rs', 'domain/limits.rs', 'domain/model.rs', 'domain/shared.rs', 'domain/tracking.rs', 'domain/validate.rs'],
    why: 'the model\'s types (model, kpis, tracking, shared lists), their errors and limits and their one gate (validate::restore) name each other; they are one type system split into files for reading, and an order among them would scatter the model\'s invariants',
  },
  {
    files: ['io/share/v1/later.rs', 'io/share/v1/read.rs', 'io/share/v1/write.rs'],
    why: 'the v1 link\'s reader and writer share the layout of its later fields (later.rs), which reads and writes through both',
  },
  {
    files: ['selfcheck/error.rs', 'selfcheck/result.rs', 'selfcheck/texts.rs'],
    why: 'the self-check words its own errors and results in its texts, which in turn name the result\'s bands',
  },
];

const root = new URL('../core/src/', import.meta.url).pathname;
const rank = new Map(LAYERS.map((name, i) => [name, i]));
const problems = [];
const edges = new Map(); // top module -> Map(top module -> first "file:line")

function rustFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return rustFiles(path);
    return name.endsWith('.rs') ? [path] : [];
  });
}

/** The text with comments, strings and char literals blanked (line breaks kept). */
function codeOnly(text) {
  let out = '';
  let i = 0;
  const blank = (s) => s.replace(/[^\n]/g, ' ');
  while (i < text.length) {
    const rest = text.slice(i, i + 3);
    let m;
    if (rest.startsWith('//')) {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      out += blank(text.slice(i, stop));
      i = stop;
    } else if (rest.startsWith('/*')) {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += blank(text.slice(i, stop));
      i = stop;
    } else if ((m = /^b?r(#*)"/.exec(text.slice(i, i + 12)))) {
      const close = `"${m[1]}`;
      const end = text.indexOf(close, i + m[0].length);
      const stop = end < 0 ? text.length : end + close.length;
      out += blank(text.slice(i, stop));
      i = stop;
    } else if (text[i] === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += blank(text.slice(i, j + 1));
      i = j + 1;
    } else if ((m = /^'(\\[^']{1,10}|[^\\'])'/.exec(text.slice(i, i + 14)))) {
      out += blank(m[0]);
      i += m[0].length;
    } else {
      out += text[i];
      i += 1;
    }
  }
  return out;
}

// Every file as a module path: io/csv_io/import/mod.rs is io::csv_io::import.
const files = rustFiles(root)
  .map((path) => relative(root, path))
  .filter((file) => file !== 'lib.rs')
  .sort();
const modulePath = (file) => file.replace(/\.rs$/, '').split('/').filter((s, i, all) => !(s === 'mod' && i === all.length - 1));
const fileOf = new Map(files.map((file) => [modulePath(file).join('::'), file]));
const source = new Map(files.map((file) => [file, readFileSync(join(root, file), 'utf8')]));
const code = new Map(files.map((file) => [file, codeOnly(source.get(file))]));
const lineAt = (text, index) => text.slice(0, index).split('\n').length;

/** `use` trees expanded: `a::{b, c::{d, e}}` -> ['a::b', 'a::c::d', 'a::c::e']. */
function expandUse(tree) {
  tree = tree.replace(/\s+/g, '');
  const open = tree.indexOf('{');
  if (open < 0) return [tree.replace(/::self$/, '').replace(/\bas\w+$/, '')];
  const prefix = tree.slice(0, open);
  const inner = tree.slice(open + 1, tree.lastIndexOf('}'));
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= inner.length; i++) {
    const c = inner[i];
    if (c === '{') depth++;
    if (c === '}') depth--;
    if ((c === ',' && depth === 0) || i === inner.length) {
      const part = inner.slice(start, i);
      if (part) parts.push(part);
      start = i + 1;
    }
  }
  return parts.flatMap((part) => expandUse(part === 'self' ? prefix.replace(/::$/, '') : prefix + part));
}

/**
 * The paths a file names, each with its line and whether it is a `pub use` (a re-export).
 * `super` and `self` are resolved against the module the path stands in (inline `mod x {`
 * blocks count); a first segment that is a child module of that module is made absolute.
 */
function pathsOf(file) {
  const text = code.get(file);
  const own = modulePath(file);
  const found = [];
  // Inline modules: [name, brace depth at which it closes].
  const inline = [];
  let depth = 0;
  const scopeAt = new Array(text.length);
  const modRe = /\bmod\s+([a-z_][a-z0-9_]*)\s*\{/y;
  for (let i = 0; i < text.length; i++) {
    modRe.lastIndex = i;
    const m = text[i] === 'm' ? modRe.exec(text) : null;
    if (m) {
      inline.push([m[1], depth]);
      scopeAt.fill([...own, ...inline.map(([n]) => n)], i, i + m[0].length);
      i += m[0].length - 1;
      depth++;
      continue;
    }
    if (text[i] === '{') depth++;
    if (text[i] === '}') {
      depth--;
      if (inline.length && inline[inline.length - 1][1] === depth) inline.pop();
    }
    scopeAt[i] = [...own, ...inline.map(([n]) => n)];
  }
  const absolute = (path, scope) => {
    const segs = path.split('::');
    if (segs[0] === 'crate') return segs.slice(1);
    if (segs[0] === 'self') return [...scope, ...segs.slice(1)];
    if (segs[0] === 'super') {
      let base = [...scope];
      let k = 0;
      while (segs[k] === 'super') {
        base = base.slice(0, -1);
        k++;
      }
      return [...base, ...segs.slice(k)];
    }
    if (fileOf.has([...scope, segs[0]].join('::'))) return [...scope, ...segs];
    return null;
  };
  for (const m of text.matchAll(/\b(pub(?:\([^)]*\))?\s+)?use\s+([^;]+);/g)) {
    const scope = scopeAt[m.index] ?? own;
    for (const path of expandUse(m[2])) {
      const abs = absolute(path, scope);
      if (abs) found.push({ abs, line: lineAt(text, m.index), reexport: Boolean(m[1]) });
    }
  }
  for (const m of text.matchAll(/(?<![\w:])((?:crate|self|super)(?:::[A-Za-z_][A-Za-z0-9_]*)+)/g)) {
    const abs = absolute(m[1], scopeAt[m.index] ?? own);
    if (abs) found.push({ abs, line: lineAt(text, m.index), reexport: false });
  }
  return found;
}

const paths = new Map(files.map((file) => [file, pathsOf(file)]));

// Re-exports: module path -> Map(name -> absolute path it stands for).
const reexports = new Map();
for (const [file, list] of paths) {
  const mod = modulePath(file).join('::');
  for (const { abs, reexport } of list) {
    if (!reexport) continue;
    if (!reexports.has(mod)) reexports.set(mod, new Map());
    reexports.get(mod).set(abs[abs.length - 1], abs);
  }
}
const libReexports = new Map(
  [...readFileSync(join(root, 'lib.rs'), 'utf8').matchAll(/^pub use ([a-z_]+)((?:::\w+)*)::(\w+);/gm)].map((m) => [m[3], m[1]]),
);

/** The file that defines what `abs` names, following re-exports (glob re-exports aside). */
function targetFile(abs, seen = 0) {
  for (let n = abs.length; n > 0; n--) {
    const mod = abs.slice(0, n).join('::');
    if (!fileOf.has(mod)) continue;
    const next = abs[n];
    const via = next && reexports.get(mod)?.get(next);
    if (via && seen < 8 && via.join('::') !== abs.join('::')) return targetFile([...via, ...abs.slice(n + 1)], seen + 1);
    return fileOf.get(mod);
  }
  return null;
}

// 1. Layers: edges between top-level modules.
function edge(from, to, at) {
  if (to === from) return;
  if (!rank.has(to)) {
    problems.push(`${at}: \`crate::${to}\` is not a module of the layer order`);
    return;
  }
  if (!edges.has(from)) edges.set(from, new Map());
  if (!edges.get(from).has(to)) edges.get(from).set(to, at);
  if (rank.get(to) > rank.get(from)) {
    problems.push(`${at}: \`${from}\` (layer ${rank.get(from) + 1}) uses \`crate::${to}\` (layer ${rank.get(to) + 1}), a layer above it`);
  }
}

for (const file of files) {
  const from = file.split('/')[0].replace(/\.rs$/, '');
  const where = `core/src/${file}`;
  if (!rank.has(from)) {
    problems.push(`${where}: module \`${from}\` is not in the layer order (scripts/check-layers.mjs)`);
    continue;
  }
  // Doc comments count too: a doc link to a higher layer is a dependency of the docs.
  source.get(file).split('\n').forEach((line, i) => {
    for (const [, to] of line.matchAll(/\bcrate::([a-z_][a-z0-9_]*)/g)) edge(from, to, `${where}:${i + 1}`);
    for (const [, name] of line.matchAll(/\bcrate::([A-Z]\w*)/g)) {
      if (libReexports.has(name)) edge(from, libReexports.get(name), `${where}:${i + 1}`);
    }
  });
  for (const { abs, line } of paths.get(file)) {
    if (abs.length === 0) continue;
    const to = libReexports.get(abs[0]) ?? abs[0];
    edge(from, to, `${where}:${line}`);
  }
}

// 2. Methods a higher layer adds to a lower layer's type, called from below that layer.
const layerOf = (file) => file.split('/')[0].replace(/\.rs$/, '');
const definedIn = new Map(); // type name -> every top module that defines one of that name
const methodsAt = new Map(); // method name -> lowest rank that defines a fn of that name
for (const file of files) {
  const text = code.get(file);
  for (const m of text.matchAll(/\b(?:struct|enum|trait|type)\s+([A-Z]\w*)/g)) {
    if (!definedIn.has(m[1])) definedIn.set(m[1], new Set());
    definedIn.get(m[1]).add(layerOf(file));
  }
  for (const m of text.matchAll(/\bfn\s+([a-z_]\w*)/g)) {
    const r = rank.get(layerOf(file));
    if (r !== undefined && !(methodsAt.get(m[1]) <= r)) methodsAt.set(m[1], r);
  }
}
const added = []; // { method, type, layer, at }
for (const file of files) {
  const text = code.get(file);
  const layer = layerOf(file);
  for (const m of text.matchAll(/\bimpl(?:<[^>]*>)?\s+([A-Z]\w*)(?:<[^>]*>)?\s*\{/g)) {
    // A type of that name in the impl's own layer is the one it extends (two layers may each
    // have a `Reader`); only a name defined below alone is a lower layer's type.
    const homes = definedIn.get(m[1]);
    if (!homes || homes.has(layer)) continue;
    const home = [...homes].sort((a, b) => rank.get(a) - rank.get(b))[0];
    if (!(rank.get(home) < rank.get(layer))) continue;
    let depth = 0;
    let end = m.index + m[0].length - 1;
    for (; end < text.length; end++) {
      if (text[end] === '{') depth++;
      if (text[end] === '}' && --depth === 0) break;
    }
    for (const f of text.slice(m.index, end).matchAll(/\bfn\s+([a-z_]\w*)/g)) {
      added.push({ method: f[1], type: m[1], layer, at: `core/src/${file}:${lineAt(text, m.index + f.index)}` });
    }
  }
}
for (const file of files) {
  const layer = layerOf(file);
  const r = rank.get(layer);
  if (r === undefined) continue;
  const text = code.get(file);
  for (const a of added) {
    if (!(rank.get(a.layer) > r) || methodsAt.get(a.method) <= r) continue;
    const re = new RegExp(`(?:\\.|\\b${a.type}::)${a.method}\\s*\\(`, 'g');
    for (const m of text.matchAll(re)) {
      problems.push(
        `core/src/${file}:${lineAt(text, m.index)}: \`${layer}\` (layer ${r + 1}) calls \`${a.type}::${a.method}\`, which \`${a.layer}\` (layer ${rank.get(a.layer) + 1}) adds at ${a.at}, a layer above it`,
      );
    }
  }
}

// 3. Cycles between top-level modules, found by depth-first search; each is reported once
// with the file:line of every edge.
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

// 4. Circles of files inside a top-level module. A folder's mod.rs declaring and re-exporting
// its files is structure, not use: `mod x;` and `pub use` lines make no edge, and a name a
// mod.rs re-exports leads to the file that defines it.
const fileEdges = new Map(); // file -> Map(file -> line)
for (const file of files) {
  for (const { abs, line, reexport } of paths.get(file)) {
    const to = targetFile(abs);
    if (!to || to === file || reexport || layerOf(to) !== layerOf(file)) continue;
    if (!fileEdges.has(file)) fileEdges.set(file, new Map());
    if (!fileEdges.get(file).has(to)) fileEdges.get(file).set(to, line);
  }
}
// Tarjan's strongly connected components: every component of two or more files is a circle.
let index = 0;
const idx = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const circles = [];
function strong(v) {
  idx.set(v, index);
  low.set(v, index++);
  stack.push(v);
  onStack.add(v);
  for (const [w] of fileEdges.get(v) ?? []) {
    if (!idx.has(w)) {
      strong(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) {
      low.set(v, Math.min(low.get(v), idx.get(w)));
    }
  }
  if (low.get(v) === idx.get(v)) {
    const part = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      part.push(w);
    } while (w !== v);
    if (part.length > 1) circles.push(part.sort());
  }
}
for (const file of files) if (!idx.has(file)) strong(file);
for (const circle of circles) {
  const known = KNOWN_FILE_CIRCLES.find((k) => k.files.length === circle.length && k.files.every((f) => circle.includes(f)));
  if (known) continue;
  const steps = circle.flatMap((f) =>
    [...(fileEdges.get(f) ?? [])].filter(([to]) => circle.includes(to)).map(([to, line]) => `  core/src/${f}:${line} -> core/src/${to}`),
  );
  problems.push(`circle of files in \`${layerOf(circle[0])}\` (${circle.join(', ')}); break it, or list it in KNOWN_FILE_CIRCLES with the reason:\n${steps.join('\n')}`);
}

if (problems.length > 0) {
  console.error(`check-layers: ${problems.length} problem(s) in core/src; layers bottom to top: ${LAYERS.join(' < ')}`);
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log(`check-layers: core/src keeps its layers (${LAYERS.join(' < ')}), no cycles, no new circles of files (${KNOWN_FILE_CIRCLES.length} known)`);
