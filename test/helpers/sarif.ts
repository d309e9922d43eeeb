/** The official SARIF 2.1.0 schema (draft-04), as shipped in @microsoft/jest-sarif. */
import { createRequire } from 'node:module';
import ajvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { interopDefault } from '../../src/util/interop.js';

const AjvDraft04 = interopDefault<typeof ajvDraft04Module.default>(ajvDraft04Module);

const schema = createRequire(import.meta.url)(
  '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json',
);
const addFormats =
  interopDefault<(ajv: InstanceType<typeof AjvDraft04>) => unknown>(addFormatsModule);

// The schema's language-tag pattern is not a valid unicode-mode regex. Its formats (uri,
// uri-reference, date-time) are checked too, not ignored.
const ajv = new AjvDraft04({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** Undefined when `document` is valid SARIF 2.1.0, else the schema errors as text. */
export function sarifErrors(document: unknown): string | undefined {
  return validate(document) ? undefined : JSON.stringify(validate.errors);
}
