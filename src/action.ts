/**
 * The GitHub Action adapter: inputs → engine → annotations, job summary, report files, outputs,
 * exit code (12 stays 12). The root action runs the configured checklist; a sub-action
 * (`dist/action/<check>.js`) runs that check's command with inputs named as its CLI options.
 */
import path from 'node:path';
import * as core from '@actions/core';
import { CHECKS } from './checks/registry.js';
import type {
  CheckContext,
  CommandArgs,
  CommandSpec,
  OptionSpec,
  OptionValue,
} from './checks/types.js';
import {
  createContext,
  errorResult,
  finishReport,
  runCommand,
  runConfiguredChecks,
  writeAudit,
} from './engine.js';
import { annotationsFor } from './report/annotations.js';
import {
  exitCodeFor,
  isSeverity,
  SEVERITIES,
  type CheckResult,
  type Report,
} from './report/model.js';
import { FORMATS, isFormat, render } from './report/render.js';
import { renderSarif } from './report/sarif.js';
import { renderSummary } from './report/summary.js';
import { renderText } from './report/text.js';
import { InputError } from './util/errors.js';
import { writeFileAtomic } from './util/fs.js';

/** Set by the sub-action stubs the build writes (`dist/action/<check>.js`). */
const SUB_ACTION = Symbol.for('pipeguard.subAction');

export async function run(): Promise<void> {
  const subAction = (globalThis as Record<symbol, unknown>)[SUB_ACTION] as string | undefined;
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  let results: CheckResult[];
  let ctx: CheckContext | undefined;
  const stage = subAction ?? 'check';
  try {
    const root = path.resolve(workspace, core.getInput('working-directory') || '.');
    const failOn = core.getInput('fail-on');
    if (failOn && !isSeverity(failOn)) {
      throw new InputError(`input fail-on must be one of ${SEVERITIES.join(', ')}; got ${failOn}`);
    }
    ctx = await createContext({
      root,
      configFile: core.getInput('config')
        ? path.resolve(workspace, core.getInput('config'))
        : undefined,
      failOn: failOn && isSeverity(failOn) ? failOn : undefined,
      auditLog: core.getInput('audit-log')
        ? path.resolve(workspace, core.getInput('audit-log'))
        : undefined,
      env: process.env,
      log: { info: core.info, warn: core.warning, debug: core.debug },
      // Masked before anything is printed: the runner replaces it with *** in every log line.
      registerSecret: (value) => core.setSecret(value),
    });
    results = subAction
      ? await runSubAction(subAction, ctx)
      : await runConfiguredChecks(ctx, listInput('checks'));
  } catch (error) {
    results = [errorResult(subAction ?? 'check', error)];
  }
  if (ctx) {
    try {
      const auditInput = core.getInput('audit-log');
      await writeAudit(
        ctx,
        results,
        auditInput ? path.resolve(workspace, auditInput) : undefined,
        stage,
      );
    } catch (error) {
      results.push(errorResult('audit', error));
    }
  }
  await publish(finishReport(results), workspace);
}

async function runSubAction(name: string, ctx: CheckContext): Promise<CheckResult[]> {
  const check = CHECKS.find((c) => c.name === name);
  if (!check) throw new InputError(`unknown sub-action ${name}`);
  const wanted = core.getInput('command');
  const spec: CommandSpec | undefined = wanted
    ? check.commands.find((c) => c.name[c.name.length - 1] === wanted)
    : check.commands[0];
  if (!spec) {
    const choices = check.commands.map((c) => c.name[c.name.length - 1]).join(', ');
    throw new InputError(`input command must be one of ${choices}; got ${wanted}`);
  }
  return runCommand(spec, ctx, argsFromInputs(spec.options ?? {}));
}

/** Inputs mirror the CLI: each option of the command is read from the input of the same name. */
function argsFromInputs(options: Record<string, OptionSpec>): CommandArgs {
  const values: Record<string, OptionValue> = {};
  for (const [name, option] of Object.entries(options)) {
    const raw = core.getInput(name);
    if (raw === '') continue;
    if (option.type === 'boolean') values[name] = booleanInput(name, raw);
    else values[name] = option.multiple ? splitList(raw) : raw;
  }
  return { positionals: listInput('paths') ?? [], values };
}

/** The YAML 1.2 core booleans, as core.getBooleanInput accepts, but failing as an input error. */
function booleanInput(name: string, raw: string): boolean {
  if (['true', 'True', 'TRUE'].includes(raw)) return true;
  if (['false', 'False', 'FALSE'].includes(raw)) return false;
  throw new InputError(`input ${name} must be true or false; got ${raw}`);
}

function listInput(name: string): string[] | undefined {
  const raw = core.getInput(name);
  return raw ? splitList(raw) : undefined;
}

function splitList(raw: string): string[] {
  return raw.split(/[\s,]+/).filter(Boolean);
}

async function publish(report: Report, workspace: string): Promise<void> {
  process.stdout.write(renderText(report, { color: false }));
  for (const a of annotationsFor(report)) {
    const { level, message, ...properties } = a;
    if (level === 'error') core.error(message, properties);
    else if (level === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  }
  const format = core.getInput('format') || 'json';
  if (!isFormat(format)) {
    core.setFailed(`input format must be one of ${FORMATS.join(', ')}; got ${format}`);
    process.exitCode = 2;
    return;
  }
  const outDir = process.env.RUNNER_TEMP ?? workspace;
  const reportFile = path.resolve(
    workspace,
    core.getInput('output') ||
      path.join(outDir, `pipeguard-report.${format === 'text' ? 'txt' : format}`),
  );
  const sarifFile = path.join(path.dirname(reportFile), 'pipeguard.sarif');
  await writeFileAtomic(reportFile, render(report, format, false));
  if (reportFile !== sarifFile) await writeFileAtomic(sarifFile, renderSarif(report));
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderSummary(report)).write();
  core.setOutput('status', report.status);
  core.setOutput('findings', String(report.findings.filter((f) => !f.suppressed).length));
  core.setOutput('report-file', reportFile);
  core.setOutput('sarif-file', sarifFile);
  for (const check of report.checks) {
    for (const [name, value] of Object.entries(check.outputs ?? {})) core.setOutput(name, value);
  }
  const code = exitCodeFor(report.status);
  if (code !== 0) {
    const failed = report.checks
      .filter((c) => c.status !== 'pass')
      .map((c) => `${c.check}: ${c.summary}`);
    core.setFailed(`pipeguard ${report.status}: ${failed.join('; ')}`);
    // setFailed sets 1; the gate's 12 and input errors' 2 must survive.
    process.exitCode = code;
  }
}
