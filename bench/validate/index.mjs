// `npm run bench -- validate`: 10,000 model-request envelopes (1% invalid) validated by the built
// pipeguard CLI and by ajv-cli 5 on the same schema, in the same run, next to the time a plain Node
// process needs to merely read the 10,000 files. Prints wall times (median of RUNS) and ratios.
// Targets (issue 4): pipeguard >= 2x faster than ajv-cli, and <= 1.5x the read time, with
// line-located errors on. Data goes to .bench-work/validate (git-ignored), never committed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = path.join(repoRoot, '.bench-work', 'validate');
const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
const ajvCli = path.join(repoRoot, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const schema = path.join(repoRoot, 'schemas', 'model-request-envelope.v1.schema.json');
const FILES = Number(process.env.BENCH_FILES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const INVALID_EVERY = 100;

if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run `npm run build` first');
  process.exit(2);
}

// --- data -------------------------------------------------------------------------------------
rmSync(work, { recursive: true, force: true });
const dir = path.join(work, 'envelopes');
mkdirSync(dir, { recursive: true });
const hex = (i, salt) => {
  let out = '';
  let x = (i * 2654435761 + salt) >>> 0;
  while (out.length < 64) {
    x = (x * 1103515245 + 12345) >>> 0;
    out += x.toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
};
for (let i = 0; i < FILES; i++) {
  const envelope = {
    schema_version: '1',
    run_id: `run-${String(Math.floor(i / 10)).padStart(5, '0')}`,
    stage: ['plan', 'codegen', 'review'][i % 3],
    model: i % 2 ? 'gpt-5.2' : 'gpt-5.2-codex',
    reasoning_effort: ['low', 'medium', 'high', 'xhigh'][i % 4],
    input_artifacts: [`artifact://sha256:${hex(i, 1)}`, `artifact://sha256:${hex(i, 2)}`],
    redaction_profile: 'homebrew-default',
    response_schema: 'automation-policy.v1',
    created_at: `2026-01-${String(12 + (i % 5)).padStart(2, '0')}T10:00:00Z`,
  };
  if (i % INVALID_EVERY === 0) {
    // One in a hundred is wrong in a way each tool must point at: an effort outside the enum and
    // an artifact without a digest.
    envelope.reasoning_effort = 'max';
    envelope.input_artifacts[1] = 'artifact://hash';
  }
  writeFileSync(
    path.join(dir, `envelope-${String(i).padStart(5, '0')}.json`),
    `${JSON.stringify(envelope, null, 2)}\n`,
  );
}
const expectedInvalid = Math.ceil(FILES / INVALID_EVERY);
// ajv-cli must know the annotation keyword our schemas carry (VS Code's patternErrorMessage) to
// compile the same schema in strict mode.
const keywords = path.join(work, 'keywords.cjs');
writeFileSync(
  keywords,
  "module.exports = (ajv) => ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });\n",
);
const reader = path.join(work, 'read.mjs');
writeFileSync(
  reader,
  [
    "import { readdirSync, readFileSync } from 'node:fs';",
    'const dir = process.argv[2];',
    'let bytes = 0;',
    'for (const name of readdirSync(dir)) bytes += readFileSync(`${dir}/${name}`, "utf8").length;',
    'console.log(bytes);',
  ].join('\n'),
);

// Both floors compile the schema with ajv's least work: strict, all errors, no meta-schema check.
const FLOOR_AJV_OPTIONS = { strict: true, allErrors: true, meta: false, validateSchema: false };

// The least any JavaScript validator does: read, JSON.parse and a compiled ajv validator per file,
// no positions, no messages, no bundle. It shows how far from that floor pipeguard is.
const floor = path.join(work, 'floor.mjs');
writeFileSync(
  floor,
  [
    "import { readdirSync, readFileSync } from 'node:fs';",
    "import { createRequire } from 'node:module';",
    `const require = createRequire(${JSON.stringify(path.join(repoRoot, 'package.json'))});`,
    "const { Ajv2020 } = require('ajv/dist/2020.js');",
    "const addFormats = require('ajv-formats');",
    `const ajv = new Ajv2020(${JSON.stringify(FLOOR_AJV_OPTIONS)});`,
    'addFormats(ajv);',
    'require(process.argv[3])(ajv);',
    "const validate = ajv.compile(JSON.parse(readFileSync(process.argv[4], 'utf8')));",
    'const dir = process.argv[2];',
    'let invalid = 0;',
    "for (const name of readdirSync(dir)) if (!validate(JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')))) invalid++;",
    'console.log(invalid);',
  ].join('\n'),
);

// The least any JavaScript validator can do: the floor above with the validator compiled ahead of
// time (ajv standalone code, as pipeguard ships its schemas), so nothing but read, JSON.parse and
// the validator's own checks runs. A target below this cannot be met by any Node validator here.
const standaloneValidator = path.join(work, 'envelope-validator.cjs');
writeFileSync(
  path.join(work, 'compile-standalone.cjs'),
  [
    `const require_ = require('node:module').createRequire(${JSON.stringify(path.join(repoRoot, 'package.json'))});`,
    "const { Ajv2020 } = require_('ajv/dist/2020.js');",
    "const standalone = require_('ajv/dist/standalone').default;",
    "const fs = require('node:fs');",
    `const ajv = new Ajv2020(${JSON.stringify({ ...FLOOR_AJV_OPTIONS, code: { source: true } })});`,
    "require_('ajv-formats')(ajv);",
    'require(process.argv[2])(ajv);',
    "const validate = ajv.compile(JSON.parse(fs.readFileSync(process.argv[3], 'utf8')));",
    // The generated code requires ajv's runtime helpers: resolve them from the project (a var may
    // redeclare the CommonJS wrapper's `require`).
    `fs.writeFileSync(process.argv[4], '"use strict"; var require = require("node:module").createRequire(' + JSON.stringify(${JSON.stringify(path.join(repoRoot, 'package.json'))}) + ');\\n' + standalone(ajv, validate));`,
  ].join('\n'),
);
const compiledStandalone = spawnSync(
  process.execPath,
  [path.join(work, 'compile-standalone.cjs'), keywords, schema, standaloneValidator],
  { encoding: 'utf8' },
);
if (compiledStandalone.status !== 0)
  throw new Error(`standalone compile failed: ${compiledStandalone.stderr}`);
const precompiledFloor = path.join(work, 'floor-precompiled.mjs');
writeFileSync(
  precompiledFloor,
  [
    "import { readdirSync, readFileSync } from 'node:fs';",
    "import { createRequire } from 'node:module';",
    'const validate = createRequire(import.meta.url)(process.argv[3]);',
    'const dir = process.argv[2];',
    'let invalid = 0;',
    "for (const name of readdirSync(dir)) if (!validate(JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')))) invalid++;",
    'console.log(invalid);',
  ].join('\n'),
);

// --- runs -------------------------------------------------------------------------------------
/** CPU seconds used by reaped children so far (Linux /proc; undefined elsewhere). */
function childCpu() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    // Fields 16 and 17 of stat(5) (cutime, cstime), in clock ticks (100 per second on Linux).
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

function timed(args, options = {}) {
  const cpuBefore = childCpu();
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    cwd: work,
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    ...options,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpuAfter = childCpu();
  const cpu = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  return { seconds, cpu, ...result };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const env = { ...process.env, NO_COLOR: '1' };
for (const key of Object.keys(env))
  if (/^(GITHUB_|INPUT_|RUNNER_|PIPEGUARD_)/.test(key)) delete env[key];
const pipeguardArgs = [
  cli,
  'validate',
  '--schema-only',
  '--schema',
  'model-request-envelope.v1',
  '--format',
  'json',
  'envelopes',
];
const contenders = {
  read: {
    note: 'plain readFileSync of every file',
    run: () => timed([reader, 'envelopes'], { env }),
  },
  'parse+ajv': {
    note: 'floor: readFileSync + JSON.parse + compiled ajv per file, no positions',
    run: () => timed([floor, 'envelopes', keywords, schema], { env }),
  },
  'parse+aot': {
    note: 'absolute floor: readFileSync + JSON.parse + ahead-of-time compiled validator, nothing else',
    run: () => timed([precompiledFloor, 'envelopes', standaloneValidator], { env }),
  },
  pipeguard: {
    note: 'validate --schema-only, errors at file:line:col (threads: auto)',
    run: () => timed(pipeguardArgs, { env }),
  },
  'pipeguard/1': {
    note: 'the same on one thread (PIPEGUARD_THREADS=1)',
    run: () => timed(pipeguardArgs, { env: { ...env, PIPEGUARD_THREADS: '1' } }),
  },
  'pipeguard/2': {
    note: 'the same on two threads (PIPEGUARD_THREADS=2)',
    run: () => timed(pipeguardArgs, { env: { ...env, PIPEGUARD_THREADS: '2' } }),
  },
  'ajv-cli': {
    note: 'ajv-cli 5 --spec=draft2020 --all-errors -c ajv-formats, no line numbers',
    run: () =>
      timed(
        [
          ajvCli,
          'validate',
          '--spec=draft2020',
          '--all-errors',
          '-c',
          'ajv-formats',
          '-c',
          keywords,
          '-s',
          schema,
          '-d',
          'envelopes/*.json',
        ],
        { env },
      ),
  },
};

// Sanity first: every tool must see exactly the invalid files, and pipeguard must locate each error.
const first = contenders.pipeguard.run();
if (first.status !== 1) throw new Error(`pipeguard exited ${first.status}: ${first.stderr}`);
const report = JSON.parse(first.stdout);
const invalidFiles = new Set(report.findings.map((f) => f.file));
if (
  invalidFiles.size !== expectedInvalid ||
  report.findings.some((f) => !(f.line > 0 && f.column > 0))
) {
  throw new Error(
    `pipeguard reported ${invalidFiles.size} invalid files (expected ${expectedInvalid}) or an error without a line`,
  );
}
const ajvFirst = contenders['ajv-cli'].run();
const ajvInvalid = (ajvFirst.stderr.match(/ invalid$/gm) ?? []).length;
if (ajvInvalid !== expectedInvalid) {
  throw new Error(
    `ajv-cli reported ${ajvInvalid} invalid files (expected ${expectedInvalid}): ${ajvFirst.stderr.slice(0, 500)}`,
  );
}
// The floors must reject the same files, or they would be fast for the wrong reason.
for (const name of ['parse+ajv', 'parse+aot']) {
  const counted = Number(contenders[name].run().stdout.trim());
  if (counted !== expectedInvalid)
    throw new Error(`${name} found ${counted} invalid files (expected ${expectedInvalid})`);
}

const wall = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
const cpu = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
for (let run = 0; run < RUNS; run++) {
  // Interleaved, so a noisy neighbour slows every contender alike.
  for (const [name, contender] of Object.entries(contenders)) {
    const result = contender.run();
    wall[name].push(result.seconds);
    if (result.cpu !== undefined) cpu[name].push(result.cpu);
  }
}
const m = Object.fromEntries(Object.entries(wall).map(([k, v]) => [k, median(v)]));
const c = Object.fromEntries(
  Object.entries(cpu).map(([k, v]) => [k, v.length ? median(v) : undefined]),
);

console.log(
  `validate: ${FILES} envelope files (${expectedInvalid} invalid, ${report.findings.length} located errors), node ${process.version}, ${availableParallelism()} cores, load ${loadavg()[0].toFixed(1)}, median of ${RUNS}`,
);
for (const [name, contender] of Object.entries(contenders)) {
  const cpuText = c[name] === undefined ? '' : `  cpu ${c[name].toFixed(2)} s`;
  console.log(
    `  ${name.padEnd(12)} ${m[name].toFixed(3)} s${cpuText}   (runs: ${wall[name].map((t) => t.toFixed(3)).join(' ')})  ${contender.note}`,
  );
}
const ratio = (label, value, target, ok) =>
  console.log(
    `  ${label.padEnd(28)} ${value.toFixed(2)}x (target ${target}) ${ok ? 'OK' : 'MISSED'}`,
  );
ratio(
  'pipeguard vs ajv-cli (wall)',
  m['ajv-cli'] / m.pipeguard,
  '>= 2x faster',
  m['ajv-cli'] / m.pipeguard >= 2,
);
ratio(
  'pipeguard vs read (wall)',
  m.pipeguard / m.read,
  '<= 1.5x the read',
  m.pipeguard / m.read <= 1.5,
);
console.log(
  `  absolute floor vs read       ${(m['parse+aot'] / m.read).toFixed(2)}x (read + JSON.parse + AOT validator alone; pipeguard is ${(m.pipeguard / m['parse+aot']).toFixed(2)}x it)`,
);
if (c.pipeguard !== undefined && c['ajv-cli'] !== undefined && c.read !== undefined) {
  console.log(
    `  cpu: pipeguard uses ${(c['ajv-cli'] / c['pipeguard/1']).toFixed(2)}x less than ajv-cli (one thread), ${(c['pipeguard/1'] / c.read).toFixed(2)}x the read`,
  );
}
