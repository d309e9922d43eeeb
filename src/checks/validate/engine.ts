/**
 * Validate files against their schemas: read (size-capped), parse (JSON fast path), choose the
 * schema per document, validate with the compiled validator, and turn every error into a Finding at
 * file:line:col. Positions are only computed for documents that have something to report.
 *
 * The work is cut into batches of files that run in-process or on worker threads alike
 * (`validateBatch` is pure data in, data out); `validateAll` spreads them and merges the results
 * back in path order, so the outcome never depends on how many threads ran.
 */
import { availableParallelism, loadavg } from 'node:os';
import {
  formatOf,
  MAX_DOCUMENT_BYTES,
  parseDocumentsPerLine,
  type DocumentFormat,
  type SourceDocument,
} from '../../schema/document.js';
import {
  loadSchemaCompiler,
  locateErrors,
  SchemaCompilerNotLoaded,
  shortNameOf,
  validatorFor,
} from '../../schema/registry.js';
import type { Finding, InputDigest } from '../../report/model.js';
import { InputError } from '../../util/errors.js';
import { NOT_UTF8, UTF16_NOT_SUPPORTED } from '../../util/text.js';
import { defineWorkerTask, runShared } from '../../util/worker-pool.js';
import { makeFinding, type RuleId } from './findings.js';
import { readBounded } from './read.js';
import { declaredSchema, registerExtraSchemas, SchemaSelector } from './select.js';
import type { ValidateSection } from './settings.js';
import { sha256Hex } from '../../util/sha256.js';

export interface FileToValidate {
  absolute: string;
  /** Root-relative, `/`-separated: what findings and globs use. */
  relative: string;
}

export interface CheckedDocument {
  file: string;
  doc: SourceDocument;
  schemaId: string;
  /** True when the document satisfies its schema. */
  valid: boolean;
}

/** Everything a batch needs to rebuild the same selector on any thread: plain data. */
export interface ValidationJob {
  root: string;
  section: ValidateSection;
  auditLog?: string;
  /** `--schema`, already resolved: the last resort. */
  fallbackSchema?: string;
  /** Schema `$id`s whose documents are handed back (the semantic rules' inputs). */
  keep: string[];
  /** Digest every validated file (only worth its cost when an audit log is written). */
  digestAll: boolean;
  /** Threads to use, this one included (PIPEGUARD_THREADS; default: see workerThreads). */
  threads?: number;
  /** Users' schemas are compiled in this job: every thread loads the compiler (ajv) first. */
  schemaCompiler?: boolean;
}

/** What a batch returns: structured-clonable, so it crosses thread boundaries as is. */
export interface BatchResult {
  findings: Finding[];
  counts: Record<string, number>;
  filesValidated: number;
  filesSkipped: string[];
  failing: InputDigest[];
  /** `[file, sha256]` of every validated file, with `digestAll`. */
  digests: Array<[string, string]>;
  /** Texts of files holding kept documents, and which documents (by index) to keep. */
  kept: Array<{
    file: string;
    format: DocumentFormat;
    text: string;
    docs: Array<{ index: number; schemaId: string; valid: boolean }>;
  }>;
  /** A usage error (unreadable file …): rethrown by the caller as InputError. */
  inputError?: { message: string; file?: string; line?: number; column?: number };
  /** A document named a schema file to compile before the compiler was loaded: run it again. */
  needsSchemaCompiler?: true;
}

export interface EngineResult {
  findings: Finding[];
  /** The kept documents, parsed again on this thread so rules can locate nodes. */
  documents: CheckedDocument[];
  /** Documents validated, by schema `$id`. */
  counts: Record<string, number>;
  filesValidated: number;
  /** Files passed in but left alone: no schema mapped, declared or given. */
  filesSkipped: string[];
  /** One digest per failing file; with `digestAll`, first one over the manifest of all files. */
  inputs: InputDigest[];
  /** Threads that validated, this one included. */
  threads: number;
}

/** Below this many files one thread is faster than starting workers. */
export const MIN_FILES_FOR_WORKERS = 2000;
/** Below this many cores workers never pay for small documents (see workerThreads). */
const MIN_CORES_FOR_WORKERS = 4;
const BATCH_SIZE = 256;

const selectors = new Map<string, SchemaSelector>();

/** The job's selector, built once per thread (extra schemas registered with it). */
export function selectorFor(job: ValidationJob): SchemaSelector {
  const key = JSON.stringify([job.root, job.section, job.auditLog]);
  let selector = selectors.get(key);
  if (!selector) {
    registerExtraSchemas(job.root, job.section);
    selector = new SchemaSelector(job.root, job.section, { auditLog: job.auditLog });
    selectors.set(key, selector);
  }
  return selector;
}

/** Validate a batch of files (already in path order). Pure data in and out. */
export function validateBatch(job: ValidationJob, files: readonly FileToValidate[]): BatchResult {
  const result = emptyBatch();
  try {
    const selector = selectorFor(job);
    for (const file of files) validateFile(file, job, selector, result);
  } catch (error) {
    // Nothing of a batch is kept when it stops here: it is pure, so running it again is safe.
    if (error instanceof SchemaCompilerNotLoaded)
      return { ...emptyBatch(), needsSchemaCompiler: true };
    if (!(error instanceof InputError)) throw error;
    result.inputError = {
      message: error.message,
      file: error.file,
      line: error.line,
      column: error.column,
    };
  }
  return result;
}

function validateFile(
  file: FileToValidate,
  job: ValidationJob,
  selector: SchemaSelector,
  out: BatchResult,
): void {
  const { fallbackSchema } = job;
  const { findings } = out;
  const mapping = selector.mapping(file.relative);
  // A conditional mapping (requireKey) only says which schema applies if the document qualifies.
  const mapped = mapping?.requireKey === undefined ? mapping?.id : undefined;
  const read = readBounded(file.absolute, file.relative);
  if ('oversize' in read) {
    if (!mapped && !fallbackSchema) {
      out.filesSkipped.push(file.relative);
      return;
    }
    out.filesValidated++;
    findings.push(
      makeFinding({
        rule: 'refused',
        file: file.relative,
        message: `larger than the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB size cap; not parsed`,
        subject: 'size',
      }),
    );
    return;
  }
  const { text } = read;
  // Unmapped files are only opened to see whether they declare a schema.
  if (!mapping && !fallbackSchema && !text.includes('$schema')) {
    out.filesSkipped.push(file.relative);
    return;
  }
  const before = findings.length;
  const format: DocumentFormat = formatOf(file.relative) ?? 'yaml';
  let docs: SourceDocument[];
  let malformedLines = 0;
  try {
    if (read.problem) throw new InputError(read.problem, file.relative);
    const parsed = parseDocumentsPerLine(text, file.relative, format);
    docs = parsed.docs;
    // A malformed JSONL line is reported at its line; the other lines are still validated.
    for (const error of parsed.errors) findings.push(parseFinding(error, file.relative));
    malformedLines = parsed.errors.length;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    findings.push(parseFinding(error, file.relative));
    out.filesValidated++;
    const digest = sha256Hex(text);
    if (job.digestAll) out.digests.push([file.relative, digest]);
    out.failing.push({ name: file.relative, sha256: digest });
    return;
  }
  let validatedHere = malformedLines > 0;
  if (docs.length === 0 && format !== 'jsonl' && (mapped ?? fallbackSchema)) {
    validatedHere = true;
    findings.push(
      makeFinding({
        rule: 'schema',
        file: file.relative,
        position: { line: 1, column: 1 },
        message: `the file holds no document; a ${nameOf((mapped ?? fallbackSchema)!)} document was expected`,
        subject: 'empty',
      }),
    );
  }
  let kept: BatchResult['kept'][number] | undefined;
  for (const doc of docs) {
    let schemaId =
      mapped ??
      (mapping?.requireKey !== undefined && holdsKey(doc.value, mapping.requireKey)
        ? mapping.id
        : undefined);
    if (!schemaId) {
      const declared = declaredSchema(doc, text);
      if (declared) {
        const resolution = selector.resolve(declared.reference, file.relative);
        if ('problem' in resolution) {
          validatedHere = true;
          findings.push(
            makeFinding({
              rule: 'unknown-schema',
              file: file.relative,
              position: declared.position,
              message: resolution.problem,
              subject: `${doc.index}:${declared.reference}`,
            }),
          );
          continue;
        }
        schemaId = resolution.id;
      }
    }
    schemaId ??= fallbackSchema;
    if (!schemaId) continue;
    validatedHere = true;
    const validate = validatorFor(schemaId);
    if (!validate) throw new InputError(`schema ${schemaId} is not registered`, file.relative);
    const valid = validate(doc.value) as boolean;
    out.counts[schemaId] = (out.counts[schemaId] ?? 0) + 1;
    if (job.keep.includes(schemaId)) {
      kept ??= { file: file.relative, format, text, docs: [] };
      kept.docs.push({ index: doc.index, schemaId, valid });
    }
    if (valid) continue;
    for (const error of locateErrors(doc, validate.errors ?? [])) {
      findings.push(
        makeFinding({
          rule: 'schema',
          file: file.relative,
          position: error.position,
          message: error.message,
          subject: `${doc.index}:${error.pointer}:${error.keyword}`,
        }),
      );
    }
  }
  if (!validatedHere) {
    out.filesSkipped.push(file.relative);
    return;
  }
  out.filesValidated++;
  if (kept) out.kept.push(kept);
  const failed = findings.length > before;
  if (!job.digestAll && !failed) return;
  const digest = sha256Hex(text);
  if (job.digestAll) out.digests.push([file.relative, digest]);
  if (failed) out.failing.push({ name: file.relative, sha256: digest });
}

function emptyBatch(): BatchResult {
  return {
    findings: [],
    counts: {},
    filesValidated: 0,
    filesSkipped: [],
    failing: [],
    digests: [],
    kept: [],
  };
}

/** The task workers run: the same function, registered at load so every thread has it. */
export const VALIDATE_TASK = 'validate.batch';
defineWorkerTask(
  VALIDATE_TASK,
  async ({ job, files }: { job: ValidationJob; files: FileToValidate[] }) => {
    if (job.schemaCompiler) await loadSchemaCompiler();
    return validateBatch(job, files);
  },
);

/**
 * Validate every file: in path order, in batches, on worker threads as well as this one when there
 * are enough files to pay for starting them; then merge and parse the kept documents again here.
 */
export async function validateAll(
  files: readonly FileToValidate[],
  job: ValidationJob,
): Promise<EngineResult> {
  const sorted = [...files].sort((a, b) =>
    a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0,
  );
  const batches: FileToValidate[][] = [];
  for (let i = 0; i < sorted.length; i += BATCH_SIZE) batches.push(sorted.slice(i, i + BATCH_SIZE));
  const threads = sorted.length >= MIN_FILES_FOR_WORKERS ? workerThreads(job.threads) : 0;
  const { outputs: results, workers } = await runShared<
    { job: ValidationJob; files: FileToValidate[] },
    BatchResult
  >(
    VALIDATE_TASK,
    ({ job: j, files: f }) => validateBatch(j, f),
    batches.map((batch) => ({ job, files: batch })),
    { workers: threads, warmUp: { job, files: [] } },
  );
  // A document named a local schema file: load the compiler and run those batches again here.
  if (results.some((r) => r.needsSchemaCompiler)) {
    await loadSchemaCompiler();
    results.forEach((r, i) => {
      if (r.needsSchemaCompiler) results[i] = validateBatch(job, batches[i]!);
    });
  }
  const failedWith = results.find((r) => r.inputError)?.inputError;
  if (failedWith)
    throw new InputError(failedWith.message, failedWith.file, failedWith.line, failedWith.column);

  const merged: EngineResult = {
    threads: workers + 1,
    findings: [],
    documents: [],
    counts: {},
    filesValidated: 0,
    filesSkipped: [],
    inputs: [],
  };
  const digests: Array<[string, string]> = [];
  for (const r of results) {
    merged.findings.push(...r.findings);
    for (const [id, n] of Object.entries(r.counts))
      merged.counts[id] = (merged.counts[id] ?? 0) + n;
    merged.filesValidated += r.filesValidated;
    merged.filesSkipped.push(...r.filesSkipped);
    merged.inputs.push(...r.failing);
    digests.push(...r.digests);
    for (const kept of r.kept) {
      const { docs } = parseDocumentsPerLine(kept.text, kept.file, kept.format);
      for (const d of kept.docs)
        merged.documents.push({
          file: kept.file,
          doc: docs[d.index]!,
          schemaId: d.schemaId,
          valid: d.valid,
        });
    }
  }
  if (job.digestAll) {
    // A sha256sum-style manifest of every validated file: reproducible with `sha256sum`.
    const manifest = digests.map(([file, digest]) => `${digest}  ${file}\n`).join('');
    merged.inputs.unshift({
      name: `validated documents (${merged.filesValidated} files)`,
      sha256: sha256Hex(manifest),
    });
  }
  return merged;
}

/**
 * Worker threads worth starting. For small documents a worker does not pay on a machine of 2 or 3
 * cores: measured on 2 cores (bench/validate), 10,000 and 40,000 envelopes took longer on two
 * threads than on one — each worker's start (~60 ms with the validate chunks) plus contention
 * in the file-system calls both threads make outweigh what it takes over. So by default: no
 * workers below 4 cores; from 4, the cores left after this thread and the current load, at most
 * 3. PIPEGUARD_THREADS=N asks for exactly N threads (this one included).
 */
function workerThreads(requested: number | undefined): number {
  if (requested !== undefined) return requested - 1;
  const cores = availableParallelism();
  if (cores < MIN_CORES_FOR_WORKERS) return 0;
  const idle = Math.floor(cores - loadavg()[0]!);
  return Math.max(0, Math.min(cores - 1, idle, 3));
}

function holdsKey(value: unknown, key: string): boolean {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.hasOwn(value, key)
  );
}

function parseFinding(error: InputError, file: string): Finding {
  const rule: RuleId = error.message.startsWith('duplicate key')
    ? 'duplicate-key'
    : /^(refused|larger than)/.test(error.message) ||
        error.message === UTF16_NOT_SUPPORTED ||
        error.message === NOT_UTF8
      ? 'refused'
      : 'syntax';
  return makeFinding({
    rule,
    file,
    ...(error.line !== undefined
      ? { position: { line: error.line, column: error.column ?? 1 } }
      : {}),
    message: error.message,
    subject: rule === 'duplicate-key' ? error.message : rule,
  });
}

export function nameOf(schemaId: string): string {
  return shortNameOf(schemaId) ?? schemaId;
}
