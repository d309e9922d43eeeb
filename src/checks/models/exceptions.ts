/**
 * Model exceptions (schemas/model-exception.v1): a file in `models.exceptions-dir` that waives
 * named `models` rules for one model file, bound to that file's sha256. It is judged with the
 * eval gate's machinery — the same lifetime and role rules (eval-gate/exceptions.ts) and the same
 * approval sources, SSH signatures in `<file>.sig` and/or PR reviews, by every required role of
 * `eval-gate.roles` (eval-gate/approvals.ts). Anything short of that leaves the finding standing.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { Finding, InputDigest } from '../../report/model.js';
import { InputError } from '../../util/errors.js';
import { DEFAULTS, evalGateSection, rolesOf } from '../eval-gate/config.js';
import {
  exceptionTimes,
  lifetimeAndRoleProblems,
  listExceptionFiles,
  rolesRequiredFor,
  type ExceptionBase,
  type ExceptionFile,
} from '../eval-gate/exceptions.js';
import {
  digestOf,
  parseSingleDocument,
  readRecorded,
  type InputFile,
} from '../eval-gate/inputs.js';
import type { CheckContext } from '../types.js';
import { CHECK } from './rules.js';
import type { ArtifactScan } from './scan.js';

export const MODEL_EXCEPTION_SCHEMA =
  'https://pipeguard.dev/schemas/model-exception.v1.schema.json';
/** Longest lifetime of a model exception unless models.exception-max-days says otherwise. */
export const DEFAULT_MODEL_EXCEPTION_MAX_DAYS = 30;

export interface ModelException extends ExceptionBase {
  version: 1;
  artifact_digest: string;
  file?: string;
  rules: string[];
  reason: string;
  ticket: string;
  requested_by: string;
}

export interface ExceptionUse {
  id: string;
  file: string;
  artifactDigest: string;
  /** The scanned files it matched by digest. */
  matches: string[];
  approved: boolean;
  problems: string[];
  /** Fingerprints of the findings it waived. */
  covers: string[];
}

export interface ExceptionOutcome {
  used: ExceptionUse[];
  /** sha256 (`sha256:<hex>`) of every file with a finding. */
  digests: Map<string, string>;
  inputs: InputDigest[];
}

/** sha256 of a whole file, streamed (only files with findings are hashed). */
export async function fileDigest(absolute: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(absolute)) hash.update(chunk as Buffer);
  return `sha256:${hash.digest('hex')}`;
}

/** A model exception file, schema-checked, its dates read (malformed → InputError, exit 2). */
export function parseModelException(input: InputFile): ExceptionFile<ModelException> {
  const doc = parseSingleDocument(input, 'model exception file', MODEL_EXCEPTION_SCHEMA);
  const exception = doc.value as ModelException;
  return { input, doc, exception, times: exceptionTimes(input, doc, exception) };
}

/** Lifetime cap and roles model exceptions are judged by (models.exception-max-days, models.required-roles). */
export function modelExceptionScope(ctx: Pick<CheckContext, 'config' | 'now'>): {
  now: Date;
  maxDays: number;
  configuredRoles: string[];
  requiredRoles?: string[];
} {
  const section = ctx.config.models as
    { 'exception-max-days'?: number; 'required-roles'?: string[] } | undefined;
  return {
    now: ctx.now,
    maxDays: section?.['exception-max-days'] ?? DEFAULT_MODEL_EXCEPTION_MAX_DAYS,
    configuredRoles: Object.keys(rolesOf(ctx.config)),
    ...(section?.['required-roles'] ? { requiredRoles: section['required-roles'] } : {}),
  };
}

/**
 * Mark the findings a valid, approved exception covers as suppressed (in place), and say which
 * exceptions were consulted. Bad exception files are input errors (exit 2), as for the eval gate.
 */
export async function applyModelExceptions(
  ctx: CheckContext,
  exceptionsDir: string,
  scans: ArtifactScan[],
  findings: Finding[],
): Promise<ExceptionOutcome> {
  const digests = new Map<string, string>();
  const flagged = new Set(findings.map((f) => f.file).filter((f): f is string => f !== undefined));
  for (const scan of scans) {
    if (flagged.has(scan.file))
      digests.set(scan.file, await fileDigest(path.join(ctx.root, scan.file)));
  }
  const outcome: ExceptionOutcome = { used: [], digests, inputs: [] };
  if (flagged.size === 0) return outcome;
  const files = await listExceptionFiles(ctx.root, exceptionsDir);
  if (files.length === 0) return outcome;

  const scope = modelExceptionScope(ctx);
  const byDigest = new Map<string, string[]>();
  for (const [file, digest] of digests)
    byDigest.set(digest, [...(byDigest.get(digest) ?? []), file]);

  const { APPROVAL_SOURCES } = await import('../eval-gate/approval-sources.js');
  const { evaluateApprovals } = await import('../eval-gate/approvals.js');
  const mode = evalGateSection(ctx.config).approval ?? DEFAULTS.approval;
  const seenIds = new Set<string>();
  for (const name of files) {
    const input = await readRecorded(ctx, name, 'model exception file');
    outcome.inputs.push(digestOf(input));
    const file = parseModelException(input);
    const { doc, exception } = file;
    if (seenIds.has(exception.id)) {
      const at = doc.locate('/id');
      throw new InputError(
        `model exception id ${exception.id} is used twice`,
        input.name,
        at.line,
        at.column,
      );
    }
    seenIds.add(exception.id);
    const matches = byDigest.get(exception.artifact_digest) ?? [];
    const use: ExceptionUse = {
      id: exception.id,
      file: input.name,
      artifactDigest: exception.artifact_digest,
      matches,
      approved: false,
      problems: lifetimeAndRoleProblems(file, scope).map((p) => p.message),
      covers: [],
    };
    outcome.used.push(use);
    if (matches.length === 0) continue;
    const covered = findings.filter(
      (f) =>
        f.check === CHECK &&
        f.file !== undefined &&
        matches.includes(f.file) &&
        exception.rules.includes(f.rule) &&
        !f.suppressed,
    );
    if (covered.length === 0 || use.problems.length > 0) continue;
    const approval = await evaluateApprovals(
      mode,
      APPROVAL_SOURCES,
      {
        exceptionFile: input.name,
        exceptionBytes: input.bytes,
        exception,
        roles: rolesRequiredFor(exception, scope),
      },
      ctx,
    );
    use.approved = approval.approved;
    if (!approval.approved) {
      use.problems.push(...approval.missing.map((m) => `role ${m.role} (${m.via}): ${m.reason}`));
      continue;
    }
    for (const finding of covered) {
      finding.suppressed = {
        kind: 'exception',
        reason: `model exception ${exception.id} (${input.name})`,
      };
      use.covers.push(finding.fingerprint);
    }
  }
  for (const use of outcome.used) {
    if (use.matches.length > 0 && !use.approved)
      ctx.log.warn(
        `models: exception ${use.id} (${use.file}) does not apply: ${use.problems.join('; ') || 'it waives none of the rules that fired'}`,
      );
  }
  return outcome;
}
