/**
 * docs/secrets.md holds the family table rendered from the rule catalog; this fails when a rule
 * changes without the table. Regenerate with `node scripts/secrets-family-table.mjs`
 * (PIPEGUARD_UPDATE_DOCS=1 makes this test write the file).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { familyRows } from '../../src/checks/secrets/catalog.js';
import { withFamilyTable } from '../../src/checks/secrets/family-table.js';

const doc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/secrets.md');

describe('docs/secrets.md family table', () => {
  it('matches the rule catalog', async () => {
    const current = readFileSync(doc, 'utf8');
    // As `npm run format` would write it (prettier aligns the table's columns).
    const options = (await prettier.resolveConfig(doc)) ?? {};
    const expected = await prettier.format(withFamilyTable(current), { ...options, filepath: doc });
    if (process.env.PIPEGUARD_UPDATE_DOCS && expected !== current) writeFileSync(doc, expected);
    else expect(current, 'regenerate: node scripts/secrets-family-table.mjs').toBe(expected);
  });

  it('gives every rule a family, formats and its peers', () => {
    const bare = familyRows()
      .filter((r) => r.formats.length === 0 || r.family === r.id)
      .map((r) => r.id);
    expect(bare).toEqual([]);
  });
});
