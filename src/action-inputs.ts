/**
 * The Action's inputs, read and checked all at once before any check runs: a bad value is one
 * InputError naming the input and what it accepts (exit 2, `status` error), never a run of every
 * check followed by a late refusal. Values a check parses itself (a time, a size, a digest) are
 * checked by that check as its first step; here is everything the adapter decides on.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { CHECKS } from './checks/registry.js';
import type { CommandArgs, CommandSpec, OptionSpec, OptionValue } from './checks/types.js';
import { REPORT_MERGE_COMMAND } from './report/merge-command.js';
import { isSeverity, SEVERITIES, type Severity } from './report/model.js';
import { FORMATS, isFormat, type Format } from './report/render.js';
import { InputError } from './util/errors.js';

/** The sub-action that merges shard reports (`pipeguard report merge`). */
export const MERGE_SUB_ACTION = 'merge';

/** Inputs every action (root and sub-actions) declares in its action.yml. */
export const COMMON_INPUTS = [
  'config',
  'working-directory',
  'format',
  'output',
  'audit-log',
  'fail-on',
] as const;

/**
 * Every input the code reads for an action: the common ones, the root's `checks`, a sub-action's
 * `command`, `paths` and command options, and the gate's token (read by src/github from
 * INPUT_GITHUB-TOKEN). Each action.yml declares a subset (a test holds them together).
 */
export function actionInputNames(subAction?: string): string[] {
  const names = new Set<string>([...COMMON_INPUTS, 'github-token']);
  if (subAction === MERGE_SUB_ACTION)
    return [...names, 'reports', ...Object.keys(REPORT_MERGE_COMMAND.options ?? {})];
  if (!subAction) names.add('checks');
  const check = CHECKS.find((c) => c.name === subAction);
  for (const spec of check?.commands ?? []) {
    names.add('paths');
    for (const option of Object.keys(spec.options ?? {})) names.add(option);
  }
  if ((check?.commands.length ?? 0) > 1) names.add('command');
  return [...names];
}

export interface ActionInputs {
  /** working-directory, resolved against the workspace; an existing directory. */
  root: string;
  configFile?: string;
  failOn?: Severity;
  auditLog?: string;
  format: Format;
  /** The report file: the output input resolved against the workspace, else under RUNNER_TEMP. */
  reportFile: string;
  /** Root action: the checks input (known check names), if given. */
  checks?: string[];
  /** Sub-action: the command the command input selects, and its arguments from the inputs. */
  command?: { spec: CommandSpec; args: CommandArgs };
}

/** The YAML 1.2 core booleans, as core.getBooleanInput accepts them. */
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

export function readActionInputs(
  subAction: string | undefined,
  workspace: string,
  tempDir: string,
): ActionInputs {
  const format = core.getInput('format') || 'json';
  if (!isFormat(format)) throw badValue('format', FORMATS, format);
  const failOn = core.getInput('fail-on');
  if (failOn && !isSeverity(failOn)) throw badValue('fail-on', SEVERITIES, failOn);
  const root = path.resolve(workspace, core.getInput('working-directory') || '.');
  requireKind('working-directory', root, 'directory');
  const configFile = pathInput('config', workspace);
  if (configFile) requireKind('config', configFile, 'file');
  const auditLog = pathInput('audit-log', workspace);
  if (auditLog) refuseDirectory('audit-log', auditLog);
  const output = pathInput('output', workspace);
  if (output) refuseDirectory('output', output);
  const reportFile =
    output ?? path.join(tempDir, `pipeguard-report.${format === 'text' ? 'txt' : format}`);
  const common = {
    root,
    ...(configFile ? { configFile } : {}),
    ...(failOn && isSeverity(failOn) ? { failOn } : {}),
    ...(auditLog ? { auditLog } : {}),
    format,
    reportFile,
  };
  if (!subAction) {
    const checks = listInput('checks');
    const known = CHECKS.map((c) => c.name);
    const unknown = (checks ?? []).filter((name) => !(known as string[]).includes(name));
    if (unknown.length) throw badValue('checks', known, unknown.join(', '));
    return { ...common, ...(checks ? { checks } : {}) };
  }
  if (subAction === MERGE_SUB_ACTION) {
    const reports = listInput('reports');
    if (!reports)
      throw new InputError('input reports is required: the shard reports (files or directories)');
    return {
      ...common,
      command: {
        spec: REPORT_MERGE_COMMAND,
        args: {
          positionals: reports,
          values: Object.fromEntries(
            Object.keys(REPORT_MERGE_COMMAND.options ?? {}).flatMap((name) => {
              const list = listInput(name);
              return list ? [[name, list.join(',')]] : [];
            }),
          ),
        },
      },
    };
  }
  return { ...common, command: commandInputs(subAction) };
}

/** The sub-action's command and its arguments; an input of another command is refused. */
function commandInputs(subAction: string): { spec: CommandSpec; args: CommandArgs } {
  const check = CHECKS.find((c) => c.name === subAction);
  if (!check) throw new InputError(`unknown sub-action ${subAction}`);
  const commandName = (spec: CommandSpec): string => spec.name[spec.name.length - 1]!;
  const wanted = core.getInput('command');
  const spec = wanted ? check.commands.find((c) => commandName(c) === wanted) : check.commands[0];
  if (!spec) throw badValue('command', check.commands.map(commandName), wanted);
  const options = spec.options ?? {};
  for (const other of check.commands) {
    for (const name of Object.keys(other.options ?? {})) {
      if (!(name in options) && core.getInput(name) !== '')
        throw new InputError(
          `input ${name} is for command ${commandName(other)}; this step runs command ${commandName(spec)}`,
        );
    }
  }
  const paths = listInput('paths');
  if (paths && !spec.positionals)
    throw new InputError(`input paths is not used by command ${commandName(spec)}`);
  return { spec, args: { positionals: paths ?? [], values: optionValues(options) } };
}

/** Inputs mirror the CLI: each option of the command is read from the input of the same name. */
function optionValues(options: Record<string, OptionSpec>): Record<string, OptionValue> {
  const values: Record<string, OptionValue> = {};
  for (const [name, option] of Object.entries(options)) {
    const raw = core.getInput(name);
    if (raw === '') continue;
    if (option.type === 'boolean') values[name] = booleanInput(name, raw);
    else values[name] = option.multiple ? splitList(raw) : raw;
  }
  return values;
}

function booleanInput(name: string, raw: string): boolean {
  if (TRUE.includes(raw)) return true;
  if (FALSE.includes(raw)) return false;
  throw badValue(name, ['true', 'false'], raw);
}

function badValue(name: string, allowed: readonly string[], got: string): InputError {
  return new InputError(`input ${name} must be one of ${allowed.join(', ')}; got ${got}`);
}

function pathInput(name: string, workspace: string): string | undefined {
  const raw = core.getInput(name);
  return raw ? path.resolve(workspace, raw) : undefined;
}

function requireKind(name: string, file: string, kind: 'file' | 'directory'): void {
  let stats;
  try {
    stats = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      `input ${name} (${file}): ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`}`,
    );
  }
  if (kind === 'directory' ? !stats.isDirectory() : !stats.isFile())
    throw new InputError(`input ${name} (${file}): not a ${kind}`);
}

function refuseDirectory(name: string, file: string): void {
  let isDirectory = false;
  try {
    isDirectory = statSync(file).isDirectory();
  } catch {
    // Not there yet: it is created when written.
  }
  if (isDirectory) throw new InputError(`input ${name} (${file}): is a directory, not a file`);
}

function listInput(name: string): string[] | undefined {
  const raw = core.getInput(name);
  return raw ? splitList(raw) : undefined;
}

function splitList(raw: string): string[] {
  return raw.split(/[\s,]+/).filter(Boolean);
}
