/**
 * The built Action under the runner contract, spawned asynchronously: the loopback GitHub lives
 * in this test process, so a blocking spawnSync would starve it. Same contract and parsing as
 * test/helpers/run.ts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ACTION_DIST,
  cleanEnv,
  parseAnnotations,
  parseOutputFile,
  type Annotation,
} from '../helpers/run.js';

export interface AsyncActionResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  masked: string[];
}

export async function runActionAsync(run: {
  entry: string;
  workspace: string;
  eventName: string;
  event: unknown;
  inputs?: Record<string, string>;
  env?: Record<string, string | undefined>;
}): Promise<AsyncActionResult> {
  const temp = mkdtempSync(path.join(tmpdir(), 'pipeguard-runner-'));
  try {
    const eventPath = path.join(temp, 'event.json');
    const outputFile = path.join(temp, 'output');
    const summaryFile = path.join(temp, 'summary');
    writeFileSync(eventPath, JSON.stringify(run.event));
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const env: Record<string, string | undefined> = {
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_WORKSPACE: run.workspace,
      GITHUB_EVENT_NAME: run.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTOR: 'octocat',
      RUNNER_TEMP: temp,
      ...run.env,
    };
    for (const [name, value] of Object.entries(run.inputs ?? {})) {
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    }
    const child = spawn(process.execPath, [path.join(ACTION_DIST, `${run.entry}.js`)], {
      cwd: run.workspace,
      env: cleanEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
    clearTimeout(timer);
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
      annotations: parseAnnotations(stdout),
      masked: [...stdout.matchAll(/^::add-mask::(.*)$/gm)].map((m) => m[1]!),
    };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
