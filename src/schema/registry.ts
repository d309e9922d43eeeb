/**
 * Every schema pipeguard knows, by `$id`, and the validator for each. The shipped schemas'
 * validators are compiled at build time (precompiled.ts, from scripts/compile-schemas.mjs), so most
 * runs never load ajv itself. Users' own schemas (validate.extra-schemas, local `$schema` files)
 * join through `registerSchema`, which needs the run-time compiler (compiler.ts): a caller loads it
 * first with `loadSchemaCompiler()`, and until then `registerSchema` throws
 * SchemaCompilerNotLoaded rather than compile nothing. Nothing is ever fetched.
 */
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import equalModule from 'ajv/dist/runtime/equal.js';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import { InputError } from '../util/errors.js';
import { interopDefault } from '../util/interop.js';
import { SCHEMAS } from './catalog.js';
import { PRECOMPILED_EXPORTS, precompiledValidators } from './precompiled.js';
import {
  encodePointerSegment,
  decodePointer,
  type Position,
  type SourceDocument,
} from './document.js';
import { previewValue } from './preview.js';

/** What the precompiled validators `require` (scripts/compile-schemas.mjs). */
const STANDALONE_RUNTIME: Record<string, unknown> = {
  'ajv/dist/runtime/equal': { default: interopDefault(equalModule) },
  'ajv/dist/runtime/ucs2length': { default: interopDefault(ucs2lengthModule) },
  'ajv-formats/dist/formats': { fullFormats },
};
let precompiled: Record<string, ValidateFunction> | undefined;

/** A shipped schema's validator, compiled at build time: no ajv instance, no compile. */
function precompiledFor(id: string): ValidateFunction | undefined {
  const name = (PRECOMPILED_EXPORTS as Record<string, string>)[id];
  if (!name || registered.get(id)?.source !== 'pipeguard') return undefined;
  precompiled ??= precompiledValidators((module: string) => {
    if (!(module in STANDALONE_RUNTIME)) throw new Error(`precompiled schemas need ${module}`);
    return STANDALONE_RUNTIME[module];
  }) as Record<string, ValidateFunction>;
  const validate = precompiled[name];
  // As ajv's own validators carry it: callers read the schema they validate against.
  if (validate) validate.schema ??= registered.get(id)!.schema;
  return validate;
}

const SHIPPED_PREFIX = 'https://pipeguard.dev/schemas/';
const SCHEMA_SUFFIX = '.schema.json';
const META_2020 = 'https://json-schema.org/draft/2020-12/schema';

/** Every known `$id` → where it came from (`pipeguard` or the user's file) and the schema. */
const registered = new Map<string, { source: string; schema: object }>(
  SCHEMAS.map((schema) => [schema.$id, { source: 'pipeguard', schema }]),
);
/** Validators compiled at run time (users' schemas), by `$id`. */
const compiled = new Map<string, ValidateFunction>();

type SchemaCompiler = typeof import('./compiler.js');
let compiler: SchemaCompiler | undefined;

/** Raised where a schema must be compiled at run time before loadSchemaCompiler() was awaited. */
export class SchemaCompilerNotLoaded extends Error {
  constructor() {
    super('the run-time schema compiler is not loaded (await loadSchemaCompiler() first)');
    this.name = 'SchemaCompilerNotLoaded';
  }
}

/** Load ajv for users' schemas: ~10 ms of start-up that runs with shipped schemas only skip. */
export async function loadSchemaCompiler(): Promise<void> {
  compiler ??= await import('./compiler.js');
}

export function schemaCompilerLoaded(): boolean {
  return compiler !== undefined;
}

export function knownSchemaIds(): string[] {
  return [...registered.keys()];
}

/** `model-request-envelope.v1` for `https://pipeguard.dev/schemas/model-request-envelope.v1.schema.json`. */
export function shortNameOf(id: string): string | undefined {
  if (!id.startsWith(SHIPPED_PREFIX) || !id.endsWith(SCHEMA_SUFFIX)) return undefined;
  return id.slice(SHIPPED_PREFIX.length, -SCHEMA_SUFFIX.length);
}

/**
 * The shipped schemas as published in pipeguard's repository at any ref: the URL editors are
 * pointed at (`# yaml-language-server: $schema=…`), so the line keeps working in a copied file.
 * It names the shipped schema; nothing is fetched.
 */
export const PUBLISHED_SCHEMA_BASE =
  'https://raw.githubusercontent.com/pipeguard/pipeguard/v1/schemas/';
const PUBLISHED_SCHEMA =
  /^https:\/\/raw\.githubusercontent\.com\/pipeguard\/pipeguard\/[^/]+\/schemas\/([a-z0-9.-]+)\.schema\.json$/;

function shippedId(shortName: string): string {
  return `${SHIPPED_PREFIX}${shortName}${SCHEMA_SUFFIX}`;
}

/**
 * The registered `$id` a reference names: a URL of a shipped schema in pipeguard's repository, an `$id` itself, a shipped schema's short name
 * (`automation-policy.v1`) or file name (`automation-policy.v1.schema.json`), or a user schema's
 * short name (the last segment of its `$id` without `.schema.json` / `.json`) when no other
 * registered schema shares it; else undefined.
 */
export function resolveSchemaId(reference: string): string | undefined {
  const ref = reference.trim().replace(/#$/, '');
  if (registered.has(ref)) return ref;
  const mirrored = PUBLISHED_SCHEMA.exec(ref);
  if (mirrored)
    return registered.has(shippedId(mirrored[1]!)) ? shippedId(mirrored[1]!) : undefined;
  const shortName = ref.replace(/(\.schema)?\.json$/, '');
  const shipped = `${SHIPPED_PREFIX}${shortName}${SCHEMA_SUFFIX}`;
  if (registered.has(shipped)) return shipped;
  const user = [...registered.keys()].filter(
    (id) => !id.startsWith(SHIPPED_PREFIX) && userShortName(id) === shortName,
  );
  return user.length === 1 ? user[0] : undefined;
}

function userShortName(id: string): string {
  return (id.split(/[/#]/).filter(Boolean).pop() ?? id).replace(/(\.schema)?\.json$/, '');
}

/** The validator for a registered schema `$id`, or undefined when none has that id. */
export function validatorFor(id: string): ValidateFunction | undefined {
  const validate = compiled.get(id) ?? precompiledFor(id);
  if (validate || !registered.has(id)) return validate;
  // Only a stale precompiled.ts leaves a shipped schema without a validator (a test guards it).
  throw new Error(`no precompiled validator for ${id}: run \`npm run build\``);
}

/**
 * Add a user's schema (2020-12, with an `$id`) so documents and `$ref`s can use it; returns its
 * `$id`. Registering the same text again is a no-op; a different schema under an `$id` already
 * taken is an error, as is anything the meta-schema or strict mode rejects. Needs the compiler.
 */
export function registerSchema(
  schema: unknown,
  source: string,
  options: { deferCompile?: boolean } = {},
): string {
  if (!compiler) throw new SchemaCompilerNotLoaded();
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
    throw new InputError('a schema must be a JSON object', source);
  }
  const record = schema as Record<string, unknown>;
  const id = record.$id;
  if (typeof id !== 'string' || id.trim() === '') {
    throw new InputError('a schema needs an `$id` so documents and references can name it', source);
  }
  if (record.$schema !== undefined && String(record.$schema).replace(/#$/, '') !== META_2020) {
    throw new InputError(
      `only JSON Schema 2020-12 is supported; \`$schema\` is ${String(record.$schema)}`,
      source,
    );
  }
  const existing = registered.get(id);
  if (existing) {
    if (JSON.stringify(existing.schema) === JSON.stringify(schema)) return id;
    throw new InputError(`schema $id ${id} is already defined by ${existing.source}`, source);
  }
  if (options.deferCompile) {
    compiler.addUserSchema(record, source);
    registered.set(id, { source, schema: record });
    pending.push({ id, source });
    return id;
  }
  const validate = compiler.compileUserSchema(record, id, source);
  registered.set(id, { source, schema: record });
  if (validate) compiled.set(id, validate);
  return id;
}

/** Schemas registered with `deferCompile`, compiled by compilePending. */
const pending: Array<{ id: string; source: string }> = [];

/**
 * Compile every schema registered with `deferCompile` (a set of schemas that `$ref` each other,
 * registered in any order). A schema that does not compile is unregistered and an InputError.
 */
export function compilePending(): void {
  if (pending.length === 0) return;
  if (!compiler) throw new SchemaCompilerNotLoaded();
  const batch = pending.splice(0);
  for (const [i, { id, source }] of batch.entries()) {
    try {
      const validate = compiler.compileAdded(id, source);
      if (validate) compiled.set(id, validate);
    } catch (error) {
      for (const rest of batch.slice(i)) registered.delete(rest.id);
      throw error;
    }
  }
}

export interface LocatedSchemaError {
  message: string;
  /** JSON Pointer of the offending node (for a missing or unknown key, the parent plus the key). */
  pointer: string;
  position: Position;
  /** The ajv keyword that failed (`required`, `enum`, `pattern` …). */
  keyword: string;
}

/** Every schema problem of an input document as one InputError carrying the rest (exit 2). */
export function schemaInputError(
  doc: SourceDocument,
  errors: ErrorObject[],
  file: string,
): InputError | undefined {
  return InputError.all(
    locateErrors(doc, errors).map(
      (p) => new InputError(p.message, file, p.position.line, p.position.column),
    ),
  );
}

/** Turn ajv errors into one message a person understands per problem, with where it is. */
export function locateErrors(doc: SourceDocument, errors: ErrorObject[]): LocatedSchemaError[] {
  const out: LocatedSchemaError[] = [];
  const seen = new Set<string>();
  const kept = bestMatches(errors);
  // An empty or overlong string also fails its pattern; the length message is the useful one.
  const lengthFailed = new Set(
    kept
      .filter((e) => e.keyword === 'minLength' || e.keyword === 'maxLength')
      .map((e) => e.instancePath),
  );
  for (const error of kept) {
    if (
      (error.keyword === 'pattern' || error.keyword === 'format') &&
      lengthFailed.has(error.instancePath)
    )
      continue;
    const located = describe(doc, error);
    const key = `${located.pointer}\0${located.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(located);
  }
  return out.sort(
    (a, b) => a.position.line - b.position.line || a.position.column - b.position.column,
  );
}

/**
 * `if` only says "then failed" and `anyOf`/`oneOf` only say "no branch matched": keep, of each
 * combinator, the branch that got furthest into the document (then the one with fewest errors),
 * as check-jsonschema's "best match" does; drop the wrappers.
 */
function bestMatches(errors: ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  const combinators = errors
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  for (const combinator of combinators) {
    if (dropped.has(combinator)) continue;
    const prefix = `${combinator.schemaPath}/`;
    const branches = new Map<string, ErrorObject[]>();
    for (const error of errors) {
      if (dropped.has(error) || !error.schemaPath.startsWith(prefix)) continue;
      const branch = error.schemaPath.slice(prefix.length).split('/')[0]!;
      branches.set(branch, [...(branches.get(branch) ?? []), error]);
    }
    if (branches.size === 0) continue; // oneOf matched twice: its own message is the news.
    const depth = (list: ErrorObject[]): number =>
      Math.max(...list.map((e) => e.instancePath.split('/').length));
    const best = [...branches.values()].sort(
      (a, b) => depth(b) - depth(a) || a.length - b.length,
    )[0]!;
    for (const list of branches.values()) if (list !== best) for (const e of list) dropped.add(e);
    dropped.add(combinator);
  }
  return errors.filter((e) => !dropped.has(e) && e.keyword !== 'if');
}

function describe(doc: SourceDocument, error: ErrorObject): LocatedSchemaError {
  const at = error.instancePath;
  const name = at === '' ? 'the document' : `\`${displayPath(at)}\``;
  const params = error.params as Record<string, unknown>;
  const parent = (error.parentSchema ?? {}) as Record<string, unknown>;
  const got = (): string => `got ${typeName(error.data)}`;
  const located = (
    message: string,
    pointer = at,
    position = doc.locate(at),
  ): LocatedSchemaError => ({
    message: withCondition(message, error, parent),
    pointer,
    position,
    keyword: error.keyword,
  });
  switch (error.keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const key = String(params.additionalProperty ?? params.unevaluatedProperty);
      const known = Object.keys((parent.properties as Record<string, unknown> | undefined) ?? {});
      const guess = closest(key, known);
      const where = at ? ` in \`${displayPath(at)}\`` : '';
      return located(
        `unknown key \`${key}\`${where}${guess ? ` (did you mean \`${guess}\`?)` : ''}`,
        `${at}/${encodePointerSegment(key)}`,
        doc.locate(at, key),
      );
    }
    case 'required': {
      const key = String(params.missingProperty);
      return located(
        `missing required key \`${key}\`${at ? ` in \`${displayPath(at)}\`` : ''}`,
        `${at}/${encodePointerSegment(key)}`,
      );
    }
    case 'dependentRequired':
      return located(
        `${name} needs key \`${String(params.missingProperty)}\` when \`${String(params.property)}\` is present`,
      );
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) =>
        typeof v === 'string' ? v : JSON.stringify(v),
      );
      return located(
        `${name} must be one of ${allowed.join(', ')}; got \`${previewValue(error.data)}\``,
      );
    }
    case 'const': {
      const allowed = params.allowedValue;
      const shown =
        typeof allowed === 'string'
          ? `\`"${allowed}"\` (a string)`
          : `\`${JSON.stringify(allowed)}\``;
      return located(`${name} must be ${shown}; ${got()}`);
    }
    case 'type':
      return located(`${name} must be ${article(String(params.type))}; ${got()}`);
    case 'pattern': {
      const hint =
        typeof parent.patternErrorMessage === 'string' ? parent.patternErrorMessage : undefined;
      // "must match pattern" is ajv's own wording, which other tools' users grep for.
      return located(
        `${name} ${hint ?? `must match pattern \`${String(params.pattern)}\``}; ${got()}`,
      );
    }
    case 'format': {
      const format = String(params.format);
      const described = FORMATS[format];
      return located(
        `${name} must match format "${format}"${described ? ` (${described})` : ''}; ${got()}`,
      );
    }
    case 'minLength':
      return located(
        params.limit === 1
          ? `${name} must not be empty`
          : `${name} must be at least ${String(params.limit)} characters long`,
      );
    case 'maxLength':
      return located(`${name} must be at most ${String(params.limit)} characters long`);
    case 'minItems':
      return located(
        params.limit === 1
          ? `${name} must list at least one item`
          : `${name} must list at least ${String(params.limit)} items`,
      );
    case 'maxItems':
      return located(`${name} must list at most ${String(params.limit)} items`);
    case 'minProperties':
    case 'maxProperties':
      return located(`${name} ${error.message ?? 'has the wrong number of keys'}`);
    case 'uniqueItems': {
      // ajv: items ## j and i are identical, j < i; point at the repeat.
      const [first, repeat] = [Number(params.j), Number(params.i)];
      const item = Array.isArray(error.data) ? error.data[repeat] : undefined;
      return located(
        `${name} lists \`${previewValue(item)}\` twice (items ${first} and ${repeat}, counting from 0)`,
        `${at}/${repeat}`,
        doc.locate(`${at}/${repeat}`),
      );
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return located(
        `${name} must be ${String(params.comparison)} ${String(params.limit)}; got ${previewValue(error.data)}`,
      );
    case 'multipleOf':
      return located(
        `${name} must be a multiple of ${String(params.multipleOf)}; got ${previewValue(error.data)}`,
      );
    case 'false schema':
      return located(`${name} is not allowed here`);
    default:
      return located(`${name} ${error.message ?? 'is invalid'}`);
  }
}

/** A `then` branch's description says when its rule applies (e.g. "in cloud and hybrid modes"). */
function withCondition(
  message: string,
  error: ErrorObject,
  parent: Record<string, unknown>,
): string {
  if (!/\/(then|else)\//.test(error.schemaPath) || typeof parent.description !== 'string')
    return message;
  return `${message} (${parent.description})`;
}

/** `/input_artifacts/2` → `input_artifacts[2]`, `/gateway/endpoint` → `gateway.endpoint`. */
export function displayPath(pointer: string): string {
  let out = '';
  for (const segment of decodePointer(pointer)) {
    if (/^(0|[1-9][0-9]*)$/.test(segment)) out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (value === undefined) return 'nothing';
  return `${typeof value === 'string' ? 'the string' : `the ${typeof value}`} \`${previewValue(value)}\``;
}

function article(type: string): string {
  return type
    .split(',')
    .map((t) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`))
    .join(' or ');
}

const FORMATS: Record<string, string> = {
  'date-time': 'an RFC 3339 date-time such as `2026-01-31T09:30:00Z`',
  date: 'a date such as `2026-01-31`',
  time: 'a time such as `09:30:00Z`',
  uri: 'an absolute URI',
  'uri-reference': 'a URI reference',
  email: 'an email address',
  uuid: 'a UUID',
  hostname: 'a host name',
  ipv4: 'an IPv4 address',
  ipv6: 'an IPv6 address',
  duration: 'an ISO 8601 duration such as `P30D`',
  regex: 'a regular expression',
};

/** The known key nearest to a misspelt one (edit distance ≤ 2, or same ignoring case). */
function closest(key: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance =
      candidate.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}
