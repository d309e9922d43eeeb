/**
 * Every schema's examples: valid ones pass, invalid ones fail with exactly the errors their
 * expectations.json lists (line, column, message), so the examples double as the message contract.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { formatOf, parseDocuments } from '../../src/schema/document.js';
import { SCHEMAS } from '../../src/schema/catalog.js';
import {
  knownSchemaIds,
  locateErrors,
  resolveSchemaId,
  validatorFor,
} from '../../src/schema/registry.js';

const EXAMPLES = 'examples/schemas';

function errorsOf(file: string, id: string): Array<[number, number, string]> {
  const text = readFileSync(file, 'utf8');
  const validate = validatorFor(id)!;
  const out: Array<[number, number, string]> = [];
  for (const doc of parseDocuments(text, path.basename(file), formatOf(file)!)) {
    if (validate(doc.value)) continue;
    for (const e of locateErrors(doc, validate.errors ?? []))
      out.push([e.position.line, e.position.column, e.message]);
  }
  return out;
}

describe('shipped schemas', () => {
  it('are all registered in catalog.ts, one per file in schemas/', () => {
    const files = readdirSync('schemas').filter((f) => f.endsWith('.schema.json'));
    const ids = files.map((f) => JSON.parse(readFileSync(`schemas/${f}`, 'utf8')).$id as string);
    expect(new Set(SCHEMAS.map((s) => s.$id))).toEqual(new Set(ids));
    for (const f of files) expect(ids).toContain(`https://pipeguard.dev/schemas/${f}`);
  });

  it('are valid JSON Schema 2020-12 (the registry skips this check at run time)', () => {
    const ajv = new Ajv2020({ strict: false });
    for (const schema of SCHEMAS)
      expect(ajv.validateSchema(schema), `${schema.$id}: ${ajv.errorsText()}`).toBe(true);
  });

  it('resolve by $id, short name and file name', () => {
    for (const id of knownSchemaIds().filter((i) => i.startsWith('https://pipeguard.dev/'))) {
      const short = path.basename(id, '.schema.json');
      expect(resolveSchemaId(short)).toBe(id);
      expect(resolveSchemaId(`${short}.schema.json`)).toBe(id);
      expect(resolveSchemaId(id)).toBe(id);
    }
    expect(resolveSchemaId('model-request-envelope.v9')).toBeUndefined();
    expect(resolveSchemaId('https://example.com/x.json')).toBeUndefined();
  });
});

for (const name of existsSync(EXAMPLES) ? readdirSync(EXAMPLES) : []) {
  describe(`examples of ${name}`, () => {
    // A folder names its schema by short name; an unversioned name means v1.
    const id = resolveSchemaId(name) ?? resolveSchemaId(`${name}.v1`);
    const dir = path.join(EXAMPLES, name);
    const expectationsFile = path.join(dir, 'expectations.json');
    const expectations: Record<string, Array<[number, number, string]>> = existsSync(
      expectationsFile,
    )
      ? JSON.parse(readFileSync(expectationsFile, 'utf8'))
      : {};

    it('names a shipped schema', () => expect(id).toBeDefined());

    const list = (kind: string): string[] =>
      existsSync(path.join(dir, kind))
        ? readdirSync(path.join(dir, kind)).filter((f) => formatOf(f))
        : [];

    it('has valid and invalid examples', () => {
      expect(list('valid').length).toBeGreaterThan(0);
      expect(list('invalid').length).toBeGreaterThan(0);
    });

    for (const file of list('valid')) {
      it(`valid/${file} passes`, () =>
        expect(errorsOf(path.join(dir, 'valid', file), id!)).toEqual([]));
    }

    for (const file of list('invalid')) {
      it(`invalid/${file} fails${expectations[file] ? ' exactly as expected' : ''}`, () => {
        const errors = errorsOf(path.join(dir, 'invalid', file), id!);
        expect(errors.length).toBeGreaterThan(0);
        const expected = expectations[file];
        if (!expected) return;
        expect(errors.map(([l, c]) => [l, c])).toEqual(expected.map(([l, c]) => [l, c]));
        errors.forEach(([, , message], i) => expect(message).toContain(expected[i]![2]));
      });
    }

    if (existsSync(expectationsFile)) {
      it('lists expectations for every invalid example and nothing else', () => {
        expect(
          Object.keys(expectations)
            .filter((k) => k !== '$comment')
            .sort(),
        ).toEqual(list('invalid').sort());
      });
    }
  });
}
