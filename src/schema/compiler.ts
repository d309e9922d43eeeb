/**
 * The run-time schema compiler: one Ajv 2020 instance (strict, allErrors, formats) with the
 * settings the precompiled validators were built with (ajv-settings.json), for users' own schemas.
 * It holds the shipped schemas too, so a user's schema can `$ref` them; there is no `loadSchema`,
 * so an unknown `$ref` is an error, never a fetch. registry.ts loads it on demand.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import addMetaSchema2020Module from 'ajv/dist/refs/json-schema-2020-12/index.js';
import { InputError } from '../util/errors.js';
import { interopDefault } from '../util/interop.js';
import AJV_SETTINGS from './ajv-settings.json' with { type: 'json' };
import { SCHEMAS } from './catalog.js';

const addFormats = interopDefault<(ajv: Ajv2020) => Ajv2020>(addFormatsModule);
const addMetaSchema2020 =
  interopDefault<(this: Ajv2020, $data?: boolean) => Ajv2020>(addMetaSchema2020Module);

// meta: false in the settings — the 2020-12 meta-schemas are added here, where a user's schema is
// checked against them; the shipped schemas are checked by the tests.
const ajv = new Ajv2020({ ...AJV_SETTINGS.options });
addFormats(ajv);
// Annotations such as patternErrorMessage (editors show it when a pattern fails; we do too).
for (const keyword of AJV_SETTINGS.annotationKeywords)
  ajv.addKeyword({ keyword, schemaType: 'string' });
addMetaSchema2020.call(ajv, false);
// A user's schema may $ref the shipped ones.
for (const schema of SCHEMAS) ajv.addSchema(schema, undefined, undefined, false);

/**
 * Check a user's schema against the 2020-12 meta-schema, add it and compile it now, so a schema
 * strict mode rejects is a configuration error before any document. Problems are InputErrors
 * naming `source`.
 */
export function compileUserSchema(
  schema: Record<string, unknown>,
  id: string,
  source: string,
): ValidateFunction | undefined {
  addUserSchema(schema, source);
  return compileAdded(id, source);
}

/** Check a user's schema against the meta-schema and add it, compiling nothing yet. */
export function addUserSchema(schema: Record<string, unknown>, source: string): void {
  if (!ajv.validateSchema(schema)) {
    const problem = ajv.errors?.[0];
    const where = problem?.instancePath ? ` at ${problem.instancePath}` : '';
    throw new InputError(
      `not a valid JSON Schema 2020-12${where}: ${problem?.message ?? 'rejected'}`,
      source,
    );
  }
  try {
    ajv.addSchema(schema, undefined, undefined, false);
  } catch (error) {
    throw new InputError(`schema cannot be added: ${firstLine(error)}`, source);
  }
}

/**
 * Compile a schema added before: its `$ref`s resolve against every schema added so far, so
 * schemas that reference each other compile once all of them are added, in any order.
 */
export function compileAdded(id: string, source: string): ValidateFunction | undefined {
  try {
    return ajv.getSchema(id);
  } catch (error) {
    ajv.removeSchema(id);
    throw new InputError(`schema does not compile: ${firstLine(error)}`, source);
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
