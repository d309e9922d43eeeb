/**
 * The repository hygiene checklist (seed 004) and the per-mode controls (seed 000): what is tracked
 * that must not be, what must exist that does not. git decides tracked and ignored, not guesses.
 */
import { constants, existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { failOnFor, sectionOf, type CheckSection } from '../../config/types.js';
import { isEnabled } from '../../config/defaults.js';
import {
  fingerprintOf,
  resultFromFindings,
  type Finding,
  type RuleInfo,
  type Severity,
} from '../../report/model.js';
import type { ChecklistRow } from '../../report/text.js';
import { InputError } from '../../util/errors.js';
import { ignoredPaths, requireGitWorkTree, trackedFiles } from '../../util/git.js';
import { implementCheck } from '../define.js';
import type { CheckContext, CheckDefinition } from '../types.js';
import { unpinnedRequirements } from './requirements.js';
import { trustRootProblems } from './trust-roots.js';
import { documentedNames, envReads, JS_SOURCE, PYTHON_SOURCE } from './env-vars.js';
import { executionModeFromPolicies, type ExecutionMode } from './execution-mode.js';
import { ageInDays, describeAge, runAges, trackedRuns } from './retention.js';
import { CHECKLIST_SPEC } from './spec.js';

interface ChecklistConfig extends CheckSection {
  disable?: string[];
  'data-globs'?: string[];
  'execution-mode'?: 'local' | 'hybrid' | 'cloud';
  'retention-days'?: number;
  'deploy-protection'?: { branch?: string; 'status-check'?: string; identities?: string[] };
}

export const DEFAULT_DATA_GLOBS = [
  'data/**/*.csv',
  'data/**/*.tsv',
  'data/**/*.parquet',
  'data/**/*.feather',
  'data/**/*.arrow',
  'data/**/*.jsonl',
  'data/**/*.h5',
  'data/**/*.npy',
  'data/**/*.npz',
  'data/**/*.xlsx',
];

interface Item {
  id: string;
  area: string;
  severity: Severity;
  title: string;
  remedy: string;
}

const ITEMS = {
  'env-file-tracked': {
    area: 'No secrets in repo: .env not tracked',
    severity: 'critical',
    title: 'an environment file is tracked by git',
    remedy: 'git rm --cached the file, add it to .gitignore, and rotate every value it held',
  },
  'env-example-missing': {
    area: '.env.example documents the variables',
    severity: 'medium',
    title: 'code reads environment variables but no .env.example is tracked',
    remedy: 'commit a .env.example listing each variable with a placeholder value',
  },
  'data-file-tracked': {
    area: 'data/*.csv (and similar) not tracked',
    severity: 'high',
    title: 'a data file is tracked by git',
    remedy: 'git rm --cached the file, keep data in secure storage and pass its path at run time',
  },
  'data-not-ignored': {
    area: 'data/*.csv (and similar) in .gitignore',
    severity: 'medium',
    title: 'data files are not git-ignored',
    remedy: 'add the data patterns (e.g. data/**/*.csv) to .gitignore',
  },
  'credential-file-tracked': {
    area: 'No private keys or credential files tracked',
    severity: 'critical',
    title: 'a private key or credential file is tracked by git',
    remedy: 'git rm --cached the file, purge it from history, and revoke the key',
  },
  'lockfile-missing': {
    area: 'A lockfile for each package manager',
    severity: 'high',
    title: 'dependencies are declared without a lockfile',
    remedy:
      'commit the lockfile your package manager writes (npm install, poetry lock, uv lock, pip-compile …)',
  },
  'requirements-unpinned': {
    area: 'Python requirements pinned with ==',
    severity: 'medium',
    title: 'a Python requirement is not pinned to one version',
    remedy: 'pin with == (regenerate with pip-compile requirements.in -o requirements.txt)',
  },
  'audit-log-missing': {
    area: 'Audit logging configured',
    // Raised to high for hybrid and cloud modes, where models act beyond a laptop.
    severity: 'low',
    title: 'no audit log is configured for gate decisions',
    remedy: 'set audit.log in .pipeguard.yml (or pass --audit-log) so every decision is recorded',
  },
  'validation-disabled': {
    area: 'Model-facing documents schema-validated',
    severity: 'high',
    title: 'schema validation is disabled',
    remedy: 'remove `validate: {enabled: false}` from .pipeguard.yml',
  },
  'secrets-disabled': {
    area: 'Secret scanning enabled',
    severity: 'high',
    title: 'secret scanning is disabled',
    remedy: 'remove `secrets: {enabled: false}` from .pipeguard.yml',
  },
  'eval-gate-missing': {
    area: 'Eval gate configured (runs/, deployments/, hybrid/cloud)',
    severity: 'high',
    title:
      'runs or deployments exist (or the execution mode needs a gate), and no eval gate is configured',
    remedy: 'add an eval-gate section with a policy to .pipeguard.yml',
  },
  'env-var-undocumented': {
    area: '.env.example lists every variable code reads',
    severity: 'medium',
    title: 'code reads an environment variable that .env.example does not list',
    remedy: 'add the variable to .env.example with a placeholder value (NAME=<description>)',
  },
  'retention-days-unset': {
    area: 'Retention of runs/ configured',
    severity: 'low',
    title: 'runs/ holds runs and no retention period is configured',
    remedy:
      'set checklist.retention-days in .pipeguard.yml (e.g. 90) and archive or delete older runs',
  },
  'run-past-retention': {
    area: 'runs/ older than the retention period archived or deleted',
    severity: 'medium',
    title: 'a run is older than the retention period (or its age cannot be read)',
    remedy: 'archive the run outside the repository (or delete it) and remove it from runs/',
  },
  'deploy-protection': {
    area: 'Default branch: reviews, the pipeguard check, only deploy identities push (with a token)',
    severity: 'high',
    title:
      'the default branch does not require reviews and the pipeguard check, or others than the deploy identities may push',
    remedy:
      'add a branch ruleset (or classic branch protection that binds administrators) requiring a pull request with an approval and the pipeguard status check, and restrict pushes to the deploy identities',
  },
  'trust-roots-unowned': {
    area: 'CODEOWNERS protects deployments/, exceptions/, allowed_signers, .pipeguard.yml',
    severity: 'high',
    title: 'a trust root has no code owner, so any writer can change it in a reviewed-by-anyone PR',
    remedy:
      'add CODEOWNERS rules (e.g. `/deployments/ @org/ml-owners`) and require code owner review on the default branch',
  },
} satisfies Record<string, Omit<Item, 'id'>>;

type ItemId = keyof typeof ITEMS;

const CREDENTIAL_NAMES = picomatch(
  [
    '**/id_rsa',
    '**/id_dsa',
    '**/id_ecdsa',
    '**/id_ed25519',
    '**/id_ecdsa_sk',
    '**/id_ed25519_sk',
    '**/*.p12',
    '**/*.pfx',
    '**/*.jks',
    '**/*.keystore',
    '**/.netrc',
    '**/_netrc',
    '**/.pgpass',
    '**/.git-credentials',
    '**/.aws/credentials',
    '**/.docker/config.json',
  ],
  { dot: true, basename: false },
);
/** Names that hold a key only if their content says so (a .pem may be a public certificate). */
const MAYBE_KEY_NAMES = picomatch(
  ['**/*.pem', '**/*.key', '**/credentials.json', '**/*service*account*.json', '**/*-sa.json'],
  { dot: true },
);
const ENV_FILE = /(^|\/)(\.env(\.[^/]+)?|[^/]+\.env)$/;
const ENV_EXAMPLE =
  /(^|\/)\.env\.(example|sample|template|dist)$|(^|\/)[^/]+\.env\.(example|sample|template)$/;
const SOURCE_FILE =
  /\.(py|ipynb|js|mjs|cjs|ts|mts|cts|jsx|tsx|go|rb|rs|java|kt|scala|sh|bash|r|R|jl)$/;
const READS_ENV =
  /\bos\.environ\b|\bos\.getenv\(|\bprocess\.env\b|\bimport\.meta\.env\b|\bgetenv\(|\bENV\[|\bstd::env::var|\benv::var\(|\bSystem\.getenv\(|\bSys\.getenv\(|\bload_dotenv\(|\bdotenv\b/;
const SCAN_CAP_BYTES = 512 * 1024;
/** Bundled or vendored code: its environment reads are its authors', not the project's. */
const VENDORED = /(^|\/)(node_modules|vendor|third_party|dist|build)\/|\.min\.js$/;

export const checklistCheck: CheckDefinition = implementCheck(CHECKLIST_SPEC, runChecklist, {
  checklist: async (ctx) => [await runChecklist(ctx)],
});

async function runChecklist(ctx: CheckContext) {
  const section = sectionOf<ChecklistConfig>(ctx.config, 'checklist');
  await requireGitWorkTree(ctx.root, 'the checklist needs git to know what is tracked');
  const disabled = new Set(section.disable ?? []);
  const unknown = [...disabled].filter((id) => !(id in ITEMS));
  if (unknown.length)
    throw new InputError(
      `checklist.disable names unknown item(s): ${unknown.join(', ')}`,
      ctx.configSource,
    );

  const tracked = await trackedFiles(ctx.root);
  const findings: Finding[] = [];
  const add = (
    id: ItemId,
    file: string | undefined,
    message: string,
    line?: number,
    severity?: Severity,
  ): void => {
    if (disabled.has(id)) return;
    const item = ITEMS[id];
    findings.push({
      check: 'checklist',
      rule: id,
      severity: severity ?? item.severity,
      message,
      ...(file ? { file } : {}),
      ...(line ? { line, column: 1 } : {}),
      fingerprint: fingerprintOf('checklist', id, file, message),
      remedy: item.remedy,
    });
  };

  // Environment files and the example that documents them.
  for (const file of tracked) {
    if (ENV_FILE.test(file) && !ENV_EXAMPLE.test(file))
      add('env-file-tracked', file, `${file} is tracked by git`);
  }
  const hasExample = tracked.some((f) => ENV_EXAMPLE.test(f));
  if (!hasExample) {
    const reader = await firstMatching(
      ctx.root,
      tracked.filter((f) => SOURCE_FILE.test(f)),
      READS_ENV,
    );
    if (reader)
      add(
        'env-example-missing',
        reader,
        `${reader} reads environment variables, and no .env.example is tracked`,
      );
  }

  if (hasExample) {
    const documented = new Set<string>();
    for (const example of tracked.filter((f) => ENV_EXAMPLE.test(f)))
      for (const name of documentedNames((await readCapped(path.join(ctx.root, example))) ?? ''))
        documented.add(name);
    const reported = new Set<string>();
    const sources = tracked.filter(
      (f) => (PYTHON_SOURCE.test(f) || JS_SOURCE.test(f)) && !VENDORED.test(f),
    );
    for (const file of sources) {
      const text = await readCapped(path.join(ctx.root, file));
      if (text === undefined) continue;
      for (const read of envReads(file, text)) {
        if (documented.has(read.name) || reported.has(read.name)) continue;
        reported.add(read.name);
        add(
          'env-var-undocumented',
          file,
          `${file} reads ${read.name}, which no .env.example lists`,
          read.line,
        );
      }
    }
  }

  // Data files: tracked ones, and whether the patterns are ignored at all.
  const dataGlobs = section['data-globs'] ?? DEFAULT_DATA_GLOBS;
  const isData = picomatch(dataGlobs, { dot: true });
  for (const file of tracked)
    if (isData(file)) add('data-file-tracked', file, `${file} is a data file tracked by git`);
  // A pattern matters where its folder exists (an ML repo's data/), not in every repository.
  const relevant = dataGlobs.filter((g) =>
    existsSync(path.join(ctx.root, picomatch.scan(g).base || '.')),
  );
  const probes = relevant.map(probePathFor);
  const ignored = await ignoredPaths(ctx.root, probes);
  const notIgnored = relevant.filter((_g, i) => !ignored.has(probes[i]!));
  if (notIgnored.length) {
    add('data-not-ignored', '.gitignore', `.gitignore does not ignore ${notIgnored.join(', ')}`);
  }

  // Keys and credential files.
  for (const file of tracked) {
    if (CREDENTIAL_NAMES(file))
      add('credential-file-tracked', file, `${file} is a private key or credential file`);
    else if (MAYBE_KEY_NAMES(file) && (await holdsKeyMaterial(path.join(ctx.root, file)))) {
      add('credential-file-tracked', file, `${file} holds private key material`);
    }
  }

  // Lockfiles and pins.
  const trackedSet = new Set(tracked);
  for (const problem of await lockfileProblems(ctx.root, tracked, trackedSet))
    add('lockfile-missing', problem.file, problem.message);
  for (const file of tracked.filter((f) => /(^|\/)requirements[^/]*\.txt$/.test(f))) {
    const text = await readCapped(path.join(ctx.root, file));
    if (text === undefined) continue;
    for (const p of unpinnedRequirements(text)) {
      add(
        'requirements-unpinned',
        file,
        `\`${p.requirement}\` is not pinned with == (${p.reason})`,
        p.line,
      );
    }
  }

  // Retention of runs/: each committed run's age against checklist.retention-days.
  const runs = trackedRuns(tracked);
  const retention = section['retention-days'];
  if (runs.length > 0 && retention === undefined) {
    add(
      'retention-days-unset',
      undefined,
      `runs/ holds ${runs.length} run(s) and checklist.retention-days is not set`,
    );
  } else if (runs.length > 0 && retention !== undefined) {
    const read = (file: string) =>
      trackedSet.has(file) ? readCapped(path.join(ctx.root, file)) : Promise.resolve(undefined);
    for (const age of await runAges(ctx.root, runs, read)) {
      if (age.problem !== undefined) {
        const file = age.source === 'meta.json' ? `${age.run}/meta.json` : age.run;
        add('run-past-retention', file, `${age.run}: age unknown (${age.problem})`);
      } else if (ageInDays(age.finished!, ctx.now) > retention) {
        add(
          'run-past-retention',
          age.source === 'meta.json' ? `${age.run}/meta.json` : age.run,
          `${age.run} ${describeAge(age, ctx.now)}: past the ${retention}-day retention`,
        );
      }
    }
  }

  // Deploy protection offline: CODEOWNERS must own the trust roots.
  for (const problem of await trustRootProblems(ctx, tracked, trackedSet, readCapped))
    add('trust-roots-unowned', problem.file, problem.message);

  // Deploy protection online, when configured and a token can read the branch's rules.
  const protection = disabled.has('deploy-protection') ? undefined : section['deploy-protection'];
  const client = protection ? await import('../../github/client.js') : undefined;
  const token = client?.githubTokenFrom(ctx.env);
  const deployChecked = Boolean(protection && client && token && ctx.ci.repository?.includes('/'));
  if (protection && client && token && deployChecked) {
    const branch = protection.branch ?? defaultBranchOf(ctx.ci.event);
    if (!branch) {
      add(
        'deploy-protection',
        undefined,
        'the default branch is unknown (the event names none): set checklist.deploy-protection.branch',
      );
    } else {
      ctx.registerSecret(token);
      const { inspectDeployProtection } = await import('../../github/branch-rules.js');
      const [owner, repo] = ctx.ci.repository!.split('/') as [string, string];
      const octokit = client.createGitHubClient(client.clientOptionsFrom(ctx.env, token, ctx.log));
      const problems = await inspectDeployProtection(octokit, { owner, repo }, branch, {
        statusCheck: protection['status-check'] ?? 'pipeguard',
        identities: protection.identities ?? [],
      });
      for (const problem of problems) add('deploy-protection', undefined, problem);
    }
  }

  // Controls of the execution mode (SPEC-260): every mode audits, validates and scans; hybrid and
  // cloud, where models act beyond the laptop, also need the eval gate. Unpinned, the mode is the
  // strictest one the repository's automation policies declare.
  const fromPolicies = section['execution-mode']
    ? undefined
    : await executionModeFromPolicies(tracked, (f) => readCapped(path.join(ctx.root, f)));
  const mode: ExecutionMode = section['execution-mode'] ?? fromPolicies?.mode ?? 'local';
  const shipping = ['runs', 'deployments'].filter((d) =>
    tracked.some((f) => f.startsWith(`${d}/`)),
  );
  if (!ctx.config.audit?.log) {
    const severity = mode === 'local' ? 'low' : 'high';
    add(
      'audit-log-missing',
      undefined,
      `no audit log configured (execution mode: ${mode})`,
      undefined,
      severity,
    );
  }
  if (!isEnabled(ctx.config, 'validate'))
    add('validation-disabled', undefined, 'schema validation is disabled in the config');
  if (!isEnabled(ctx.config, 'secrets'))
    add('secrets-disabled', undefined, 'secret scanning is disabled in the config');
  // The eval gate is not optional where models are trained or shipped, whatever the mode.
  if ((mode !== 'local' || shipping.length > 0) && !isEnabled(ctx.config, 'eval-gate')) {
    add(
      'eval-gate-missing',
      undefined,
      mode !== 'local'
        ? `execution mode ${mode} requires an eval gate`
        : `${shipping.map((d) => `${d}/`).join(' and ')} exist, and no eval gate decides what may ship`,
    );
  }

  const rows = checklistTable(
    findings,
    disabled,
    mode === 'local' && shipping.length === 0,
    deployChecked,
  );
  const holding = rows.filter((r) => r.ok).length;
  const result = resultFromFindings(
    'checklist',
    findings,
    failOnFor(ctx.config, 'checklist'),
    (failing) =>
      `${holding}/${rows.length} items hold${failing ? `; ${failing} finding(s) fail` : ''}`,
    {
      checklist: rows,
      executionMode: mode,
      ...(fromPolicies ? { executionModeFrom: fromPolicies.file } : {}),
    },
  );
  return { ...result, rules: RULES };
}

const RULES: Record<string, RuleInfo> = Object.fromEntries(
  Object.entries(ITEMS).map(([id, item]) => [
    id,
    { title: item.title, help: item.remedy, severity: item.severity as Severity },
  ]),
);

/** The repository's default branch as the webhook payload names it. */
function defaultBranchOf(event: Record<string, unknown> | undefined): string | undefined {
  const repository = event?.repository;
  if (typeof repository !== 'object' || repository === null) return undefined;
  const branch = (repository as Record<string, unknown>).default_branch;
  return typeof branch === 'string' && branch !== '' ? branch : undefined;
}

function checklistTable(
  findings: Finding[],
  disabled: Set<string>,
  gateOptional: boolean,
  deployChecked: boolean,
): ChecklistRow[] {
  const rows: ChecklistRow[] = [];
  for (const [id, item] of Object.entries(ITEMS) as Array<[ItemId, (typeof ITEMS)[ItemId]]>) {
    if (disabled.has(id)) continue;
    if (id === 'eval-gate-missing' && gateOptional) continue;
    if (id === 'deploy-protection' && !deployChecked) continue;
    const hits = findings.filter((f) => f.rule === id);
    rows.push({
      item: item.area,
      ok: hits.length === 0,
      risk: item.severity as Severity,
      note:
        hits.length === 0
          ? ''
          : hits.length === 1
            ? hits[0]!.message
            : `${hits.length} problems, first: ${hits[0]!.message}`,
    });
  }
  return rows;
}

/** A path git would have to ignore if the glob were covered: `data/**\/*.csv` → `data/pipeguard-probe/x.csv`. */
export function probePathFor(glob: string): string {
  return glob
    .replace(/\*\*\//g, 'pipeguard-probe/')
    .replace(/\*\*/g, 'pipeguard-probe')
    .replace(/\*/g, 'pipeguard-probe');
}

async function firstMatching(
  root: string,
  files: string[],
  pattern: RegExp,
): Promise<string | undefined> {
  for (const file of files) {
    const text = await readCapped(path.join(root, file));
    if (text !== undefined && pattern.test(text)) return file;
  }
  return undefined;
}

async function holdsKeyMaterial(file: string): Promise<boolean> {
  const text = await readCapped(file);
  if (text === undefined) return false;
  return (
    /-----BEGIN ((RSA|DSA|EC|OPENSSH|ENCRYPTED) )?PRIVATE KEY-----/.test(text) ||
    /"private_key"\s*:\s*"-----BEGIN/.test(text)
  );
}

/** Read at most SCAN_CAP_BYTES of a tracked file (a symlink or unreadable file reads as nothing). */
async function readCapped(file: string): Promise<string | undefined> {
  try {
    // O_NOFOLLOW: a tracked symlink is never read through (it may point outside the root).
    const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) return undefined;
      const buffer = Buffer.alloc(Math.min(stat.size, SCAN_CAP_BYTES));
      await handle.read(buffer, 0, buffer.length, 0);
      return buffer.toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}

interface LockProblem {
  file: string;
  message: string;
}

const NODE_LOCKS = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'pnpm-lock.yaml',
  'yarn.lock',
  'bun.lock',
  'bun.lockb',
];
const PYTHON_LOCKS = [
  'uv.lock',
  'poetry.lock',
  'pdm.lock',
  'Pipfile.lock',
  'pylock.toml',
  'requirements.txt',
];

async function lockfileProblems(
  root: string,
  tracked: string[],
  trackedSet: Set<string>,
): Promise<LockProblem[]> {
  const problems: LockProblem[] = [];
  const dirOf = (f: string): string => (f.includes('/') ? f.slice(0, f.lastIndexOf('/') + 1) : '');
  const hasIn = (dir: string, names: string[]): boolean =>
    names.some((n) => trackedSet.has(`${dir}${n}`));
  for (const file of tracked) {
    const dir = dirOf(file);
    const name = file.slice(dir.length);
    if (name === 'package.json' && !file.includes('node_modules/')) {
      const text = await readCapped(path.join(root, file));
      const declares =
        text !== undefined && /"(dev|optional|peer)?[dD]ependencies"\s*:\s*\{\s*"/.test(text);
      // A workspace member is locked by its root's lockfile.
      if (declares && !ancestorsOf(dir).some((d) => hasIn(d, NODE_LOCKS))) {
        problems.push({
          file,
          message: `${file} declares dependencies, and no npm/pnpm/yarn/bun lockfile is tracked`,
        });
      }
    } else if (name === 'pyproject.toml') {
      const text = (await readCapped(path.join(root, file))) ?? '';
      const tool = /^\[tool\.poetry\]/m.test(text)
        ? 'poetry.lock'
        : /^\[tool\.uv\]/m.test(text)
          ? 'uv.lock'
          : undefined;
      const declares =
        /^dependencies\s*=\s*\[\s*["']/m.test(text) ||
        /^\[tool\.poetry\.dependencies\]/m.test(text);
      if (declares && !hasIn(dir, tool ? [tool] : PYTHON_LOCKS)) {
        problems.push({
          file,
          message: `${file} declares dependencies, and no ${tool ?? 'Python lockfile (uv.lock, poetry.lock, pdm.lock, requirements.txt)'} is tracked`,
        });
      }
    } else if (name === 'Pipfile' && !hasIn(dir, ['Pipfile.lock'])) {
      problems.push({ file, message: `${file} has no Pipfile.lock` });
    } else if (name === 'requirements.in' && !hasIn(dir, ['requirements.txt'])) {
      problems.push({ file, message: `${file} has no compiled requirements.txt (pip-compile)` });
    }
  }
  return problems;
}

function ancestorsOf(dir: string): string[] {
  const parts = dir.split('/').filter(Boolean);
  return parts.map((_p, i) => `${parts.slice(0, parts.length - i).join('/')}/`).concat(['']);
}
