/**
 * What the CLI, the Action and the hooks share: build a CheckContext, run checks or one command,
 * turn thrown input errors into `error` results (exit 2), assemble the report, append audit records.
 * Adapters only parse their inputs and present the outcome.
 */
import path from 'node:path';
import { realpathSync, statSync } from 'node:fs';
import { CHECKS } from './checks/registry.js';
import type {
  CheckContext,
  CheckDefinition,
  CommandArgs,
  CommandSpec,
  Logger,
} from './checks/types.js';
import { isEnabled } from './config/defaults.js';
import { loadConfig } from './config/load.js';
import { failOnFor } from './config/types.js';
import { readCiContext } from './github/context.js';
import {
  buildReport,
  fingerprintOf,
  type CheckResult,
  type Report,
  type Severity,
} from './report/model.js';
import { asInputError, InputError, oneLine } from './util/errors.js';
import { isInside, relativeToRoot, resolveInsideRoot } from './util/fs.js';
import { VERSION } from './version.js';

export interface ContextOptions {
  root: string;
  configFile?: string;
  failOn?: Severity;
  /** --audit-log / the audit-log input: recorded in the effective config so checks see it. */
  auditLog?: string;
  env: Readonly<Record<string, string | undefined>>;
  log: Logger;
  registerSecret?: (value: string) => void;
  readStdin?: CheckContext['readStdin'];
  now?: Date;
}

export async function createContext(options: ContextOptions): Promise<CheckContext> {
  let root: string;
  try {
    root = realpathSync(path.resolve(options.root));
    if (!statSync(root).isDirectory()) throw new Error('not a directory');
  } catch {
    throw new InputError('the root is not a readable directory', options.root);
  }
  const { config, source } = await loadConfig(root, options.configFile);
  if (options.failOn) config['fail-on'] = options.failOn;
  if (options.auditLog) config.audit = { ...config.audit, log: options.auditLog };
  return {
    root,
    config,
    configSource: source,
    env: options.env,
    ci: readCiContext(options.env),
    now: options.now ?? new Date(),
    log: options.log,
    registerSecret: options.registerSecret ?? (() => undefined),
    ...(options.readStdin ? { readStdin: options.readStdin } : {}),
  };
}

/** `pipeguard check` / the root Action: every enabled check (or the named ones), in registry order. */
export async function runConfiguredChecks(
  ctx: CheckContext,
  only?: string[],
): Promise<CheckResult[]> {
  const unknown = (only ?? []).filter((name) => !CHECKS.some((c) => c.name === name));
  if (unknown.length) throw new InputError(`unknown check(s): ${unknown.join(', ')}`);
  const selected = CHECKS.filter((c) =>
    only?.length ? only.includes(c.name) : isEnabled(ctx.config, c.name),
  );
  const results: CheckResult[] = [];
  for (const check of selected)
    results.push(await guarded(check.name, () => check.runConfigured(ctx)));
  return results;
}

export async function runCommand(
  spec: CommandSpec,
  ctx: CheckContext,
  args: CommandArgs,
): Promise<CheckResult[]> {
  try {
    return await spec.run(ctx, args);
  } catch (error) {
    return [errorResult(spec.name[0] ?? 'pipeguard', error)];
  }
}

async function guarded(name: string, run: () => Promise<CheckResult>): Promise<CheckResult> {
  try {
    return await run();
  } catch (error) {
    return errorResult(name, error);
  }
}

/**
 * Bad input stops a check with exit 2 and one line; anything else is our bug, still exit 2 (fail
 * closed), stack only with PIPEGUARD_DEBUG=1.
 */
export function errorResult(check: string, error: unknown): CheckResult {
  const input = asInputError(error);
  if (!input && process.env.PIPEGUARD_DEBUG === '1') console.error(error);
  const summary = input ? input.toLine() : `internal error: ${oneLine(error)}`;
  const problems = input && input.more.length > 0 ? [input, ...input.more] : [];
  return {
    check,
    status: 'error',
    summary:
      problems.length > 0 ? `${summary} (${problems.length} problems, each listed below)` : summary,
    findings: problems.map((p) => ({
      check,
      rule: 'input-error',
      severity: 'high',
      message: p.message,
      ...(p.file ? { file: p.file } : {}),
      ...(p.line !== undefined ? { line: p.line } : {}),
      ...(p.column !== undefined ? { column: p.column } : {}),
      fingerprint: fingerprintOf(check, 'input-error', p.file, p.line, p.column, p.message),
    })),
  };
}

export function finishReport(results: CheckResult[]): Report {
  return buildReport(VERSION, results);
}

export function findCommand(
  words: string[],
): { spec: CommandSpec; check: CheckDefinition; used: number } | undefined {
  let best: { spec: CommandSpec; check: CheckDefinition; used: number } | undefined;
  for (const check of CHECKS) {
    for (const spec of check.commands) {
      const n = spec.name.length;
      if (
        n <= words.length &&
        spec.name.every((w, i) => words[i] === w) &&
        (!best || n > best.used)
      ) {
        best = { spec, check, used: n };
      }
    }
  }
  return best;
}

function shownFile(root: string, file: string): string {
  return isInside(root, file) ? relativeToRoot(root, file) : file;
}

/** Append one record per check to the audit log (the --audit-log flag, else config `audit.log`). */
export async function writeAudit(
  ctx: CheckContext,
  results: CheckResult[],
  explicitLog: string | undefined,
  defaultStage: string,
): Promise<void> {
  const configured = ctx.config.audit?.log;
  if (!configured) return;
  // Under pre-commit (which sets PRE_COMMIT=1) a hook appending to a log in the work tree makes
  // pre-commit fail the commit ("files were modified by this hook"), and a developer's local run
  // is not a decision of record: the config's log is left alone. --audit-log still writes.
  if (!explicitLog && ctx.env.PRE_COMMIT === '1') {
    ctx.log.debug(`audit: not appending to ${configured} under pre-commit (PRE_COMMIT=1)`);
    return;
  }
  // A flag is the caller's own choice; a path from the (possibly PR-controlled) config stays inside the root.
  const file = explicitLog
    ? path.resolve(ctx.root, explicitLog)
    : resolveInsideRoot(ctx.root, configured!, ctx.configSource);
  // Imported here: the record schema's validator loads only when there is a log to write.
  const { actorFrom, appendAuditRecords, auditRecordFor, runIdFrom, TORN_RECORD } =
    await import('./report/audit.js');
  const facts = {
    runId: runIdFrom(ctx.env),
    stage: ctx.config.audit?.stage ?? defaultStage,
    actor: actorFrom(ctx.env),
    toolVersion: VERSION,
    time: ctx.now,
  };
  const records = results.map((r) => auditRecordFor(r, facts, failOnFor(ctx.config, r.check)));
  await appendAuditRecords(file, records, (line) =>
    ctx.log.warn(
      `${shownFile(ctx.root, file)}:${line}: ${TORN_RECORD}; the new records start on the next line`,
    ),
  );
}
