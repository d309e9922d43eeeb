// `npm run bench -- validate`: 10,000 model-request envelopes (1% invalid) validated by the built
// pipeguard CLI and by ajv-cli 5 on the same schema, in the same run, next to the time a plain Node
// process needs to merely read the 10,000 files. Prints wall times (median of RUNS) and ratios.
// Targets (issue 4): pipeguard >= 2x faster than ajv-cli, and <= 1.5x the read time, with
// line-located errors on. Data goes to .bench-work/validate (git-ignored), never committed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
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

// --- runs -------------------------------------------------------------------------------------
function timed(args, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    cwd: work,
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    ...options,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, ...result };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const env = { ...process.env, NO_COLOR: '1' };
for (const key of Object.keys(env)) if (/^(GITHUB_|INPUT_|RUNNER_)/.test(key)) delete env[key];
const contenders = {
  read: () => timed([reader, 'envelopes'], { env }),
  pipeguard: () =>
    timed(
      [
        cli,
        'validate',
        '--schema-only',
        '--schema',
        'model-request-envelope.v1',
        '--format',
        'json',
        'envelopes',
      ],
      { env },
    ),
  'ajv-cli': () =>
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
      { env, cwd: work },
    ),
};

// Sanity first: every tool must see exactly the invalid files, and pipeguard must locate each error.
const first = contenders.pipeguard();
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
const ajvFirst = contenders['ajv-cli']();
const ajvInvalid = (ajvFirst.stderr.match(/ invalid$/gm) ?? []).length;
if (ajvInvalid !== expectedInvalid)
  throw new Error(
    `ajv-cli reported ${ajvInvalid} invalid files (expected ${expectedInvalid}): ${ajvFirst.stderr.slice(0, 500)}`,
  );

const times = { read: [], pipeguard: [], 'ajv-cli': [] };
for (let run = 0; run < RUNS; run++) {
  // Interleaved, so a noisy neighbour slows every contender alike.
  for (const [name, go] of Object.entries(contenders)) times[name].push(go().seconds);
}
const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));

const row = (name, note) =>
  `  ${name.padEnd(10)} ${m[name].toFixed(3)} s   (runs: ${times[name].map((t) => t.toFixed(3)).join(' ')})${note ? `  ${note}` : ''}`;
console.log(
  `validate: ${FILES} envelope files (${expectedInvalid} invalid, ${report.findings.length} located errors), node ${process.version}, median of ${RUNS}`,
);
console.log(row('read', 'plain readFileSync of every file'));
console.log(row('pipeguard', `validate --schema-only, errors at file:line:col`));
console.log(
  row('ajv-cli', 'ajv-cli 5 --spec=draft2020 --all-errors -c ajv-formats, no line numbers'),
);
const speedup = m['ajv-cli'] / m.pipeguard;
const overRead = m.pipeguard / m.read;
console.log(
  `  pipeguard vs ajv-cli: ${speedup.toFixed(2)}x faster (target >= 2x) ${speedup >= 2 ? 'OK' : 'MISSED'}`,
);
console.log(
  `  pipeguard vs read:    ${overRead.toFixed(2)}x the read time (target <= 1.5x) ${overRead <= 1.5 ? 'OK' : 'MISSED'}`,
);
