/**
 * The three kinds of exception `pipeguard exception sign` and `exception verify` take — eval
 * (schemas/eval-exception.v1), dependency (deps-exception.v1) and model (model-exception.v1) —
 * and how a file's kind is told: the schema it declares (`$schema`, or a YAML
 * `# yaml-language-server: $schema=…` modeline), else the one key only that kind has (`waivers`,
 * `advisory`, `rules`), else the configured folder it sits in. A declared schema that is none of
 * the three, or a file nothing identifies, is an input error (exit 2).
 */
import path from 'node:path';
import { formatOf, parseDocuments } from '../../schema/document.js';
import { resolveSchemaId } from '../../schema/registry.js';
import { InputError } from '../../util/errors.js';
import { sectionOf } from '../../config/types.js';
import type { CheckContext } from '../types.js';
import { DEPS_EXCEPTION_SCHEMA, parseDepsException } from '../deps/exceptions.js';
import { DEPS_DEFAULTS } from '../deps/spec.js';
import { MODEL_EXCEPTION_SCHEMA, parseModelException } from '../models/exceptions.js';
import { DEFAULT_MODEL_EXCEPTIONS_DIR } from '../models/spec.js';
import { DEFAULTS, evalGateSection } from './config.js';
import { parseException, type ExceptionBase, type ExceptionFile } from './exceptions.js';
import { EVAL_EXCEPTION_SCHEMA, utf8, type InputFile } from './inputs.js';

export type ExceptionKind = 'eval' | 'deps' | 'model';

export const EXCEPTION_KINDS: Record<
  ExceptionKind,
  {
    /** How reports name it. */
    label: string;
    schema: string;
    /** The key only this kind's schema has. */
    key: string;
    /** The config key of its folder. */
    dirKey: string;
    parse: (input: InputFile) => ExceptionFile<ExceptionBase>;
  }
> = {
  eval: {
    label: 'eval exception',
    schema: EVAL_EXCEPTION_SCHEMA,
    key: 'waivers',
    dirKey: 'eval-gate.exceptions-dir',
    parse: parseException,
  },
  deps: {
    label: 'dependency exception',
    schema: DEPS_EXCEPTION_SCHEMA,
    key: 'advisory',
    dirKey: 'deps.exceptions-dir',
    parse: parseDepsException,
  },
  model: {
    label: 'model exception',
    schema: MODEL_EXCEPTION_SCHEMA,
    key: 'rules',
    dirKey: 'models.exceptions-dir',
    parse: parseModelException,
  },
};

const KINDS = Object.keys(EXCEPTION_KINDS) as ExceptionKind[];
const SCHEMA_NAMES = 'eval-exception.v1, deps-exception.v1 or model-exception.v1';

/** Each kind's folder as the config (else the defaults) names it, root-relative with `/`. */
export function exceptionDirs(
  ctx: Pick<CheckContext, 'config'>,
  evalDir?: string,
): Record<ExceptionKind, string> {
  const dir = (value: string): string => path.posix.normalize(value.replace(/\\/g, '/'));
  return {
    eval: dir(evalDir ?? evalGateSection(ctx.config)['exceptions-dir'] ?? DEFAULTS.exceptionsDir),
    deps: dir(
      sectionOf<{ 'exceptions-dir'?: string }>(ctx.config, 'deps')['exceptions-dir'] ??
        DEPS_DEFAULTS.exceptionsDir,
    ),
    model: dir(
      sectionOf<{ 'exceptions-dir'?: string }>(ctx.config, 'models')['exceptions-dir'] ??
        DEFAULT_MODEL_EXCEPTIONS_DIR,
    ),
  };
}

/** Is the root-relative `file` inside the root-relative folder `dir`? */
export function isUnder(file: string, dir: string): boolean {
  if (dir === '.' || dir === '') return true;
  return file.startsWith(`${dir.replace(/\/+$/, '')}/`);
}

/** The kinds whose configured folder holds the file. */
export function kindsByFolder(file: string, dirs: Record<ExceptionKind, string>): ExceptionKind[] {
  return KINDS.filter((kind) => isUnder(file, dirs[kind]));
}

/**
 * Which kind of exception the file is (see the module note). Only the kind is decided here: the
 * kind's own parser then checks the file against its schema.
 */
export function exceptionKindOf(
  input: InputFile,
  dirs: Record<ExceptionKind, string>,
): ExceptionKind {
  const format = formatOf(input.name) ?? 'yaml';
  if (format === 'jsonl')
    throw new InputError('an exception file must be JSON or YAML, not JSON Lines', input.name);
  const text = utf8(input);
  const docs = parseDocuments(text, input.name, format);
  if (docs.length !== 1)
    throw new InputError(
      docs.length === 0 ? 'exception file is empty' : 'exception file holds more than one document',
      input.name,
    );
  const doc = docs[0]!;
  const value = doc.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new InputError('an exception file must be a mapping', input.name);
  const record = value as Record<string, unknown>;

  let declared: { reference: string; line: number } | undefined;
  if (typeof record.$schema === 'string') {
    declared = { reference: record.$schema, line: doc.locate('', '$schema').line };
  } else if (record.$schema !== undefined) {
    const at = doc.locate('', '$schema');
    throw new InputError('$schema must be a string', input.name, at.line, at.column);
  } else if (doc.format === 'yaml') {
    const modeline = /^#\s*yaml-language-server:\s*\$schema=(\S+)/m.exec(text);
    if (modeline)
      declared = {
        reference: modeline[1]!,
        line: text.slice(0, modeline.index).split('\n').length,
      };
  }
  if (declared) {
    const id = resolveSchemaId(declared.reference);
    const kind = KINDS.find((k) => EXCEPTION_KINDS[k].schema === id);
    if (!kind)
      throw new InputError(
        `unknown exception kind: its schema ${printable(declared.reference)} is none of ${SCHEMA_NAMES}`,
        input.name,
        declared.line,
        1,
      );
    return kind;
  }
  const byKey = KINDS.filter((k) => EXCEPTION_KINDS[k].key in record);
  if (byKey.length === 1) return byKey[0]!;
  const byFolder = kindsByFolder(input.name, dirs);
  if (byKey.length === 0 && byFolder.length === 1) return byFolder[0]!;
  throw new InputError(
    `unknown exception kind: declare $schema (${SCHEMA_NAMES}); ${
      byKey.length
        ? `it has the keys of several kinds (${byKey.map((k) => EXCEPTION_KINDS[k].key).join(', ')})`
        : 'it has none of the keys waivers, advisory, rules'
    }`,
    input.name,
  );
}

/** A `$schema` value a PR chose, as one short plain string. */
function printable(reference: string): string {
  const line = reference.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  return JSON.stringify(line.length > 120 ? `${line.slice(0, 119)}…` : line);
}
