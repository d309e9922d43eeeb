/**
 * Schema choice (config glob map, then `$schema` / modeline, then --schema), the config section,
 * and every way a document can be broken: a Finding with a line, or InputError (exit 2), never a
 * stack trace.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { runValidate } from '../../src/checks/validate/index.js';
import type { PipeguardConfig } from '../../src/config/types.js';
import { MAX_DOCUMENT_BYTES } from '../../src/schema/document.js';
import { InputError } from '../../src/util/errors.js';
import {
  contextFor,
  seedEnvelope,
  seedPolicy,
  tempRoot,
  TICKET_SCHEMA,
  type TempRoot,
} from './helpers.js';

let work: TempRoot;
beforeEach(() => {
  work = tempRoot();
});
afterEach(() => work.cleanup());

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

async function validate(
  paths: string[],
  options: { schema?: string; config?: Partial<PipeguardConfig> } = {},
) {
  return runValidate(contextFor(work.root, options.config), {
    paths,
    schema: options.schema,
    schemaOnly: true,
  });
}

async function inputError(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('schema selection', () => {
  it('uses the built-in glob map for typical ML repository paths', async () => {
    const bad = { ...seedEnvelope(), reasoning_effort: 'max' };
    work.write('runs/r1/envelopes/plan.json', json(bad));
    work.write('prompts/codegen.envelope.yaml', toYaml(bad));
    work.write('config/automation-policy.yaml', toYaml({ ...seedPolicy(), max_cost_usd: -1 }));
    work.write('logs/audit.jsonl', '{"schema_version": "1"}\n');
    work.write('package.json', '{"name": "x"}');
    const result = await validate(['.']);
    expect(
      result.findings.map((f) => `${f.file}:${f.line} ${f.message.split(';')[0]}`).sort(),
    ).toEqual([
      'config/automation-policy.yaml:5 `max_cost_usd` must be >= 0',
      'logs/audit.jsonl:1 missing required key `actor`',
      'logs/audit.jsonl:1 missing required key `check`',
      'logs/audit.jsonl:1 missing required key `decision`',
      'logs/audit.jsonl:1 missing required key `inputs`',
      'logs/audit.jsonl:1 missing required key `reason`',
      'logs/audit.jsonl:1 missing required key `risk_level`',
      'logs/audit.jsonl:1 missing required key `run_id`',
      'logs/audit.jsonl:1 missing required key `stage`',
      'logs/audit.jsonl:1 missing required key `time`',
      'prompts/codegen.envelope.yaml:5 `reasoning_effort` must be one of low, medium, high, xhigh',
      'runs/r1/envelopes/plan.json:6 `reasoning_effort` must be one of low, medium, high, xhigh',
    ]);
    expect(result.details).toMatchObject({ filesValidated: 4, filesSkipped: 1 });
    expect(result.status).toBe('fail');
  });

  it("holds runs/*/meta.json to run-meta.v1 once stamped (schema_version), not the pipeline's draft", async () => {
    work.write('runs/r1/meta.json', json({ run_id: 'r1', dataset: 'reviews-2026-10' }));
    work.write('runs/r2/meta.json', json({ schema_version: '1', run_id: 'r2' }));
    const result = await validate(['runs']);
    expect(new Set(result.findings.map((f) => f.file))).toEqual(new Set(['runs/r2/meta.json']));
    expect(result.findings.some((f) => f.message === 'missing required key `git_commit`')).toBe(
      true,
    );
    expect(result.details).toMatchObject({ filesValidated: 1, filesSkipped: 1 });
    // Mapped explicitly, the draft is held to the schema too.
    const strict = await validate(['runs'], {
      config: { validate: { schemas: [{ files: ['runs/*/meta.json'], schema: 'run-meta.v1' }] } },
    });
    expect(new Set(strict.findings.map((f) => f.file))).toEqual(
      new Set(['runs/r1/meta.json', 'runs/r2/meta.json']),
    );
  });

  it('lets the config map win over $schema, and $schema over --schema', async () => {
    const policyText = json({ $schema: 'model-request-envelope.v1', ...seedPolicy() });
    work.write('a/policy.json', policyText);
    work.write('b/policy.json', policyText);
    const config = {
      validate: { schemas: [{ files: ['a/*.json'], schema: 'automation-policy.v1' }] },
    };
    const result = await validate(['a', 'b'], { config, schema: 'automation-policy.v1' });
    // a/ is mapped to the policy schema (valid); b/ follows its $schema, the envelope schema.
    expect(new Set(result.findings.map((f) => f.file))).toEqual(new Set(['b/policy.json']));
    expect(result.findings.some((f) => f.message === 'missing required key `run_id`')).toBe(true);
    // --schema only applies where nothing else chose.
    work.write('c/plain.json', json(seedPolicy()));
    expect((await validate(['c'], { schema: 'automation-policy.v1' })).findings).toEqual([]);
    expect(
      (await validate(['c'], { schema: 'model-request-envelope.v1' })).findings.length,
    ).toBeGreaterThan(0);
  });

  it('reads a YAML modeline and accepts $id, short name, file name and a schema file in the repo', async () => {
    const envelope = toYaml(seedEnvelope());
    work.write(
      'x/modeline.yaml',
      `# yaml-language-server: $schema=https://pipeguard.dev/schemas/model-request-envelope.v1.schema.json\n${envelope}`,
    );
    work.write('x/short.yaml', `$schema: model-request-envelope.v1\n${envelope}`);
    work.write('x/file.yaml', `$schema: model-request-envelope.v1.schema.json\n${envelope}`);
    work.write('schemas/ticket.schema.json', json(TICKET_SCHEMA));
    work.write('x/ticket.yaml', '$schema: ../schemas/ticket.schema.json\nticket: sec-12\n');
    const result = await validate(['x']);
    expect(result.findings.map((f) => [f.file, f.line, f.message])).toEqual([
      [
        'x/ticket.yaml',
        2,
        '`ticket` must match pattern `^[A-Z]+-[0-9]+$`; got the string `sec-12`',
      ],
    ]);
    expect(result.details).toMatchObject({ filesValidated: 4 });
  });

  it('reports an unknown or remote $schema at its line and never fetches it', async () => {
    work.write(
      'd/remote.json',
      '{\n  "name": "x",\n  "$schema": "https://example.com/schema.json"\n}\n',
    );
    work.write('d/missing.yaml', 'a: 1\n$schema: ./nope.schema.json\n');
    work.write('d/outside.yaml', '$schema: ../../../etc/passwd\n');
    const result = await validate(['d']);
    expect(result.findings.map((f) => [f.file, f.line, f.rule])).toEqual([
      ['d/missing.yaml', 2, 'unknown-schema'],
      ['d/outside.yaml', 1, 'unknown-schema'],
      ['d/remote.json', 3, 'unknown-schema'],
    ]);
    expect(result.findings[2]!.message).toContain('remote schemas are never fetched');
    expect(result.findings[0]!.message).toContain('no such file exists');
    expect(result.findings[1]!.message).toContain('leaves the scanned root');
  });

  it('skips files nothing selects a schema for, without parsing them', async () => {
    work.write('tsconfig.json', '{ not even json');
    work.write('notes.yaml', 'a: [');
    const result = await validate(['tsconfig.json', 'notes.yaml']);
    expect(result.findings).toEqual([]);
    expect(result.status).toBe('pass');
    expect(result.summary).toBe('no documents to validate (2 files had no schema)');
  });

  it('honours validate.exclude and validate.default-schemas: false', async () => {
    work.write('envelopes/bad.json', '{}');
    work.write('envelopes/fixtures/bad.json', '{}');
    const excluded = await validate(['envelopes'], {
      config: { validate: { exclude: ['**/fixtures/**'] } },
    });
    expect(excluded.findings.length).toBeGreaterThan(0);
    expect(new Set(excluded.findings.map((f) => f.file))).toEqual(new Set(['envelopes/bad.json']));
    const noDefaults = await validate(['envelopes'], {
      config: { validate: { 'default-schemas': false } },
    });
    expect(noDefaults.findings).toEqual([]);
  });

  it('refuses an unknown schema in config or --schema as a usage error', async () => {
    work.write('a.json', '{}');
    expect((await inputError(validate(['a.json'], { schema: 'envelope.v7' }))).message).toMatch(
      /^--schema: unknown schema `envelope.v7` \(known: .*model-request-envelope\.v1/,
    );
    const config = { validate: { schemas: [{ files: ['*.json'], schema: 'nope' }] } };
    expect((await inputError(validate(['a.json'], { config }))).message).toMatch(
      /^validate\.schemas\[0\]\.schema: unknown schema `nope`/,
    );
  });

  it('validates against extra schemas by $id, and refuses broken ones with the file named', async () => {
    work.write(
      'schemas/plan.json',
      json({
        $id: 'https://example.com/plan.v1.json',
        type: 'object',
        required: ['steps'],
        properties: { steps: { type: 'array' } },
      }),
    );
    work.write('plans/p.yaml', 'steps: 3\n');
    const config = {
      validate: {
        'extra-schemas': ['schemas/plan.json'],
        schemas: [{ files: ['plans/*.yaml'], schema: 'https://example.com/plan.v1.json' }],
      },
    };
    const result = await validate(['plans'], { config });
    expect(result.findings.map((f) => [f.line, f.message])).toEqual([
      [1, '`steps` must be an array; got the number `3`'],
    ]);

    work.write(
      'schemas/broken.json',
      json({ $id: 'https://example.com/broken.json', type: 'objekt' }),
    );
    const broken = await inputError(
      validate(['plans'], { config: { validate: { 'extra-schemas': ['schemas/broken.json'] } } }),
    );
    expect(broken.toLine()).toMatch(/^schemas\/broken\.json: not a valid JSON Schema 2020-12/);
    work.write('schemas/noid.json', json({ type: 'object' }));
    const noId = await inputError(
      validate(['plans'], { config: { validate: { 'extra-schemas': ['schemas/noid.json'] } } }),
    );
    expect(noId.toLine()).toBe(
      'schemas/noid.json: a schema needs an `$id` so documents and references can name it',
    );
  });
});

describe('broken documents', () => {
  it('turn malformed JSON / YAML, duplicate keys, alias bombs and oversize files into findings with lines', async () => {
    work.write('envelopes/syntax.json', '{\n  "run_id": "a",\n  "stage" "x"\n}\n');
    work.write('envelopes/dup.yaml', 'run_id: a\nstage: b\nrun_id: c\n');
    work.write('envelopes/dup.json', '{"run_id": "a",\n "run_id": "b"}');
    work.write(
      'envelopes/bomb.yaml',
      [
        'a: &a [x, x, x, x, x, x, x, x, x, x]',
        ...'bcdefgh'
          .split('')
          .map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
      ].join('\n'),
    );
    work.write('envelopes/big.json', `"${'x'.repeat(MAX_DOCUMENT_BYTES)}"`);
    work.write('envelopes/empty.yaml', '# nothing here\n');
    const result = await validate(['envelopes']);
    expect(result.findings.map((f) => [f.file, f.rule, f.line ?? null, f.message])).toEqual([
      ['envelopes/big.json', 'refused', null, 'larger than the 8 MiB size cap; not parsed'],
      ['envelopes/bomb.yaml', 'refused', 1, expect.stringMatching(/^refused: .*alias/i)],
      ['envelopes/dup.json', 'duplicate-key', 2, 'duplicate key `run_id`'],
      ['envelopes/dup.yaml', 'duplicate-key', 3, 'duplicate key `run_id`'],
      [
        'envelopes/empty.yaml',
        'schema',
        1,
        'the file holds no document; a model-request-envelope.v1 document was expected',
      ],
      [
        'envelopes/syntax.json',
        'syntax',
        3,
        'invalid JSON: expected `:` after the property name, found `"`',
      ],
    ]);
    expect(result.status).toBe('fail');
    expect(result.inputs!.map((i) => i.name)).toContain('envelopes/dup.json');
  });

  it('never blocks on a FIFO', async () => {
    execFileSync('mkfifo', [`${work.root}/envelopes-pipe.json`]);
    const result = await validate(['envelopes-pipe.json'], { schema: 'model-request-envelope.v1' });
    expect(result.findings.map((f) => [f.rule, f.message])).toEqual([
      ['syntax', 'invalid JSON: unexpected end of the input, a value was expected'],
    ]);
  });

  it('stops with a one-line input error for a missing or unreadable path', async () => {
    expect((await inputError(validate(['nope.json']))).toLine()).toBe(
      'nope.json: no such file or directory',
    );
    expect((await inputError(validate(['../outside.json']))).toLine()).toBe(
      '../outside.json: path leaves the scanned root',
    );
    if (process.getuid?.() !== 0) {
      work.write('envelopes/locked.json', '{}');
      chmodSync(`${work.root}/envelopes/locked.json`, 0o000);
      expect((await inputError(validate(['envelopes/locked.json']))).toLine()).toBe(
        'envelopes/locked.json: cannot be read (EACCES)',
      );
    }
  });

  it('validates every document of a YAML stream and every JSONL record', async () => {
    work.write(
      'envelopes/stream.yaml',
      `${toYaml(seedEnvelope())}---\n${toYaml({ ...seedEnvelope(), stage: '' })}`,
    );
    work.write('logs/audit.jsonl', '\n{"x": 1}\n\n');
    const result = await validate(['envelopes', 'logs']);
    expect(result.findings[0]).toMatchObject({
      file: 'envelopes/stream.yaml',
      line: 13,
      message: '`stage` must not be empty',
    });
    expect(
      result.findings.filter((f) => f.file === 'logs/audit.jsonl').every((f) => f.line === 2),
    ).toBe(true);
    expect(result.outputs).toMatchObject({ documents: '3', 'files-validated': '2' });
  });

  it('gives findings stable fingerprints that survive line moves', async () => {
    work.write('envelopes/a.json', json({ ...seedEnvelope(), model: 'x y' }));
    const first = (await validate(['envelopes'])).findings[0]!;
    work.write('envelopes/a.json', `\n\n${json({ ...seedEnvelope(), model: 'x y' })}`);
    const moved = (await validate(['envelopes'])).findings[0]!;
    expect(moved.line).toBe(first.line! + 2);
    expect(moved.fingerprint).toBe(first.fingerprint);
  });
});

describe('repository scan (no paths)', () => {
  it('validates only files the map covers, plus validate.files that declare $schema', async () => {
    work.write('envelopes/e.json', json({ ...seedEnvelope(), stage: '' }));
    work.write('docs/example.json', json({ $schema: 'automation-policy.v1', policy_id: 'x' }));
    work.write('node_modules/pkg/envelopes/x.json', '{}');
    const plain = await runValidate(contextFor(work.root), { paths: [], schemaOnly: true });
    expect(new Set(plain.findings.map((f) => f.file))).toEqual(new Set(['envelopes/e.json']));
    const withFiles = await runValidate(
      contextFor(work.root, { validate: { files: ['docs/**/*.json'] } }),
      { paths: [], schemaOnly: true },
    );
    expect(new Set(withFiles.findings.map((f) => f.file))).toEqual(
      new Set(['envelopes/e.json', 'docs/example.json']),
    );
  });
});

describe('paths', () => {
  it('name a file once when a file and its directory are both given', async () => {
    work.write('envelopes/a.json', json({ ...seedEnvelope(), stage: '' }));
    const result = await validate(['envelopes', 'envelopes/a.json', './envelopes/']);
    expect(result.findings).toHaveLength(1);
    expect(result.outputs).toMatchObject({ 'files-validated': '1' });
  });

  it('accept a user schema that $refs a shipped one', async () => {
    work.write(
      'schemas/strict-policy.json',
      json({
        $id: 'https://example.com/strict-policy.json',
        $ref: 'https://pipeguard.dev/schemas/automation-policy.v1.schema.json',
        type: 'object',
        properties: { execution_mode: { const: 'local' } },
      }),
    );
    work.write(
      'p/policy.json',
      json({
        ...seedPolicy(),
        execution_mode: 'hybrid',
        approval_gated_stages: ['x'],
        gateway: { id: 'g', endpoint: 'https://gw.example/v1' },
      }),
    );
    const config = {
      validate: {
        'extra-schemas': ['schemas/strict-policy.json'],
        schemas: [{ files: ['p/*.json'], schema: 'strict-policy' }],
      },
    };
    const result = await validate(['p'], { config });
    expect(result.findings.map((f) => f.message)).toEqual([
      '`execution_mode` must be `"local"` (a string); got the string `hybrid`',
    ]);
    // Strict mode's objections surface when the config is read, naming the schema file.
    work.write(
      'schemas/loose.json',
      json({ $id: 'https://example.com/loose.json', properties: { a: { minimum: 1 } } }),
    );
    const loose = await inputError(
      validate(['p'], { config: { validate: { 'extra-schemas': ['schemas/loose.json'] } } }),
    );
    expect(loose.toLine()).toMatch(
      /^schemas\/loose\.json: schema does not compile: strict mode: missing type "object"/,
    );
  });
});
