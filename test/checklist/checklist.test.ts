import { afterEach, describe, expect, it } from 'vitest';
import { checklistCheck } from '../../src/checks/checklist/index.js';
import { createContext } from '../../src/engine.js';
import type { Finding } from '../../src/report/model.js';
import { tempDir, tempRepo, type FileTree, type TempRepo } from '../helpers/repo.js';

const quiet = { info: () => undefined, warn: () => undefined, debug: () => undefined };
const clean: FileTree = {
  '.gitignore': 'data/**/*.csv\n.env\n',
  '.env.example': 'API_KEY=<your-key>\n',
  'train.py': 'import os\nkey = os.environ["API_KEY"]\n',
  'requirements.txt': 'numpy==2.1.3\n',
  'data/README.md': 'data lives elsewhere\n',
  '.pipeguard.yml': 'checklist:\n  data-globs: ["data/**/*.csv"]\naudit:\n  log: audit.jsonl\n',
};

let repo: TempRepo | undefined;
afterEach(() => repo?.cleanup());

async function run(
  files: FileTree,
  extra: (r: TempRepo) => void = () => undefined,
): Promise<{ status: string; findings: Finding[]; rows: unknown }> {
  repo = tempRepo(files);
  extra(repo);
  const ctx = await createContext({ root: repo.dir, env: {}, log: quiet });
  const result = await checklistCheck.runConfigured(ctx);
  return { status: result.status, findings: result.findings, rows: result.details?.checklist };
}

const rules = (findings: Finding[]): string[] =>
  findings.map((f) => `${f.rule}:${f.file ?? ''}`).sort();

describe('checklist', () => {
  it('passes a clean ML repository', async () => {
    const { status, findings, rows } = await run(clean);
    expect(findings).toEqual([]);
    expect(status).toBe('pass');
    expect((rows as Array<{ ok: boolean }>).every((r) => r.ok)).toBe(true);
  });

  it('fails on tracked env files but not on .env.example', async () => {
    const { status, findings } = await run(clean, (r) => {
      r.write({ '.env': 'API_KEY=x\n', 'config/prod.env': 'A=1\n', '.env.local': 'B=2\n' });
      r.git('add', '-f', '.env', 'config/prod.env', '.env.local');
    });
    expect(status).toBe('fail');
    expect(rules(findings)).toEqual([
      'env-file-tracked:.env',
      'env-file-tracked:.env.local',
      'env-file-tracked:config/prod.env',
    ]);
    expect(findings[0]!.severity).toBe('critical');
  });

  it('asks for .env.example only when code reads the environment', async () => {
    const files = { ...clean };
    delete files['.env.example'];
    expect(rules((await run(files)).findings)).toEqual(['env-example-missing:train.py']);
    repo!.cleanup();
    files['train.py'] = 'print("no env")\n';
    expect((await run(files)).findings).toEqual([]);
  });

  it('finds tracked data files and unignored data folders', async () => {
    const { findings } = await run({ ...clean, '.gitignore': '.env\n' }, (r) => {
      r.write({ 'data/train.csv': 'a,b\n1,2\n' });
      r.commitAll('add data');
    });
    expect(rules(findings)).toEqual([
      'data-file-tracked:data/train.csv',
      'data-not-ignored:.gitignore',
    ]);
  });

  it('finds key and credential files by name and by content, not public certificates', async () => {
    const keyPem = ['-----BEGIN', ' PRIVATE KEY-----\nMIIB\n-----END', ' PRIVATE KEY-----\n'].join(
      '',
    );
    const certPem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    const { findings } = await run({
      ...clean,
      'keys/server.pem': keyPem,
      'keys/ca.pem': certPem,
      'deploy/id_ed25519': 'x',
      'deploy/id_ed25519.pub': 'ssh-ed25519 AAAA',
      'gcp/credentials.json': JSON.stringify({ type: 'service_account', private_key: keyPem }),
      'certs/client.p12': Buffer.from([0x30, 0x82]),
    });
    expect(rules(findings)).toEqual([
      'credential-file-tracked:certs/client.p12',
      'credential-file-tracked:deploy/id_ed25519',
      'credential-file-tracked:gcp/credentials.json',
      'credential-file-tracked:keys/server.pem',
    ]);
  });

  it('requires lockfiles per package manager and pinned requirements', async () => {
    const { findings } = await run({
      ...clean,
      'requirements.txt': 'numpy==2.1.3\nrequests>=2\n',
      'web/package.json': '{"dependencies": {"left-pad": "^1.3.0"}}',
      'svc/pyproject.toml':
        '[tool.poetry]\nname = "svc"\n[tool.poetry.dependencies]\npython = "^3.11"\n',
      'tools/requirements.in': 'black\n',
    });
    expect(rules(findings)).toEqual([
      'lockfile-missing:svc/pyproject.toml',
      'lockfile-missing:tools/requirements.in',
      'lockfile-missing:web/package.json',
      'requirements-unpinned:requirements.txt',
    ]);
    expect(findings.find((f) => f.rule === 'requirements-unpinned')).toMatchObject({ line: 2 });
  });

  it('raises the execution mode controls for hybrid and cloud', async () => {
    const files = {
      ...clean,
      '.pipeguard.yml':
        'checklist:\n  execution-mode: cloud\n  data-globs: ["data/**/*.csv"]\nvalidate:\n  enabled: false\n',
    };
    const { findings, status } = await run(files);
    expect(status).toBe('fail');
    expect(findings.map((f) => `${f.rule}:${f.severity}`).sort()).toEqual([
      'audit-log-missing:high',
      'eval-gate-missing:high',
      'validation-disabled:high',
    ]);
  });

  it('refuses a directory that is not a git work tree', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const ctx = await createContext({ root: dir, env: {}, log: quiet });
      await expect(checklistCheck.runConfigured(ctx)).rejects.toThrow(/not a git repository/);
    } finally {
      cleanup();
    }
  });
});
