/**
 * One Ajv 2020 instance (strict, allErrors, formats) holding every shipped schema by `$id`, so
 * local `$ref`s resolve and nothing is fetched. Validators are compiled once and cached.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { SCHEMAS } from './catalog.js';
import type { Position, SourceDocument } from './document.js';

// ajv-formats is CommonJS with a default export; ESM sees it either way depending on the loader.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

function instance(): Ajv2020 {
  if (!ajv) {
    ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
    addFormats(ajv);
    for (const schema of SCHEMAS) ajv.addSchema(schema);
  }
  return ajv;
}

export function knownSchemaIds(): string[] {
  return SCHEMAS.map((s) => s.$id);
}

/** The compiled validator for a shipped schema `$id`, or undefined when none has that id. */
export function validatorFor(id: string): ValidateFunction | undefined {
  let validate = compiled.get(id);
  if (!validate) {
    validate = instance().getSchema(id);
    if (!validate) return undefined;
    compiled.set(id, validate);
  }
  return validate;
}

export interface LocatedSchemaError {
  message: string;
  /** JSON Pointer of the offending node (for a missing or unknown key, the parent plus the key). */
  pointer: string;
  position: Position;
}

/** Turn ajv errors into one message a person understands per problem, with where it is. */
export function locateErrors(doc: SourceDocument, errors: ErrorObject[]): LocatedSchemaError[] {
  const out: LocatedSchemaError[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    // `if`/`then` and combinator wrappers repeat what their branches already said.
    if (error.keyword === 'if' || error.keyword === 'anyOf' || error.keyword === 'oneOf') continue;
    const located = describe(doc, error);
    const key = `${located.pointer}\0${located.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(located);
  }
  return out;
}

function describe(doc: SourceDocument, error: ErrorObject): LocatedSchemaError {
  const at = error.instancePath;
  const name = at === '' ? 'the document' : `\`${at.split('/').pop()}\``;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      return {
        message: `unknown key \`${key}\`${at ? ` in \`${at}\`` : ''}`,
        pointer: `${at}/${escape(key)}`,
        position: doc.locate(at, key),
      };
    }
    case 'required': {
      const key = String(params.missingProperty);
      return {
        message: `missing required key \`${key}\`${at ? ` in \`${at}\`` : ''}`,
        pointer: `${at}/${escape(key)}`,
        position: doc.locate(at),
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => String(v)).join(', ');
      return {
        message: `${name} must be one of ${allowed}; got \`${preview(valueAt(doc.value, at))}\``,
        pointer: at,
        position: doc.locate(at),
      };
    }
    case 'const':
      return {
        message: `${name} must be \`${String(params.allowedValue)}\`; got \`${preview(valueAt(doc.value, at))}\``,
        pointer: at,
        position: doc.locate(at),
      };
    case 'type':
      return {
        message: `${name} must be ${String(params.type)}; got ${typeName(valueAt(doc.value, at))}`,
        pointer: at,
        position: doc.locate(at),
      };
    default:
      return {
        message: `${name} ${error.message ?? 'is invalid'}`,
        pointer: at,
        position: doc.locate(at),
      };
  }
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} \`${preview(value)}\``;
}

function preview(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text === undefined ? 'undefined' : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
