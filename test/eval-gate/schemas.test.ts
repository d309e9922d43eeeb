/** The shipped eval schemas accept every valid example and refuse every invalid one. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatOf, parseDocuments } from '../../src/schema/document.js';
import { validatorFor } from '../../src/schema/registry.js';
import { parseConfig } from '../../src/config/parse.js';

const EXAMPLES = path.resolve(__dirname, '../../examples/schemas');
const IDS = {
  'eval-policy': 'https://pipeguard.dev/schemas/eval-policy.v1.schema.json',
  'eval-exception': 'https://pipeguard.dev/schemas/eval-exception.v1.schema.json',
};

for (const [name, id] of Object.entries(IDS)) {
  describe(`${name}.v1 examples`, () => {
    for (const kind of ['valid', 'invalid'] as const) {
      const dir = path.join(EXAMPLES, name, kind);
      for (const file of readdirSync(dir)) {
        it(`${kind}/${file}`, () => {
          const text = readFileSync(path.join(dir, file), 'utf8');
          const [doc] = parseDocuments(text, file, formatOf(file)!);
          const validate = validatorFor(id)!;
          const ok = validate(doc!.value);
          expect(ok, JSON.stringify(validate.errors)).toBe(kind === 'valid');
        });
      }
    }
  });
}

describe('eval-gate config section', () => {
  it('accepts roles with principals and GitHub logins or teams', () => {
    const config = parseConfig(
      [
        'eval-gate:',
        '  policy: eval/policy.yml',
        '  metrics: runs/r1/metrics.json',
        '  junit: [runs/r1/junit.xml]',
        '  approval: both',
        '  roles:',
        '    security: { principals: [sec@example.com], github: [acme/security, octocat] }',
        '    ml-owner: { principals: [ml@example.com] }',
      ].join('\n'),
      '.pipeguard.yml',
    );
    expect(config['eval-gate']?.approval).toBe('both');
  });

  it('refuses wildcard principals and unknown keys at their line', () => {
    expect(() =>
      parseConfig(
        'eval-gate:\n  roles:\n    security: { principals: ["*@example.com"] }\n',
        '.pipeguard.yml',
      ),
    ).toThrow(/must match pattern/);
    expect(() => parseConfig('eval-gate:\n  aproval: signatures\n', '.pipeguard.yml')).toThrow(
      /unknown key `aproval`/,
    );
  });
});
