/**
 * The family table of docs/secrets.md, rendered from the rule catalog (patterns' metadata and the
 * preset's table), so the documentation cannot drift from the rules: test/secrets/family-table
 * fails when the committed table differs, and `node scripts/secrets-family-table.mjs` rewrites it.
 */
import { familyRows } from './catalog.js';

export const TABLE_START =
  '<!-- secrets-family-table:start (generated: node scripts/secrets-family-table.mjs) -->';
export const TABLE_END = '<!-- secrets-family-table:end -->';

/** A table cell: our own text, with `|` (which would end the cell) escaped. */
const cell = (text: string): string => text.replace(/\|/g, '\\|');

export function renderFamilyTable(): string {
  const rows = familyRows();
  const families = new Set(rows.map((r) => r.family));
  const mark = (yes: boolean): string => (yes ? '✓' : '');
  return [
    `${families.size} families, ${rows.length} rule ids. “pipeguard” rules are pipeguard’s own; “preset” rules come from secretlint’s recommended preset (run by pipeguard’s engine). The last three columns say whether gitleaks’ default configuration, secretlint’s recommended preset and trufflehog’s detectors know the family.`,
    '',
    '| family | rule id | formats | source | gitleaks | secretlint | trufflehog |',
    '| --- | --- | --- | --- | :-: | :-: | :-: |',
    ...rows.map(
      (r) =>
        `| ${cell(r.family)} | \`${r.id}\` | ${cell(r.formats.join('; '))} | ${r.origin.map((o) => (o === 'secretlint' ? 'preset' : o)).join(', ')} | ${mark(r.peers.includes('gitleaks'))} | ${mark(r.peers.includes('secretlint'))} | ${mark(r.peers.includes('trufflehog'))} |`,
    ),
  ].join('\n');
}

/** The document with the table between its markers replaced (appended when absent). */
export function withFamilyTable(doc: string): string {
  const table = `${TABLE_START}\n\n${renderFamilyTable()}\n\n${TABLE_END}`;
  const start = doc.indexOf(TABLE_START);
  const end = doc.indexOf(TABLE_END);
  if (start >= 0 && end > start)
    return doc.slice(0, start) + table + doc.slice(end + TABLE_END.length);
  return `${doc.trimEnd()}\n\n${table}\n`;
}
