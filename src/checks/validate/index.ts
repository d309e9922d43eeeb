/**
 * `pipeguard validate [PATH…]`: documents against their schemas (errors at file:line:col), then
 * the semantic policy rules across documents. A pure core: reads files under ctx.root, returns a
 * CheckResult, throws InputError for usage and configuration mistakes.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { failOnFor } from '../../config/types.js';
import {
  byFile,
  orderFindings,
  resultFromFindings,
  type CheckResult,
  type Finding,
} from '../../report/model.js';
import { sumDetails, type MergedParts } from '../../shard/details.js';
import { shardOption, WorkList, type ShardSpec } from '../../shard/partition.js';
import { withShardRecord } from '../../shard/record.js';
import { SCHEMA_IDS } from '../../schema/catalog.js';
import { knownSchemaIds, loadSchemaCompiler, resolveSchemaId } from '../../schema/registry.js';
import { InputError } from '../../util/errors.js';
import { relativeToRoot, resolveInsideRoot } from '../../util/fs.js';
import { threadsFromEnv } from '../../util/threads.js';
import { implementCheck } from '../define.js';
import type { CheckContext, CheckDefinition, CommandArgs } from '../types.js';
import { nameOf, selectorFor, validateAll, type ValidationJob } from './engine.js';
import { discoverFiles, expandPaths } from './files.js';
import { loadSchemaFile } from './select.js';
import { CHECK, ruleInfos } from './findings.js';
import { applySemanticRules } from './rules/index.js';
import { validateSectionOf } from './settings.js';
import { VALIDATE_SPEC } from './spec.js';

/** The documents the semantic rules read. */
const RULE_INPUTS = [
  SCHEMA_IDS.modelRequestEnvelope,
  SCHEMA_IDS.automationPolicy,
  SCHEMA_IDS.auditRecord,
];

export interface ValidateRequest {
  /** Files or directories; empty means every file the schema map covers in the repository. */
  paths: string[];
  /** `--schema`: used for documents no glob maps and that declare no `$schema`. */
  schema?: string;
  /** Skip the semantic policy rules. */
  schemaOnly?: boolean;
  /** `--shard I/N`: validate this shard's files; shard 1 also runs the cross-document rules. */
  shard?: ShardSpec;
}

/** The root-relative path of a `--schema` that names a file (inside the root), else undefined. */
function schemaFileOf(root: string, reference: string): string | undefined {
  const absolute = path.resolve(root, reference);
  if (!existsSync(absolute)) return undefined;
  return relativeToRoot(root, resolveInsideRoot(root, absolute, reference));
}

export async function runValidate(
  ctx: CheckContext,
  request: ValidateRequest,
  shardArgs: CommandArgs = { positionals: request.paths, values: {} },
): Promise<CheckResult> {
  const started = performance.now();
  const configured = validateSectionOf(ctx.config);
  // `--schema FILE`: a schema file is registered like the config's extra schemas (in every thread).
  const schemaFile =
    request.schema !== undefined && !resolveSchemaId(request.schema)
      ? schemaFileOf(ctx.root, request.schema)
      : undefined;
  const section = schemaFile
    ? { ...configured, 'extra-schemas': [...(configured['extra-schemas'] ?? []), schemaFile] }
    : configured;
  const rulesOn = !request.schemaOnly;
  const job: ValidationJob = {
    root: ctx.root,
    section,
    auditLog: ctx.config.audit?.log,
    // Only what the semantic rules read is kept; everything else is dropped as soon as checked.
    keep: rulesOn ? RULE_INPUTS : [],
    digestAll: Boolean(ctx.config.audit?.log),
    threads: threadsFromEnv(ctx.env.PIPEGUARD_THREADS),
  };
  if ((section['extra-schemas'] ?? []).length > 0) {
    await loadSchemaCompiler();
    job.schemaCompiler = true;
  }
  // Registers validate.extra-schemas first: a broken one is a configuration error (exit 2).
  const selector = selectorFor(job);
  let fallbackSchema: string | undefined;
  if (request.schema !== undefined) {
    fallbackSchema = schemaFile
      ? loadSchemaFile(ctx.root, path.resolve(ctx.root, schemaFile))
      : resolveSchemaId(request.schema);
    if (!fallbackSchema) {
      const known = knownSchemaIds().map(nameOf).join(', ');
      throw new InputError(`--schema: unknown schema \`${request.schema}\` (known: ${known})`);
    }
  }
  job.fallbackSchema = fallbackSchema;
  const candidates =
    request.paths.length > 0
      ? expandPaths(ctx.root, request.paths)
      : await discoverFiles(ctx.root, (file) => selector.inScope(file));
  const all = candidates.filter((file) => !selector.isExcluded(file.relative));
  const work = request.shard ? new WorkList(request.shard, 'files') : undefined;
  const files = work ? all.filter((file) => work.take(file.relative)) : all;

  const listed = performance.now();
  const outcome = await validateAll(files, job);
  if (work && rulesOn && work.spec.index === 1 && files.length < all.length) {
    // The policy rules read documents across files (an envelope and its policy): shard 1 runs
    // them over every file's documents, reporting schema problems of its own files only.
    const mine = new Set(files);
    const others = all.filter((file) => !mine.has(file));
    const rest = await validateAll(others, { ...job, digestAll: false });
    const position = new Map(all.map((file, i) => [file.relative, i]));
    outcome.documents = [...outcome.documents, ...rest.documents].sort(
      (a, b) => position.get(a.file)! - position.get(b.file)!,
    );
  }
  ctx.log.debug(
    `validate: ${files.length} files listed in ${(listed - started).toFixed(0)} ms, validated in ${(performance.now() - listed).toFixed(0)} ms on ${outcome.threads} thread(s)`,
  );
  const findings = [...outcome.findings];
  if (rulesOn && (!work || work.spec.index === 1)) {
    findings.push(
      ...(await applySemanticRules(outcome.documents, {
        root: ctx.root,
        config: ctx.config,
        section,
        selector,
        now: ctx.now,
        check: ctx,
      })),
    );
  }

  // By name, so shards' counts add up to the same object.
  const perSchema: Record<string, number> = {};
  for (const [id, count] of Object.entries(outcome.counts).sort(([a], [b]) =>
    nameOf(a) < nameOf(b) ? -1 : 1,
  ))
    perSchema[nameOf(id)] = count;
  // One order, sharded or not, so the merge of shards equals an unsharded run.
  orderFindings(findings, validateOrder);
  const details = {
    filesValidated: outcome.filesValidated,
    filesSkipped: outcome.filesSkipped.length,
    threads: outcome.threads,
    documents: perSchema,
  };
  const result = resultFromFindings(
    CHECK,
    findings,
    failOnFor(ctx.config, 'validate'),
    (failing, total) => summaryOf(details, failing, total),
    details,
  );
  const done = {
    ...result,
    rules: ruleInfos(),
    inputs: outcome.inputs,
    outputs: outputsOf(details),
  };
  if (!work || !request.shard) return done;
  return withShardRecord(ctx, done, {
    spec: request.shard,
    work,
    command: VALIDATE_SPEC.commands[0]!,
    args: shardArgs,
  });
}

interface ValidateDetails {
  filesValidated: number;
  filesSkipped: number;
  documents: Record<string, number>;
}

function documentCount(details: ValidateDetails): number {
  return Object.values(details.documents).reduce((a, b) => a + b, 0);
}

function summaryOf(details: ValidateDetails, failing: number, total: number): string {
  const documents = documentCount(details);
  const scope = `${documents} document${documents === 1 ? '' : 's'} in ${details.filesValidated} file${details.filesValidated === 1 ? '' : 's'}`;
  if (details.filesValidated === 0)
    return `no documents to validate (${details.filesSkipped} files had no schema)`;
  if (total === 0) return `${scope}: all valid`;
  return `${scope}: ${total} problem${total === 1 ? '' : 's'}${failing < total ? ` (${failing} at or above fail-on)` : ''}`;
}

function outputsOf(details: ValidateDetails): Record<string, string> {
  return {
    documents: String(documentCount(details)),
    'files-validated': String(details.filesValidated),
  };
}

/** What a file's own documents say (its shard reports them), not the cross-document rules. */
const DOCUMENT_RULES = new Set(['schema', 'syntax', 'duplicate-key', 'refused', 'unknown-schema']);

/**
 * By file, each file's document problems before the cross-document rules' findings (shard 1
 * reports those for every file), each group in the order the run found them.
 */
function validateOrder(a: Finding, b: Finding): number {
  const rank = (f: Finding): number => (DOCUMENT_RULES.has(f.rule) ? 0 : 1);
  return byFile(a, b) || rank(a) - rank(b);
}

/** The shards of a validate run as one run (`pipeguard report merge`). */
function mergeValidateShards(shards: CheckResult[]): MergedParts {
  const details = sumDetails(shards.map((s) => s.details ?? {}));
  const counts = details as unknown as ValidateDetails;
  counts.documents = Object.fromEntries(
    Object.entries(counts.documents).sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  // One digest per failing file, in path order as one run lists them.
  const inputs = shards
    .flatMap((s) => s.inputs ?? [])
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    details,
    order: validateOrder,
    summary: (failing, total) => summaryOf(counts, failing, total),
    outputs: outputsOf(counts),
    inputs,
  };
}

export const validateCheck: CheckDefinition = implementCheck(
  VALIDATE_SPEC,
  (ctx) => runValidate(ctx, { paths: [] }),
  {
    validate: async (ctx: CheckContext, args: CommandArgs) => [
      await runValidate(
        ctx,
        {
          paths: args.positionals,
          schema:
            typeof args.values.schema === 'string' && args.values.schema !== ''
              ? args.values.schema
              : undefined,
          schemaOnly: args.values['schema-only'] === true,
          shard: shardOption(args.values.shard),
        },
        args,
      ),
    ],
    'approval sign': async (ctx: CheckContext, args: CommandArgs) => {
      // Loaded on use: validating never pays for the signer.
      const [{ signApproval }, { signArgs }] = await Promise.all([
        import('./approval-sign.js'),
        import('../eval-gate/sign.js'),
      ]);
      const { target, options } = signArgs(args, 'approval sign', 'FILE[:LINE]');
      return [await signApproval(ctx, target, options)];
    },
  },
  { merge: mergeValidateShards },
);
