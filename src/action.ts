/**
 * The GitHub Action adapter: inputs (all checked first, see action-inputs.ts) → engine →
 * annotations, job summary, report files, outputs, exit code (12 stays 12). The root action runs
 * the configured checklist; a sub-action (`dist/action/<check>.js`) runs that check's command with
 * inputs named as its CLI options.
 */
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { MERGE_SUB_ACTION, readActionInputs, type ActionInputs } from './action-inputs.js';
import type { CheckContext } from './checks/types.js';
import {
  createContext,
  errorResult,
  finishReport,
  runCommand,
  runConfiguredChecks,
  writeAudit,
} from './engine.js';
import { annotationsFor } from './report/annotations.js';
import { markdownCell, printable } from './report/escape.js';
import { exitCodeFor, type CheckResult, type Report } from './report/model.js';
import { render } from './report/render.js';
import { placeInWorkspace, sarifCategory } from './report/placement.js';
import { renderSarif } from './report/sarif.js';
import { renderSummary } from './report/summary.js';
import { renderText } from './report/text.js';
import { oneLine } from './util/errors.js';
import { isInside, writeFileAtomic } from './util/fs.js';

/** Set by the sub-action stubs the build writes (`dist/action/<check>.js`). */
const SUB_ACTION = Symbol.for('pipeguard.subAction');

export async function run(): Promise<void> {
  const subAction = (globalThis as Record<symbol, unknown>)[SUB_ACTION] as string | undefined;
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const stage = subAction ?? 'check';
  let inputs: ActionInputs;
  try {
    inputs = readActionInputs(subAction, workspace, process.env.RUNNER_TEMP ?? workspace);
  } catch (error) {
    refuseInputs(oneLine(error));
    return;
  }
  let results: CheckResult[];
  let ctx: CheckContext | undefined;
  try {
    ctx = await createContext({
      root: inputs.root,
      configFile: inputs.configFile,
      failOn: inputs.failOn,
      auditLog: inputs.auditLog,
      env: process.env,
      // One line per message: a file name in a log line must not start a workflow command.
      log: {
        info: (m) => core.info(printable(m)),
        warn: (m) => core.warning(printable(m)),
        debug: (m) => core.debug(printable(m)),
      },
      // Masked before anything is printed: the runner replaces it with *** in every log line.
      registerSecret: (value) => core.setSecret(value),
    });
    results = inputs.command
      ? await runCommand(inputs.command.spec, ctx, inputs.command.args)
      : await runConfiguredChecks(ctx, inputs.checks);
  } catch (error) {
    results = [errorResult(stage, error)];
  }
  if (ctx) {
    try {
      await writeAudit(ctx, results, inputs.auditLog, stage);
    } catch (error) {
      results.push(errorResult('audit', error));
    }
  }
  await publish(finishReport(results), inputs, {
    workspace,
    category: sarifCategory(
      subAction === MERGE_SUB_ACTION
        ? mergedAnalysis(results)
        : (subAction ?? (inputs.checks ? [...inputs.checks].sort().join('+') : 'check')),
      path.relative(workspace, inputs.root).split(path.sep).join('/'),
    ),
  });
}

/**
 * The analysis a merge of shards stands for: the merged checks' own (`secrets` for the shards of
 * the secrets sub-action), so code scanning sees one analysis whether it ran sharded or not.
 */
function mergedAnalysis(results: CheckResult[]): string {
  const checks = [...new Set(results.map((r) => r.check))].sort();
  return checks.length > 0 && !checks.includes('report') ? checks.join('+') : MERGE_SUB_ACTION;
}

/** Where GitHub shows results: the repository, and this analysis' SARIF category. */
interface GitHubPlacement {
  workspace: string;
  category: string;
}

/**
 * The file code scanning shows repository-wide findings on: the config, else the running
 * workflow's file (GITHUB_WORKFLOW_REF is `owner/repo/PATH@ref`), repository-relative.
 */
function standInFile(inputs: ActionInputs, workspace: string): string | undefined {
  const workflow = /^[^/]+\/[^/]+\/(.+)@[^@]*$/.exec(process.env.GITHUB_WORKFLOW_REF ?? '')?.[1];
  const candidates = [
    inputs.configFile ?? path.join(inputs.root, '.pipeguard.yml'),
    ...(workflow ? [path.join(workspace, workflow)] : []),
  ];
  const found = candidates.find((file) => isInside(workspace, file) && existsSync(file));
  return found && path.relative(workspace, found).split(path.sep).join('/');
}

/**
 * A bad input: one `::error::` line, the `status` output `error` (later steps branch on it), a
 * summary line, exit 2; no check has run.
 */
function refuseInputs(message: string): void {
  core.error(message);
  const publisher = new RunnerFiles();
  publisher.summary(`## ⚠️ pipeguard: error\n\n${markdownCell(message)}\n`);
  publisher.outputs({ status: 'error' });
  publisher.reportProblems();
  process.exitCode = 2;
}

/**
 * Fail closed on the runner's files: the verdict (text report, annotations, the `pipeguard
 * <status>` line) is printed before anything is written, so a write that fails cannot hide it;
 * a failed write is one line naming the file, makes `status` error and the exit code 2 (2 wins
 * over all, so a failing or blocked gate never turns into a pass).
 */
async function publish(
  report: Report,
  inputs: ActionInputs,
  github: GitHubPlacement,
): Promise<void> {
  printUntrusted(renderText(report, { color: false }));
  // Annotations and SARIF resolve files against the repository, not the working directory.
  const placed = placeInWorkspace(report, { root: inputs.root, workspace: github.workspace });
  const sarif = (): string =>
    renderSarif(placed, undefined, {
      category: github.category,
      standIn: standInFile(inputs, github.workspace),
    });
  for (const a of annotationsFor(placed)) {
    const { level, message, ...properties } = a;
    if (level === 'error') core.error(message, properties);
    else if (level === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  }
  const code = exitCodeFor(report.status);
  if (code !== 0) {
    const failed = report.checks
      .filter((c) => c.status !== 'pass')
      .map((c) => `${c.check}: ${printable(c.summary)}`);
    core.error(`pipeguard ${report.status}: ${failed.join('; ')}`);
  }
  const files = new RunnerFiles();
  const { reportFile } = inputs;
  const sarifFile = path.join(path.dirname(reportFile), 'pipeguard.sarif');
  const wroteReport = await files.write('report file', reportFile, () =>
    writeFileAtomic(
      reportFile,
      inputs.format === 'sarif' ? sarif() : render(report, inputs.format, false),
    ),
  );
  const wroteSarif =
    reportFile === sarifFile
      ? wroteReport
      : await files.write('SARIF file', sarifFile, () => writeFileAtomic(sarifFile, sarif()));
  files.summary(renderSummary(report));
  const outputs: Record<string, string> = {
    status: files.failed ? 'error' : report.status,
    findings: String(report.findings.filter((f) => !f.suppressed).length),
    ...(wroteReport ? { 'report-file': reportFile } : {}),
    ...(wroteSarif ? { 'sarif-file': sarifFile } : {}),
  };
  for (const check of report.checks) {
    for (const [name, value] of Object.entries(check.outputs ?? {})) outputs[name] ??= value;
  }
  files.outputs(outputs);
  files.reportProblems();
  process.exitCode = files.failed ? 2 : code;
}

/**
 * Writes to the report files, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT that remember what failed
 * (ENOSPC, EISDIR, EACCES …) instead of throwing, so every write is attempted in order and each
 * failure becomes one line naming the file.
 */
class RunnerFiles {
  private readonly problems: string[] = [];

  get failed(): boolean {
    return this.problems.length > 0;
  }

  async write(what: string, file: string, write: () => Promise<void>): Promise<boolean> {
    try {
      await write();
      return true;
    } catch (error) {
      this.problems.push(`cannot write ${what} (${file}): ${fileProblem(error)}`);
      return false;
    }
  }

  summary(markdown: string): void {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) return;
    // Appended as core.summary does, but with the file system's own error (core's access check
    // turns every cause into one generic message).
    this.attempt('GITHUB_STEP_SUMMARY', file, () => appendFileSync(file, markdown));
  }

  /** `status` first: it is what later steps branch on; after one failure the file is left alone. */
  outputs(values: Record<string, string>): void {
    const file = process.env.GITHUB_OUTPUT;
    this.attempt('GITHUB_OUTPUT', file ?? 'stdout', () => {
      for (const [name, value] of Object.entries(values)) core.setOutput(name, value);
    });
  }

  reportProblems(): void {
    for (const problem of this.problems) core.error(problem);
  }

  private attempt(what: string, file: string, write: () => void): void {
    try {
      write();
    } catch (error) {
      this.problems.push(`cannot write ${what} (${file}): ${fileProblem(error)}`);
    }
  }
}

/** The cause without Node's repetition of the path (`ENOSPC: no space left on device, write`). */
function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = oneLine(error);
  if (code) return message.replace(/, \w+(?: '[^']*')?$/, '');
  // @actions/core's own check that the file exists.
  return /^Missing file at path/.test(message) ? 'ENOENT: no such file' : message;
}

/**
 * Print text built from the scanned tree (file names, messages) with workflow commands stopped:
 * the runner trims leading spaces before looking for `::`, so a file named `::warning::…` would
 * otherwise be a command. The token is random so the text cannot resume commands itself.
 */
function printUntrusted(text: string): void {
  const token = `pipeguard-${randomBytes(16).toString('hex')}`;
  process.stdout.write(`::stop-commands::${token}\n${text}::${token}::\n`);
}
