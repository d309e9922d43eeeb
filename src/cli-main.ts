/**
 * The `pipeguard` CLI: parse argv, run a command through the engine, render, exit with the code of
 * design.md (0 pass, 1 fail, 2 usage/input error, 12 eval gate blocked).
 */
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CHECKS } from './checks/registry.js';
import type { CheckContext, CommandArgs, CommandSpec, Logger, OptionSpec } from './checks/types.js';
import {
  createContext,
  errorResult,
  findCommand,
  finishReport,
  runCommand,
  runConfiguredChecks,
  writeAudit,
} from './engine.js';
import {
  exitCodeFor,
  EXIT,
  isSeverity,
  SEVERITIES,
  type CheckResult,
  type Report,
} from './report/model.js';
import { REPORT_MERGE_COMMAND } from './report/merge-command.js';
import { FORMATS, isFormat, render, type Format } from './report/render.js';
import { shouldColor } from './report/text.js';
import { asInputError, oneLine, withPath } from './util/errors.js';
import { rootForOutsidePaths } from './path-root.js';
import { readStdin } from './util/stdin.js';
import { writeFileAtomic } from './util/fs.js';
import { VERSION } from './version.js';

const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  config: {
    type: 'string',
    description: 'config file (default: .pipeguard.yml in the root, else embedded defaults)',
    valueName: 'FILE',
  },
  format: {
    type: 'string',
    description: `report format: ${FORMATS.join(', ')} (default: text)`,
    valueName: 'FORMAT',
  },
  output: {
    type: 'string',
    description: 'write the report to FILE (stdout still gets the text summary); - for stdout',
    valueName: 'FILE',
  },
  'audit-log': {
    type: 'string',
    description: 'append one JSONL audit record per check decision to FILE',
    valueName: 'FILE',
  },
  root: {
    type: 'string',
    description: 'directory to check (default: the current directory)',
    valueName: 'DIR',
  },
  'fail-on': {
    type: 'string',
    description: `lowest severity that fails: ${SEVERITIES.join(', ')}`,
    valueName: 'SEVERITY',
  },
  quiet: {
    type: 'boolean',
    short: 'q',
    description: 'print only what failed (nothing when every check passes)',
  },
  verbose: { type: 'boolean', short: 'v', description: 'print debug details on stderr' },
  help: { type: 'boolean', short: 'h', description: 'show help' },
  version: { type: 'boolean', short: 'V', description: 'print the version' },
};

/** `--output -`: the report goes to standard output, the text summary nowhere. */
const STDOUT = '-';

const CHECK_COMMAND: CommandSpec = {
  name: ['check'],
  summary: "run every check enabled in the config (the Action's default job)",
  positionals: '[CHECK…]',
  run: async (ctx, args) => runConfiguredChecks(ctx, args.positionals),
};

export async function main(argv: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  // Global options may come before the command (`pipeguard --format json secrets`), as with git.
  const { globals, command } = splitLeadingGlobals(argv);
  const words = leadingWords(command);
  if (words[0] === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (words[0] === 'help') {
    const topic = words.length > 1 ? findSpec(words.slice(1)) : undefined;
    if (words.length > 1 && !topic)
      return usageError(`unknown command: ${words.slice(1).join(' ')}`);
    process.stdout.write(
      topic
        ? commandHelp(topic.spec, { ...GLOBAL_OPTIONS, ...(topic.spec.options ?? {}) })
        : generalHelp(),
    );
    return EXIT.ok;
  }
  const found = findSpec(words);
  if (!found) {
    if (argv.includes('--version') || argv.includes('-V')) {
      process.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
      process.stdout.write(generalHelp());
      return argv.length === 0 ? EXIT.usage : EXIT.ok;
    }
    return usageError(
      words.length > 0
        ? `unknown command: ${words.slice(0, 2).join(' ')} (see: pipeguard help)`
        : 'no command given (see: pipeguard help)',
    );
  }
  const { spec, used } = found;
  const rest = [...globals, ...command.slice(used)];
  const options: Record<string, OptionSpec> = { ...GLOBAL_OPTIONS, ...(spec.options ?? {}) };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: toParseArgs(options),
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return usageError(`${oneLine(error)} (see: pipeguard ${spec.name.join(' ')} --help)`);
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (values.help) {
    process.stdout.write(commandHelp(spec, options));
    return EXIT.ok;
  }
  const format = (values.format as string | undefined) ?? 'text';
  if (!isFormat(format))
    return usageError(`--format must be one of ${FORMATS.join(', ')}; got ${format}`);
  const failOn = values['fail-on'] as string | undefined;
  if (failOn !== undefined && !isSeverity(failOn)) {
    return usageError(`--fail-on must be one of ${SEVERITIES.join(', ')}; got ${failOn}`);
  }
  const resolveFlagPath = (p: unknown): string | undefined =>
    typeof p === 'string' ? path.resolve(cwd, p) : undefined;
  const log = stderrLogger(values.verbose === true || env.PIPEGUARD_DEBUG === '1');
  let results: CheckResult[];
  let auditLog: string | undefined;
  let ctx: CheckContext | undefined;
  try {
    const outside =
      // Reports to merge are read where they are; only checks take their root from their paths.
      values.root === undefined && spec !== CHECK_COMMAND && spec !== REPORT_MERGE_COMMAND
        ? await rootForOutsidePaths(cwd, parsed.positionals)
        : undefined;
    ctx = await createContext({
      root: resolveFlagPath(values.root) ?? outside?.root ?? cwd,
      configFile: resolveFlagPath(values.config),
      failOn: failOn as CheckResult['findings'][number]['severity'] | undefined,
      auditLog: resolveFlagPath(values['audit-log']),
      env,
      log,
      readStdin: (limit) => readStdin(process.stdin, limit),
    });
    auditLog = resolveFlagPath(values['audit-log']);
    const args: CommandArgs = { positionals: outside?.paths ?? parsed.positionals, values };
    results = await runCommand(spec, ctx, args);
  } catch (error) {
    results = [errorResult(spec.name[0] ?? 'pipeguard', error)];
  }
  if (ctx) {
    try {
      await writeAudit(ctx, results, auditLog, spec.name.join(' '));
    } catch (error) {
      results.push(errorResult('audit', error));
    }
  }
  const report = finishReport(results);
  const color = shouldColor(process.stdout, env);
  if (values.output === STDOUT) {
    process.stdout.write(render(report, format as Format, format === 'text' && color));
    return exitCodeFor(report.status);
  }
  const outputFile = resolveFlagPath(values.output);
  if (outputFile) {
    try {
      await writeFileAtomic(outputFile, render(report, format as Format, false));
    } catch (error) {
      const input = asInputError(error);
      process.stderr.write(
        `pipeguard: ${input ? `${input.toLine()} (the report)` : `${values.output as string}: cannot write the report (${oneLine(error)})`}\n`,
      );
      return EXIT.usage;
    }
  }
  const shown = values.quiet === true ? failuresOnly(report) : report;
  if (shown) {
    process.stdout.write(
      render(
        shown,
        outputFile ? 'text' : (format as Format),
        color && (outputFile !== undefined || format === 'text'),
      ),
    );
  }
  return exitCodeFor(report.status);
}

/** `--quiet`: the checks that did not pass, or nothing at all when every check passed. */
function failuresOnly(report: Report): Report | undefined {
  if (report.status === 'pass') return undefined;
  const checks = report.checks.filter((check) => check.status !== 'pass');
  const failing = new Set(checks.map((check) => check.check));
  return { ...report, checks, findings: report.findings.filter((f) => failing.has(f.check)) };
}

function findSpec(words: string[]): { spec: CommandSpec; used: number } | undefined {
  if (words[0] === 'report' && words[1] === 'merge') return { spec: REPORT_MERGE_COMMAND, used: 2 };
  return words[0] === 'check' ? { spec: CHECK_COMMAND, used: 1 } : findCommand(words);
}

/**
 * The global options written before the command word, with their values, and the rest of argv.
 * They are handed to the command's parser after its name, where every option is parsed.
 */
function splitLeadingGlobals(argv: string[]): { globals: string[]; command: string[] } {
  const byFlag = new Map<string, OptionSpec>();
  for (const [name, spec] of Object.entries(GLOBAL_OPTIONS)) {
    byFlag.set(`--${name}`, spec);
    if (spec.short) byFlag.set(`-${spec.short}`, spec);
  }
  let i = 0;
  while (i < argv.length) {
    const token = argv[i]!;
    const spec = byFlag.get(token.split('=')[0]!);
    if (!token.startsWith('-') || token === '--' || !spec) break;
    i += spec.type === 'string' && !token.includes('=') ? 2 : 1;
  }
  return { globals: argv.slice(0, i), command: argv.slice(i) };
}

/** The leading non-option words, which name the command (`checksums verify DIR` → all three). */
function leadingWords(argv: string[]): string[] {
  const out: string[] = [];
  for (const a of argv) {
    if (a.startsWith('-')) break;
    out.push(a);
  }
  return out;
}

function toParseArgs(options: Record<string, OptionSpec>): NonNullable<ParseArgsConfig['options']> {
  const out: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, spec] of Object.entries(options)) {
    out[name] = {
      type: spec.type,
      ...(spec.multiple ? { multiple: true } : {}),
      ...(spec.short ? { short: spec.short } : {}),
    };
  }
  return out;
}

function usageError(message: string): number {
  process.stderr.write(`pipeguard: ${message}\n`);
  return EXIT.usage;
}

function stderrLogger(verbose: boolean): Logger {
  return {
    info: (m) => process.stderr.write(`${m}\n`),
    warn: (m) => process.stderr.write(`warning: ${m}\n`),
    debug: (m) => {
      if (verbose) process.stderr.write(`debug: ${m}\n`);
    },
  };
}

function allCommands(): CommandSpec[] {
  return [CHECK_COMMAND, ...CHECKS.flatMap((c) => c.commands), REPORT_MERGE_COMMAND];
}

function generalHelp(): string {
  const commands = allCommands();
  const width = Math.max(
    ...commands.map((c) => `${c.name.join(' ')} ${c.positionals ?? ''}`.length),
  );
  return [
    `pipeguard ${VERSION} — the security gate for ML and agent pipelines`,
    '',
    'Usage: pipeguard [global options] <command> [options]',
    '',
    'Commands:',
    ...commands.map(
      (c) => `  ${`${c.name.join(' ')} ${c.positionals ?? ''}`.padEnd(width)}  ${c.summary}`,
    ),
    '',
    'Global options:',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    'Exit codes: 0 passed, 1 a check failed, 2 usage/config/input error, 12 eval gate blocked.',
    "Run `pipeguard help <command>` for a command's options; `pipeguard version` prints the version.",
    '',
  ].join('\n');
}

function commandHelp(spec: CommandSpec, options: Record<string, OptionSpec>): string {
  return [
    ['Usage: pipeguard', ...spec.name, spec.positionals, '[options]'].filter(Boolean).join(' '),
    '',
    spec.summary,
    '',
    'Options:',
    ...optionLines(options),
    '',
  ].join('\n');
}

function optionLines(options: Record<string, OptionSpec>): string[] {
  const entries = Object.entries(options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ` ${o.valueName ?? 'VALUE'}` : ''}`;
    return [flag, o.description] as const;
  });
  const width = Math.max(...entries.map(([f]) => f.length));
  return entries.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`);
}

/** Run the command line of this process and set its exit code; never throws, never a stack trace. */
export async function runCli(): Promise<void> {
  const output = watchStandardOutput();
  try {
    const code = await main(process.argv.slice(2), process.env, process.cwd());
    process.exitCode = output.lost ? EXIT.usage : code;
  } catch (error) {
    // Last line of defence: never a stack trace for the user, never exit 0.
    const input = asInputError(error);
    process.stderr.write(
      `pipeguard: ${input ? input.toLine() : `internal error: ${oneLine(error)}`}\n`,
    );
    process.exitCode = EXIT.usage;
  }
}

/**
 * Standard output that cannot be written. A reader that closed the pipe early (`| head`) has what
 * it wanted: the verdict stands. Any other failure (a full disk behind `> report.json`) lost the
 * report: one line and exit 2, never Node's unhandled-error stack trace, and never the verdict's
 * 0 (the error can arrive before or after the command returns).
 */
function watchStandardOutput(): { lost: boolean } {
  const output = { lost: false, readerGone: false };
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (output.readerGone) return;
    if (error.code === 'EPIPE') {
      output.readerGone = true;
      return;
    }
    if (!output.lost) {
      const named = asInputError(withPath(error, 'standard output', 'write'));
      process.stderr.write(`pipeguard: ${named ? named.toLine() : oneLine(error)}\n`);
    }
    output.lost = true;
    process.exitCode = EXIT.usage;
  });
  return output;
}
