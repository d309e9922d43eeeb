// The two bench trees, built once into .bench-work/secrets (rebuilt when the recipe changes):
//  deps:   a large clean dependency tree — a hard-linked copy of the project's node_modules, nested
//          node_modules renamed (secretlint always skips them), a few seeded fake keys planted;
//  source: a source tree dense with test secrets (trufflehog-like) — real source text already on
//          the machine (node_modules code, Python's and Perl's libraries) with the test suite's
//          secret formats (test/secrets/corpus.ts) planted on a few percent of the lines, and
//          config / test-data files (.env, YAML, JSON, Web.config, …) made of those cases.
// Both trees hold only what BOTH tools read as text and neither skips: regular files of at most
// 1 MB, no NUL byte, not binary by secretlint's test (extension or content), no symlinks, no
// .gitignore or secretlint ignore / config files, no nested .git. Each is a git repository with
// every file in the index (pipeguard lists a repository's files with git, secretlint walks).
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { quick, root, work } from './common.mjs';
import { generators } from './generators.mjs';
import { peerIsBinary } from './peer.mjs';

/** Bump when a tree's recipe changes: the trees on disk are rebuilt. */
const RECIPE = 4;
const MAX_FILE = 1024 * 1024;
/** Names no tool may see: ignore / config files change what a tool reads. */
const DROPPED_NAMES = /^(\.gitignore|\.gitmodules|\.secretlintignore.*|\.secretlintrc.*)$/;

const SOURCE_BYTES = quick ? 2_000_000 : 20_000_000;
const SOURCE_FILES = quick ? 350 : 3_500;
/** Share of the source tree's files that are config / test-data files made of cases. */
const FIXTURE_SHARE = 0.15;
/** Chance, per line of a source file, that a case (true secret or look-alike) follows it. */
const PLANT_RATE = 0.012;

/** `{ name, dir, files }` for each tree, building what is missing. */
export async function buildTrees() {
  return [await depsTree(), await sourceTree()];
}

/**
 * `count` copies of a built tree in one repository, `c1/` … `c<count>/`, hard-linked (no disk use),
 * for the steady-state part (steady-state.mjs); rebuilt whenever the tree itself is.
 */
export async function copiesTree(tree, count) {
  const dir = `${tree.dir}-x${count}`;
  const of = readFileSync(`${tree.dir}.ready`, 'utf8');
  await ready(
    dir,
    () => {
      for (let k = 1; k <= count; k++) {
        const to = path.join(dir, `c${k}`);
        if (spawnSync('cp', ['-al', `${tree.dir}/.`, to]).status !== 0)
          cpSync(tree.dir, to, { recursive: true });
      }
    },
    { of },
  );
  return { ...tree, dir };
}

/** Builds `dir` unless the marker says it is built to this recipe; returns the build's stats. */
async function ready(dir, build, inputs = {}) {
  const marker = `${dir}.ready`;
  const recipe = { RECIPE, quick, ...inputs };
  if (existsSync(marker) && existsSync(dir)) {
    const built = JSON.parse(readFileSync(marker, 'utf8'));
    if (JSON.stringify(built.recipe) === JSON.stringify(recipe)) return built.stats;
  }
  rmSync(marker, { force: true });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  console.log(`building ${path.relative(root, dir)} …`);
  const stats = (await build()) ?? {};
  prune(dir);
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['add', '-A'], { cwd: dir });
  writeFileSync(marker, JSON.stringify({ recipe, stats }));
  return stats;
}

// ---------- deps: the project's node_modules ----------
async function depsTree() {
  const dir = path.join(work, quick ? 'tree-deps-quick' : 'tree-deps');
  const stats = await ready(dir, async () => {
    const source = path.join(root, 'node_modules');
    let budget = quick ? 20 * 1024 * 1024 : Infinity;
    for (const entry of readdirSync(source).sort()) {
      // Tools and caches (.bin, .cache, .vite: vitest rewrites its results there), not packages.
      if (entry === 'node' || entry.startsWith('.')) continue;
      const from = path.join(source, entry);
      const size = quick ? du(from) : 0;
      if (size > budget) continue;
      // Hard links: a copy in content without doubling the disk use. Nothing here ever writes to
      // a copied file (pruning unlinks, renaming moves): node_modules itself stays untouched.
      const to = path.join(dir, entry);
      if (spawnSync('cp', ['-al', from, to]).status !== 0)
        cpSync(from, to, { recursive: true, verbatimSymlinks: true });
      budget -= size;
    }
    renameNested(dir);
    // A few seeded keys (new files), so the run also shows both tools find something here.
    const { buildCorpus } = await generators('deps');
    const ng = buildCorpus().filter((c) => c.kind === 'ng');
    let secrets = 0;
    for (let i = 0; i < ng.length; i += Math.floor(ng.length / 12)) {
      const file = path.join(dir, 'zz-planted', String(i), ng[i].file);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, ng[i].text);
      secrets++;
    }
    return { secrets };
  });
  return {
    name: 'deps',
    title: 'clean dependency tree (node_modules copy)',
    dir,
    note: `files <= 1 MB, nested node_modules renamed nm_; ${stats.secrets} seeded test secrets under zz-planted/`,
  };
}

/** secretlint always skips directories named node_modules: rename them so both see the same code. */
function renameNested(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const full = path.join(dir, entry.name);
    if (entry.name === 'node_modules') {
      const target = path.join(dir, 'nm_');
      renameSync(full, target);
      renameNested(target);
    } else renameNested(full);
  }
}

function du(file) {
  const info = lstatSync(file);
  if (!info.isDirectory()) return info.isFile() ? info.size : 0;
  let total = 0;
  for (const entry of readdirSync(file)) total += du(path.join(file, entry));
  return total;
}

/** Removes (unlinks) everything one of the tools would not read as a text file. */
function prune(dir) {
  const isBinaryForPeer = peerIsBinary();
  const visit = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === '.git') rmSync(full, { recursive: true, force: true });
        else visit(full);
      } else if (!entry.isFile() || DROPPED_NAMES.test(entry.name) || !isText(full))
        rmSync(full, { force: true });
    }
  };
  const isText = (full) => {
    if (statSync(full).size > MAX_FILE) return false;
    const bytes = readFileSync(full);
    // pipeguard: a NUL in the first 8000 bytes (git's test); secretlint: istextorbinary.
    return !bytes.subarray(0, 8000).includes(0) && !isBinaryForPeer(full, bytes);
  };
  visit(dir);
}

// ---------- source: real source text with test secrets planted ----------
async function sourceTree() {
  const dir = path.join(work, quick ? 'tree-source-quick' : 'tree-source');
  const stats = await ready(dir, async () => {
    const generate = await generators('source');
    const random = generate.rng(16);
    const pool = sourcePool();
    // Seeded Fisher-Yates over the sorted pool: the same files every run.
    for (let i = pool.length - 1; i > 0; i--) {
      const k = Math.floor(random() * (i + 1));
      [pool[i], pool[k]] = [pool[k], pool[i]];
    }
    const cases = caseStream(generate, random);
    // Lines in all, lines of planted cases, and the true secrets among the cases.
    const stats = { lines: 0, planted: 0, secrets: 0 };
    const plant = (c) => {
      stats.planted += c.text.replace(/\n$/, '').split('\n').length;
      if (c.kind === 'ng') stats.secrets++;
      return c.text;
    };
    const fixtureFiles = Math.round(SOURCE_FILES * FIXTURE_SHARE);
    let bytes = writeFixtures(dir, fixtureFiles, cases, random, plant, stats);
    let files = fixtureFiles;
    for (const item of pool) {
      if (bytes >= SOURCE_BYTES || files >= SOURCE_FILES) break;
      const lines = readFileSync(item.full, 'utf8').split('\n');
      const out = [];
      for (const line of lines) {
        out.push(line);
        if (random() < PLANT_RATE) out.push(plant(cases.next().value).replace(/\n$/, ''));
      }
      const text = out.join('\n');
      const file = path.join(dir, item.rel);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      stats.lines += text.split('\n').length;
      bytes += Buffer.byteLength(text);
      files++;
    }
    return stats;
  });
  const share = (n) => `${((100 * n) / stats.lines).toFixed(1)} %`;
  return {
    name: 'source',
    title: 'source tree dense with test secrets',
    dir,
    note: `${stats.lines} lines, ${stats.planted} (${share(stats.planted)}) from planted cases of test/secrets/corpus.ts: ${stats.secrets} true secrets, the rest look-alikes`,
  };
}

/** Candidate source files: text of several languages already on this machine, sorted. */
function sourcePool() {
  const roots = [
    ['js', path.join(root, 'node_modules'), /\.(m?js|cjs|[cm]?ts|h|c|cc|md|json|ya?ml|lua|sh)$/],
  ];
  for (const lib of ['/usr/lib', '/usr/share']) {
    if (!existsSync(lib)) continue;
    for (const entry of readdirSync(lib).sort()) {
      if (/^python3\.\d+$/.test(entry)) roots.push(['py', path.join(lib, entry), /\.py$/]);
      if (/^perl5?$/.test(entry)) roots.push(['perl', path.join(lib, entry), /\.p[ml]$/]);
    }
  }
  const isBinaryForPeer = peerIsBinary();
  const pool = [];
  for (const [prefix, base, pattern] of roots) {
    const visit = (rel) => {
      let entries;
      try {
        entries = readdirSync(path.join(base, rel), { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const child = rel ? `${rel}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
          // Not the node binary's package, tool / cache folders (.bin, .vite, …) or add-ons.
          if (!/^(\..*|node|site-packages|dist-packages)$/.test(entry.name)) visit(child);
        } else if (entry.isFile() && pattern.test(entry.name)) {
          const full = path.join(base, child);
          const size = statSync(full).size;
          if (size < 512 || size > 64 * 1024) continue;
          const bytes = readFileSync(full);
          if (bytes.includes(0) || isBinaryForPeer(full, bytes)) continue;
          const renamed = child.replace(/(^|\/)node_modules(?=\/)/g, '$1nm_');
          pool.push({ full, rel: `${prefix}/${renamed}` });
        }
      }
    };
    visit('');
  }
  return pool;
}

/** Cases from the test suite's corpus (true secrets and look-alikes), round after round. */
function* caseStream({ buildCorpus }, random) {
  for (;;) {
    const round = buildCorpus();
    for (let i = round.length - 1; i > 0; i--) {
      const k = Math.floor(random() * (i + 1));
      [round[i], round[k]] = [round[k], round[i]];
    }
    yield* round;
  }
}

/** Config / test-data files: 3 to 12 cases of one file kind each, under testdata/<n>/. */
function writeFixtures(dir, count, cases, random, plant, stats) {
  const pending = new Map();
  let bytes = 0;
  for (let n = 0; n < count;) {
    const c = cases.next().value;
    const group = pending.get(c.file) ?? [];
    group.push(c);
    pending.set(c.file, group);
    if (group.length < 3 + Math.floor(random() * 10)) continue;
    const file = path.join(dir, 'testdata', String(n), c.file);
    mkdirSync(path.dirname(file), { recursive: true });
    const text = group
      .map(plant)
      .map((t) => (t.endsWith('\n') ? t : `${t}\n`))
      .join('\n');
    writeFileSync(file, text);
    stats.lines += text.split('\n').length - 1;
    bytes += Buffer.byteLength(text);
    pending.delete(c.file);
    n++;
  }
  return bytes;
}
