/** The build-time validators: current with schemas/, and judging exactly as a runtime ajv does. */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
// @ts-expect-error: a plain .mjs script without types
import { PRECOMPILED_FILE, precompiledSource } from '../../scripts/compile-schemas.mjs';
import AJV_SETTINGS from '../../src/schema/ajv-settings.json' with { type: 'json' };
import { SCHEMAS } from '../../src/schema/catalog.js';
import { PRECOMPILED_EXPORTS } from '../../src/schema/precompiled.js';
import { validatorFor } from '../../src/schema/registry.js';

const require = createRequire(import.meta.url);
const addFormats = require('ajv-formats') as (ajv: Ajv2020) => Ajv2020;

function runtimeAjv(): Ajv2020 {
  const ajv = new Ajv2020({ ...AJV_SETTINGS.options });
  addFormats(ajv);
  for (const keyword of AJV_SETTINGS.annotationKeywords)
    ajv.addKeyword({ keyword, schemaType: 'string' });
  for (const schema of SCHEMAS) ajv.addSchema(schema);
  return ajv;
}

describe('precompiled validators', () => {
  it('src/schema/precompiled.ts is what scripts/compile-schemas.mjs makes of schemas/ now', () => {
    expect(readFileSync(PRECOMPILED_FILE, 'utf8')).toBe((precompiledSource as () => string)());
    expect(Object.keys(PRECOMPILED_EXPORTS).sort()).toEqual(SCHEMAS.map((s) => s.$id).sort());
  });

  // Every example document of every schema (valid and invalid ones), judged by every schema.
  const examplesDir = path.resolve(__dirname, '../../examples/schemas');
  const examples = readdirSync(examplesDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ya?ml|json)$/.test(entry.name))
    .flatMap((entry) =>
      parseAllDocuments(readFileSync(path.join(entry.parentPath, entry.name), 'utf8')).map((d) =>
        d.toJS(),
      ),
    );

  it('the examples are there to compare on', () => {
    expect(examples.length).toBeGreaterThan(20);
  });

  it.each(SCHEMAS.map((s) => [s.$id] as const))(
    '%s: same verdict and same errors as a runtime-compiled validator',
    (id) => {
      const ajv = runtimeAjv();
      const runtime = ajv.getSchema(id)!;
      const built = validatorFor(id)!;
      const same = (value: unknown): void => {
        expect(built(value)).toBe(runtime(value));
        expect(built.errors ?? null).toEqual(runtime.errors ?? null);
      };
      for (const doc of examples) same(doc);
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => same(value)),
        { numRuns: 200 },
      );
    },
  );
});
