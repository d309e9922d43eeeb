/**
 * Run the built bundles as processes: the CLI on a chosen Node, the Action under the runner's
 * documented contract (INPUT_*, GITHUB_EVENT_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
 * GITHUB_WORKSPACE), with its workflow commands parsed back out of stdout.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI_BUNDLE = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
export const ACTION_DIST = path.join(REPO_ROOT, 'dist', 'action');

export interface ProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Environment for child processes without the runner variables of whoever runs the tests. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(GITHUB_|RUNNER_|INPUT_|ACTIONS_)/.test(k) || k === 'CI' || k === 'FORCE_COLOR') continue;
    env[k] = v;
  }
  env.NO_COLOR = '1';
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export function runCli(
  args: string[],
  options: {
    cwd?: string;
    env?: Record<string, string | undefined>;
    node?: string;
    input?: string;
  } = {},
): ProcessResult {
  const result = spawnSync(options.node ?? process.execPath, [CLI_BUNDLE, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: cleanEnv(options.env),
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: 120_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A Node 20 binary for the "CLI runs on pre-commit users' node" test: PIPEGUARD_NODE20 if set, else
 * the first `node` on PATH outside node_modules (CI's system node is 20).
 */
export function node20Binary(): string | undefined {
  const candidates = [
    process.env.PIPEGUARD_NODE20,
    ...(process.env.PATH ?? '')
      .split(path.delimiter)
      .filter((dir) => dir && !dir.includes('node_modules'))
      .map((dir) => path.join(dir, 'node')),
  ];
  for (const candidate of candidates) {
    if (!candidate || !existsSync(candidate)) continue;
    const version = spawnSync(candidate, ['--version'], { encoding: 'utf8' }).stdout.trim();
    if (version.startsWith('v20.')) return candidate;
  }
  return undefined;
}

export interface Annotation {
  level: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionResult extends ProcessResult {
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** Values the action asked the runner to mask (::add-mask::). */
  masked: string[];
  /** Contents of the report-file and sarif-file outputs (read before RUNNER_TEMP is removed). */
  reportText?: string;
  sarifText?: string;
  eventPath: string;
}

export interface ActionRun {
  /** `index` for the root action, or a sub-action name (`secrets`, …). */
  entry?: string;
  /**
   * The folder holding the action.yml to run, as a workflow's `uses:` resolves it (its `runs.main`
   * is started); default: this repository's built action `entry`.
   */
  actionDir?: string;
  workspace: string;
  inputs?: Record<string, string>;
  eventName?: string;
  event?: unknown;
  env?: Record<string, string | undefined>;
}

/** The runner's side of a run: its temp files and the environment the Action starts with. */
interface PreparedRun {
  temp: string;
  /** `index` or the sub-action's folder. */
  name: string;
  /** The action.yml whose outputs the run may write. */
  actionYml: string;
  entry: string;
  env: NodeJS.ProcessEnv;
  eventPath: string;
  outputFile: string;
  summaryFile: string;
}

function prepareRun(run: ActionRun): PreparedRun {
  const temp = mkdtempSync(path.join(tmpdir(), 'pipeguard-runner-'));
  const eventPath = path.join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(run.event ?? {}));
  const outputFile = path.join(temp, 'output');
  const summaryFile = path.join(temp, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string | undefined> = {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: run.workspace,
    GITHUB_EVENT_NAME: run.eventName ?? 'workflow_dispatch',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'octo-org/ml-project',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_ACTOR: 'octocat',
    GITHUB_SHA: 'ffffffffffffffffffffffffffffffffffffffff',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKFLOW_REF: 'octo-org/ml-project/.github/workflows/gate.yml@refs/heads/main',
    RUNNER_TEMP: temp,
    RUNNER_ENVIRONMENT: 'github-hosted',
    ...run.env,
  };
  for (const [name, value] of Object.entries(run.inputs ?? {})) {
    // The runner upper-cases the name and keeps hyphens: INPUT_FAIL-ON.
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const name = run.entry ?? 'index';
  const entry = run.actionDir
    ? path.join(run.actionDir, actionMetadata(run.actionDir).runs.main)
    : path.join(ACTION_DIST, `${name}.js`);
  return {
    temp,
    name,
    actionYml: path.join(
      run.actionDir ?? path.join(REPO_ROOT, name === 'index' ? '' : name),
      'action.yml',
    ),
    entry,
    env: cleanEnv(env),
    eventPath,
    outputFile,
    summaryFile,
  };
}

/** An action's metadata (action.yml), as the runner reads it. */
export function actionMetadata(dir: string): {
  runs: { using: string; main: string };
  outputs?: Record<string, unknown>;
} {
  return parseYaml(readFileSync(path.join(dir, 'action.yml'), 'utf8'));
}

/** What the run left: outputs, summary and workflow commands (read before the temp dir goes). */
function resultOf(prepared: PreparedRun, { code, stdout, stderr }: ProcessResult): ActionResult {
  const outputs = parseOutputFile(readFileSync(prepared.outputFile, 'utf8'));
  assertDeclared(prepared.actionYml, Object.keys(outputs));
  const readIfAny = (file: string | undefined): string | undefined =>
    file && existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  return {
    code,
    stdout,
    stderr,
    outputs,
    reportText: readIfAny(outputs['report-file']),
    sarifText: readIfAny(outputs['sarif-file']),
    summary: readFileSync(prepared.summaryFile, 'utf8'),
    annotations: parseAnnotations(stdout),
    masked: [...stdout.matchAll(/^::add-mask::(.*)$/gm)].map((m) => m[1]!),
    eventPath: prepared.eventPath,
  };
}

/**
 * Every output a run writes must be declared in its action.yml: workflows can only read declared
 * outputs, and actionlint flags the rest. Checked on every Action run of the suite.
 */
function assertDeclared(file: string, written: string[]): void {
  const declared = Object.keys(actionMetadata(path.dirname(file)).outputs ?? {});
  const undeclared = written.filter((output) => !declared.includes(output));
  if (undeclared.length > 0) {
    throw new Error(
      `${path.relative(REPO_ROOT, file)} does not declare outputs: ${undeclared.join(', ')}`,
    );
  }
}

export function runAction(run: ActionRun): ActionResult {
  const prepared = prepareRun(run);
  try {
    const result = spawnSync(process.execPath, [prepared.entry], {
      cwd: run.workspace,
      env: prepared.env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    return resultOf(prepared, {
      code: result.status ?? -1,
      stdout: result.stdout,
      stderr: result.stderr,
    });
  } finally {
    rmSync(prepared.temp, { recursive: true, force: true });
  }
}

/**
 * The same, spawned asynchronously: for tests whose loopback GitHub lives in this process, which a
 * blocking spawnSync would starve.
 */
export async function runActionAsync(run: ActionRun): Promise<ActionResult> {
  const prepared = prepareRun(run);
  try {
    const child = spawn(process.execPath, [prepared.entry], {
      cwd: run.workspace,
      env: prepared.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
    clearTimeout(timer);
    return resultOf(prepared, { code, stdout, stderr });
  } finally {
    rmSync(prepared.temp, { recursive: true, force: true });
  }
}

/** GITHUB_OUTPUT uses `name<<DELIMITER\nvalue\nDELIMITER` blocks (core 3 always writes these). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!);
      out[name!] = value.join('\n');
      continue;
    }
    const simple = /^([^=]+)=(.*)$/.exec(lines[i]!);
    if (simple) out[simple[1]!] = simple[2]!;
  }
  return out;
}

/**
 * `::error file=a,line=1::message` → {level, properties, message}, unescaping the runner's
 * encoding. Read as the runner reads stdout: leading spaces before `::` are trimmed, and nothing
 * between `::stop-commands::TOKEN` and `::TOKEN::` is a command.
 */
export function parseAnnotations(stdout: string): Annotation[] {
  const unescapeData = (s: string): string =>
    s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const unescapeProperty = (s: string): string =>
    unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');
  const out: Annotation[] = [];
  let stopToken: string | undefined;
  for (const raw of stdout.split('\n')) {
    const line = raw.trimStart();
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) {
      stopToken = stop[1];
      continue;
    }
    const match = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').trim().split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    out.push({ level: match[1]!, properties, message: unescapeData(match[3]!) });
  }
  return out;
}
