/**
 * One Ajv 2020 instance (strict, allErrors, formats) holding every shipped schema by `$id`, so
 * local `$ref`s resolve and nothing is fetched (no `loadSchema`: an unknown `$ref` is an error).
 * The shipped schemas' validators are compiled at build time (precompiled.ts, from
 * scripts/compile-schemas.mjs with the same settings), so most runs never build the instance.
 * Users' own schemas (validate.extra-schemas) join it through `registerSchema` and compile on
 * first use.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import addMetaSchema2020Module from 'ajv/dist/refs/json-schema-2020-12/index.js';
import equalModule from 'ajv/dist/runtime/equal.js';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import { InputError } from '../util/errors.js';
import { interopDefault } from '../util/interop.js';
import AJV_SETTINGS from './ajv-settings.json' with { type: 'json' };
import { SCHEMAS } from './catalog.js';
import { PRECOMPILED_EXPORTS, precompiledValidators } from './precompiled.js';
import {
  encodePointerSegment,
  decodePointer,
  type Position,
  type SourceDocument,
} from './document.js';
import { previewValue } from './preview.js';

const addFormats = interopDefault<(ajv: Ajv2020) => Ajv2020>(addFormatsModule);
const addMetaSchema2020 =
  interopDefault<(this: Ajv2020, $data?: boolean) => Ajv2020>(addMetaSchema2020Module);

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

let ajv: Ajv2020 | undefined;
let metaSchemaAdded = false;
const compiled = new Map<string, ValidateFunction>();
/** Every known `$id` → where it came from (`pipeguard` or the user's file) and the schema. */
const registered = new Map<string, { source: string; schema: object }>(
  SCHEMAS.map((schema) => [schema.$id, { source: 'pipeguard', schema }]),
);
/** Shipped schemas handed to ajv so far: each on first use, since adding one costs a traversal. */
const added = new Set<string>();

function instance(): Ajv2020 {
  if (!ajv) {
    // meta: false — the 2020-12 meta-schemas cost ~50 ms to add; they are only needed to check a
    // user's schema (registerSchema adds them then). Shipped schemas are checked by the tests.
    // The settings the precompiled validators were built with (ajv-settings.json).
    ajv = new Ajv2020({ ...AJV_SETTINGS.options });
    addFormats(ajv);
    // Annotations such as patternErrorMessage (editors show it when a pattern fails; we do too).
    for (const keyword of AJV_SETTINGS.annotationKeywords)
      ajv.addKeyword({ keyword, schemaType: 'string' });
  }
  return ajv;
}

function addShipped(id: string): void {
  const entry = registered.get(id);
  if (added.has(id) || entry?.source !== 'pipeguard') return;
  instance().addSchema(entry.schema, undefined, undefined, false);
  added.add(id);
}

/** All shipped schemas, for anything that may `$ref` across them. */
function addAllShipped(): void {
  for (const schema of SCHEMAS) addShipped(schema.$id);
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
 * The registered `$id` a reference names: an `$id` itself, a shipped schema's short name
 * (`automation-policy.v1`) or file name (`automation-policy.v1.schema.json`), or a user schema's
 * short name (the last segment of its `$id` without `.schema.json` / `.json`) when no other
 * registered schema shares it; else undefined.
 */
export function resolveSchemaId(reference: string): string | undefined {
  const ref = reference.trim().replace(/#$/, '');
  if (registered.has(ref)) return ref;
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

/** The compiled validator for a registered schema `$id`, or undefined when none has that id. */
export function validatorFor(id: string): ValidateFunction | undefined {
  let validate = compiled.get(id) ?? precompiledFor(id);
  if (!validate) {
    if (!registered.has(id)) return undefined;
    addShipped(id);
    try {
      validate = instance().getSchema(id);
    } catch {
      // A `$ref` to another shipped schema not added yet: add them all and compile again.
      addAllShipped();
      try {
        validate = instance().getSchema(id);
      } catch (error) {
        const source = registered.get(id)?.source ?? id;
        throw new InputError(`schema ${id} does not compile: ${firstLine(error)}`, source);
      }
    }
    if (!validate) return undefined;
    compiled.set(id, validate);
  }
  return validate;
}

/**
 * Add a user's schema (2020-12, with an `$id`) to the instance so documents and `$ref`s can use
 * it; returns its `$id`. Registering the same text again is a no-op; a different schema under an
 * `$id` already taken is an error, as is anything the meta-schema or strict mode rejects.
 */
export function registerSchema(schema: unknown, source: string): string {
  const ajvInstance = instance();
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
  if (!metaSchemaAdded) {
    addMetaSchema2020.call(ajvInstance, false);
    metaSchemaAdded = true;
  }
  // A user's schema may $ref the shipped ones.
  addAllShipped();
  if (!ajvInstance.validateSchema(schema)) {
    const problem = ajvInstance.errors?.[0];
    const where = problem?.instancePath ? ` at ${problem.instancePath}` : '';
    throw new InputError(
      `not a valid JSON Schema 2020-12${where}: ${problem?.message ?? 'rejected'}`,
      source,
    );
  }
  try {
    ajvInstance.addSchema(schema, undefined, undefined, false);
  } catch (error) {
    throw new InputError(`schema cannot be added: ${firstLine(error)}`, source);
  }
  registered.set(id, { source, schema: schema as object });
  // Compiled now, so a schema strict mode rejects is a configuration error before any document.
  try {
    const validate = ajvInstance.getSchema(id);
    if (validate) compiled.set(id, validate);
  } catch (error) {
    registered.delete(id);
    ajvInstance.removeSchema(id);
    throw new InputError(`schema does not compile: ${firstLine(error)}`, source);
  }
  return id;
}

export interface LocatedSchemaError {
  message: string;
  /** JSON Pointer of the offending node (for a missing or unknown key, the parent plus the key). */
  pointer: string;
  position: Position;
  /** The ajv keyword that failed (`required`, `enum`, `pattern` …). */
  keyword: string;
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

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
