import { afterEach, describe, expect, it } from 'vitest';
import { tempRepo, type TempRepo } from '../helpers/repo.js';
import { runCli } from '../helpers/run.js';

let repo: TempRepo | undefined;
afterEach(() => repo?.cleanup());

const schemaA = JSON.stringify({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://corp.test/schemas/label.v1.json',
  type: 'object',
  required: ['label', 'reviewer'],
  properties: {
    label: { enum: ['positive', 'negative'] },
    reviewer: { $ref: 'https://corp.test/schemas/person.v1.json' },
  },
});
const schemaB = JSON.stringify({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://corp.test/schemas/person.v1.json',
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', pattern: '^u-[0-9]+$' } },
});

describe('validate.extra-schemas that $ref each other', () => {
  it.each([
    ['referencing schema first', ['schemas/label.json', 'schemas/person.json']],
    ['referenced schema first', ['schemas/person.json', 'schemas/label.json']],
  ])('resolve with the %s', (_name, order) => {
    repo = tempRepo({
      'schemas/label.json': schemaA,
      'schemas/person.json': schemaB,
      '.pipeguard.yml': `validate:\n  extra-schemas: ${JSON.stringify(order)}\n  schemas:\n    - files: ["labels/*.json"]\n      schema: https://corp.test/schemas/label.v1.json\n`,
      'labels/ok.json': '{"label": "positive", "reviewer": {"id": "u-1"}}',
      'labels/bad.json': '{"label": "positive", "reviewer": {"id": "nobody"}}',
    });
    const r = runCli(['validate', '--format', 'json'], { cwd: repo.dir });
    expect(r.stderr).toBe('');
    const findings = JSON.parse(r.stdout).findings as Array<{ file: string; message: string }>;
    expect(findings.map((f) => f.file)).toEqual(['labels/bad.json']);
    expect(findings[0]!.message).toMatch(/pattern/);
  });

  it('a $ref to a schema nobody gave is still a configuration error (exit 2)', () => {
    repo = tempRepo({
      'schemas/label.json': schemaA,
      '.pipeguard.yml': 'validate:\n  extra-schemas: [schemas/label.json]\n',
    });
    const r = runCli(['validate'], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/schemas\/label\.json.*(compile|resolve)/);
  });
});

describe('JSONL', () => {
  it('a malformed line is reported and every other line is still validated', () => {
    repo = tempRepo({
      'audit/decisions.jsonl': [
        '{"schema_version": "1"}',
        '{broken json',
        '',
        '{"schema_version": "1", "time": "2026-12-01T10:00:60Z"}',
        '[1, 2',
      ].join('\n'),
    });
    const r = runCli(['validate', '--format', 'json'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    const lines = (JSON.parse(r.stdout).findings as Array<{ line: number; rule: string }>).map(
      (f) => `${f.line} ${f.rule}`,
    );
    // Lines 1 and 4 are read and held to the audit-record schema; 2 and 5 are syntax errors.
    expect(lines.filter((l) => l.endsWith('syntax'))).toEqual(['2 syntax', '5 syntax']);
    expect(lines.some((l) => l.startsWith('1 '))).toBe(true);
    expect(lines.some((l) => l.startsWith('4 '))).toBe(true);
  });
});
