import { describe, expect, it } from 'vitest';
import { parseDocuments } from '../../src/schema/document.js';
import { knownSchemaIds, locateErrors, validatorFor } from '../../src/schema/registry.js';
import { SCHEMA_IDS } from '../../src/schema/catalog.js';

describe('schema registry', () => {
  it('compiles every shipped schema in strict mode', () => {
    for (const id of knownSchemaIds()) expect(validatorFor(id), id).toBeTypeOf('function');
  });

  it('locates an unknown key and a bad enum at their lines', () => {
    const text = 'version: 1\nfail-on: severe\nchecklist:\n  enabeld: true\n';
    const [doc] = parseDocuments(text, '.pipeguard.yml', 'yaml');
    const validate = validatorFor(SCHEMA_IDS.config)!;
    expect(validate(doc!.value)).toBe(false);
    const errors = locateErrors(doc!, validate.errors ?? []);
    expect(errors.map((e) => [e.position.line, e.position.column, e.message])).toEqual(
      expect.arrayContaining([
        [2, 10, '`fail-on` must be one of low, medium, high, critical; got `severe`'],
        [4, 3, 'unknown key `enabeld` in `checklist` (did you mean `enabled`?)'],
      ]),
    );
  });
});
