/**
 * Validate files against their schemas: read (size-capped), parse (JSON fast path), choose the
 * schema per document, validate with the compiled validator, and turn every error into a Finding at
 * file:line:col. Positions are only computed for documents that have something to report.
 */
import { createHash } from 'node:crypto';
import {
  formatOf,
  parseDocuments,
  type DocumentFormat,
  type SourceDocument,
} from '../../schema/document.js';
import { locateErrors, shortNameOf, validatorFor } from '../../schema/registry.js';
import type { Finding, InputDigest } from '../../report/model.js';
import { InputError } from '../../util/errors.js';
import { makeFinding, type RuleId } from './findings.js';
import { readBounded } from './read.js';
import { declaredSchema, type SchemaSelector } from './select.js';

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

export interface EngineResult {
  findings: Finding[];
  documents: CheckedDocument[];
  /** Files whose documents were validated. */
  filesValidated: number;
  /** Files passed in but left alone: no schema mapped, declared or given. */
  filesSkipped: string[];
  /** One digest over every validated file (path and bytes, in path order), and one per failing file. */
  inputs: InputDigest[];
}

export interface EngineOptions {
  selector: SchemaSelector;
  /** `--schema`, already resolved: the last resort. */
  fallbackSchema?: string;
}

export function validateFiles(
  files: readonly FileToValidate[],
  options: EngineOptions,
): EngineResult {
  const { selector, fallbackSchema } = options;
  const findings: Finding[] = [];
  const documents: CheckedDocument[] = [];
  const filesSkipped: string[] = [];
  const failing: InputDigest[] = [];
  const all = createHash('sha256');
  let filesValidated = 0;

  for (const file of [...files].sort((a, b) =>
    a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0,
  )) {
    const mapped = selector.mapped(file.relative);
    const read = readBounded(file.absolute, file.relative);
    if ('oversize' in read) {
      if (!mapped && !fallbackSchema) {
        filesSkipped.push(file.relative);
        continue;
      }
      filesValidated++;
      findings.push(
        makeFinding({
          rule: 'refused',
          file: file.relative,
          message: `${(read.oversize / 1024 / 1024).toFixed(1)} MiB is over the 8 MiB size cap; not parsed`,
          subject: 'size',
        }),
      );
      continue;
    }
    const { text, bytes } = read;
    // Unmapped files are only opened to see whether they declare a schema.
    if (!mapped && !fallbackSchema && !text.includes('$schema')) {
      filesSkipped.push(file.relative);
      continue;
    }
    const before = findings.length;
    const format: DocumentFormat = formatOf(file.relative) ?? 'yaml';
    let docs: SourceDocument[];
    try {
      docs = parseDocuments(text, file.relative, format);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      findings.push(parseFinding(error, file.relative));
      filesValidated++;
      hashInto(all, file.relative, bytes);
      failing.push({ name: file.relative, sha256: sha256(bytes) });
      continue;
    }
    let validatedHere = false;
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
    for (const doc of docs) {
      let schemaId = mapped;
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
      documents.push({ file: file.relative, doc, schemaId, valid });
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
      filesSkipped.push(file.relative);
      continue;
    }
    filesValidated++;
    hashInto(all, file.relative, bytes);
    if (findings.length > before) failing.push({ name: file.relative, sha256: sha256(bytes) });
  }

  const inputs: InputDigest[] = [
    { name: `validated documents (${filesValidated} files)`, sha256: all.digest('hex') },
    ...failing,
  ];
  return { findings, documents, filesValidated, filesSkipped, inputs };
}

function parseFinding(error: InputError, file: string): Finding {
  const rule: RuleId = error.message.startsWith('duplicate key')
    ? 'duplicate-key'
    : /^(refused|larger than)/.test(error.message)
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

function hashInto(hash: ReturnType<typeof createHash>, file: string, bytes: Buffer): void {
  hash.update(`${file}\0${bytes.length}\0`);
  hash.update(bytes);
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function nameOf(schemaId: string): string {
  return shortNameOf(schemaId) ?? schemaId;
}
