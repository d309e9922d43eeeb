import { afterEach, describe, expect, it } from 'vitest';
import { checklistCheck } from '../../src/checks/checklist/index.js';
import { createContext } from '../../src/engine.js';
import type { Finding } from '../../src/report/model.js';
import { tempRepo, type FileTree, type TempRepo } from '../helpers/repo.js';
import { runCli } from '../helpers/run.js';

const quiet = { info: () => undefined, warn: () => undefined, debug: () => undefined };
const OWNERS = [
  '* @org/eng',
  '/deployments/ @org/ml-owners',
  '/exceptions/ @org/security',
  '/.github/allowed_signers @org/security',
  '/.pipeguard.yml @org/security',
  '/.github/CODEOWNERS @org/security',
].join('\n');
const base: FileTree = {
  '.gitignore': '.env\n',
  '.pipeguard.yml':
    'audit:\n  log: audit.jsonl\nchecklist:\n  retention-days: 30\neval-gate:\n  policy: eval-policy.yml\n',
  '.github/CODEOWNERS': `${OWNERS}\n`,
  '.github/allowed_signers': '',
  'exceptions/.keep': '',
};

let repo: TempRepo | undefined;
afterEach(() => repo?.cleanup());

async function findings(
  files: FileTree,
  now = new Date(),
  setup: (r: TempRepo) => void = () => undefined,
): Promise<{ findings: Finding[]; details: Record<string, unknown> }> {
  repo = tempRepo(files);
  setup(repo);
  const ctx = await createContext({ root: repo.dir, env: {}, log: quiet });
  const result = await checklistCheck.runConfigured({ ...ctx, now });
  return { findings: result.findings, details: result.details ?? {} };
}
const rules = (list: Finding[]) => list.map((f) => `${f.rule}:${f.file ?? ''}`).sort();

describe('deploy protection offline: CODEOWNERS owns the trust roots', () => {
  it('passes when every trust root has an owner', async () => {
    const { findings: list } = await findings({ ...base, 'deployments/prod/m.onnx': 'x' });
    expect(rules(list)).toEqual([]);
  });

  it('names each unowned trust root; the last matching rule wins', async () => {
    const { findings: list } = await findings({
      ...base,
      'deployments/prod/m.onnx': 'x',
      '.github/CODEOWNERS': `${OWNERS}\n/deployments/prod/\n/exceptions/*\n`,
    });
    expect(list.map((f) => f.message)).toEqual([
      '.github/CODEOWNERS gives no code owner to deployments/, exceptions/',
    ]);
    expect(list[0]!.severity).toBe('high');
  });

  it('without CODEOWNERS every trust root is named; GitHub reads .github/ before the root', async () => {
    const without = { ...base };
    delete without['.github/CODEOWNERS'];
    const { findings: list } = await findings({ ...without, 'deployments/x': '' });
    expect(list.map((f) => f.message)).toEqual([
      'no CODEOWNERS file (.github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS); unowned: deployments/, exceptions/, .github/allowed_signers, .pipeguard.yml',
    ]);
    // A complete root CODEOWNERS does not count while .github/CODEOWNERS exists and lacks rules.
    const shadowed = await findings({
      ...base,
      CODEOWNERS: `${OWNERS}\n`,
      '.github/CODEOWNERS': '*.py @org/eng\n',
    });
    expect(shadowed.findings.map((f) => f.file)).toEqual(['.github/CODEOWNERS']);
  });

  it('a repository with nothing to ship has no trust roots', async () => {
    const { findings: list } = await findings({
      '.pipeguard.yml': 'audit:\n  log: audit.jsonl\n',
    });
    expect(rules(list)).toEqual([]);
  });
});

describe('retention of runs/', () => {
  const meta = (finished: unknown) => JSON.stringify({ run_id: 'r', finished_on: finished });
  const now = new Date('2026-12-01T00:00:00Z');

  it('reports runs older than retention-days with their age, from meta.json', async () => {
    const { findings: list } = await findings(
      {
        ...base,
        'runs/old/meta.json': meta('2026-10-01T12:00:00Z'),
        'runs/new/meta.json': meta('2026-11-20T12:00:00+01:00'),
      },
      now,
    );
    expect(list.map((f) => `${f.rule} ${f.file} ${f.message}`)).toEqual([
      'run-past-retention runs/old/meta.json runs/old finished 2026-10-01T12:00:00Z (meta.json), 60 days ago: past the 30-day retention',
    ]);
  });

  it('a leap second is read as the next instant; second 60 elsewhere and NaN are reported as unusable', async () => {
    const { findings: list } = await findings(
      {
        ...base,
        'runs/leap/meta.json': meta('2026-06-30T23:59:60Z'),
        'runs/bad-second/meta.json': meta('2026-11-30T10:00:60Z'),
        'runs/nan/meta.json': meta('NaN'),
        'runs/number/meta.json': '{"finished_on": NaN}',
      },
      now,
    );
    const byRun = Object.fromEntries(list.map((f) => [f.file, f.message]));
    expect(byRun['runs/leap/meta.json']).toMatch(
      /finished 2026-07-01T00:00:00Z \(meta.json\), 153 days ago/,
    );
    expect(byRun['runs/bad-second/meta.json']).toMatch(/age unknown .*second 60 is a leap second/);
    expect(byRun['runs/nan/meta.json']).toMatch(/age unknown .*"NaN" names no instant/);
    // Not JSON at all (NaN is not JSON): the commit that added the run decides, which is today.
    expect(byRun['runs/number']).toBeUndefined();
    expect(byRun['runs/number/meta.json']).toBeUndefined();
  });

  it('without meta.json the commit that added the run gives its age', async () => {
    repo = tempRepo({ ...base, 'runs/r1/metrics.json': '{}' });
    // 40 days and an hour after the commit git recorded (its clock, not this process's).
    const committed = Number(repo.git('log', '-1', '--format=%ct').trim()) * 1000;
    const ctx = await createContext({ root: repo.dir, env: {}, log: quiet });
    const result = await checklistCheck.runConfigured({
      ...ctx,
      now: new Date(committed + 40 * 86_400_000 + 3_600_000),
    });
    expect(result.findings.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^runs\/r1 added in a commit of .*, 40 days ago \(meta.json records no finished_on\): past the 30-day retention$/,
      ),
    ]);
  });

  it('no retention-days → one low finding asking for a number', async () => {
    const { findings: list } = await findings({
      ...base,
      '.pipeguard.yml': 'audit:\n  log: audit.jsonl\neval-gate:\n  policy: eval-policy.yml\n',
      'runs/r1/meta.json': meta('2026-10-01T00:00:00Z'),
    });
    expect(list.map((f) => [f.rule, f.severity, f.message])).toEqual([
      [
        'retention-days-unset',
        'low',
        'runs/ holds 1 run(s) and checklist.retention-days is not set',
      ],
    ]);
  });
});

describe('the rest of the baseline', () => {
  it('the eval gate is required wherever runs/ or deployments/ exist, in local mode too', async () => {
    const { findings: list } = await findings({
      '.pipeguard.yml':
        'audit:\n  log: audit.jsonl\nchecklist:\n  execution-mode: local\n  retention-days: 30\n',
      'runs/r1/metrics.json': '{}',
      '.github/CODEOWNERS': `${OWNERS}\n`,
    });
    expect(list.map((f) => `${f.rule}: ${f.message}`)).toEqual([
      'eval-gate-missing: runs/ exist, and no eval gate decides what may ship',
    ]);
  });

  it('the execution mode comes from the strictest automation policy when the config does not pin it', async () => {
    const policy = (mode: string) =>
      `schema_version: "1"\npolicy_id: p-${mode}\nexecution_mode: ${mode}\nrequires_approval: false\nallowed_models: [m]\n`;
    const { findings: list, details } = await findings({
      '.pipeguard.yml': 'audit:\n  log: audit.jsonl\n',
      'policies/local.automation-policy.yaml': policy('local'),
      'runs/r1/automation-policy.yaml': policy('hybrid'),
    });
    expect(details.executionMode).toBe('hybrid');
    expect(details.executionModeFrom).toBe('runs/r1/automation-policy.yaml');
    expect(list.map((f) => f.message)).toContain('execution mode hybrid requires an eval gate');
  });

  it('every variable code reads must be listed in .env.example', async () => {
    const { findings: list } = await findings({
      '.env.example': 'OPENAI_API_KEY=<key>\n# OPTIONAL_SEED=\n',
      'src/train.py':
        'import os\nk = os.environ["OPENAI_API_KEY"]\ns = os.getenv("OPTIONAL_SEED")\nd = os.environ.get("DATA_PATH")\n',
      'web/app.ts':
        'export const url = process.env.API_URL;\nexport const k = process.env.OPENAI_API_KEY;\n',
      'dist/bundle.js': 'process.env.BUNDLED_LIBRARY_FLAG',
      '.pipeguard.yml': 'audit:\n  log: audit.jsonl\n',
    });
    expect(list.map((f) => `${f.rule} ${f.file}:${f.line} ${f.message}`)).toEqual([
      'env-var-undocumented src/train.py:4 src/train.py reads DATA_PATH, which no .env.example lists',
      'env-var-undocumented web/app.ts:1 web/app.ts reads API_URL, which no .env.example lists',
    ]);
  });

  it('pipeguard check on a repository with runs/ and no eval gate fails in local mode (exit 1)', () => {
    repo = tempRepo({ 'runs/r1/metrics.json': '{}' });
    const r = runCli(['checklist', '--format', 'json'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: Finding) => f.rule)).toContain(
      'eval-gate-missing',
    );
  });
});
