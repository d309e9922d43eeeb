/**
 * Mutation table over the seed 000 envelope and policy (real values substituted): the seeds pass,
 * and each mutated field fails with exactly the expected message on the line where that field (or,
 * for a missing key, its parent object) is written, in YAML and in JSON alike.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { runValidate } from '../../src/checks/validate/index.js';
import {
  ARTIFACT_EVAL,
  ARTIFACT_TRAIN,
  contextFor,
  seedEnvelope,
  seedPolicy,
  tempRoot,
} from './helpers.js';

interface Mutation {
  name: string;
  mutate(doc: Record<string, unknown>): void;
  /** Messages expected, in line order, each with the text whose first line it must sit on. */
  expect: Array<{ message: string; on: string | ((format: 'json' | 'yaml') => string) }>;
}

const ROOT_LINE = { json: '{', yaml: 'schema_version' };
const onRoot = (format: 'json' | 'yaml'): string => ROOT_LINE[format];
const key = (name: string) => (format: 'json' | 'yaml') =>
  format === 'json' ? `"${name}":` : `${name}:`;

const ENVELOPE_MUTATIONS: Mutation[] = [
  {
    name: 'empty run_id',
    mutate: (d) => (d.run_id = ''),
    expect: [{ message: '`run_id` must not be empty', on: key('run_id') }],
  },
  {
    name: 'run_id with a path',
    mutate: (d) => (d.run_id = '../escape'),
    expect: [{ message: '`run_id` must be a run id: letters, digits', on: key('run_id') }],
  },
  {
    name: 'missing run_id',
    mutate: (d) => delete d.run_id,
    expect: [{ message: 'missing required key `run_id`', on: onRoot }],
  },
  {
    name: 'schema_version as a number',
    mutate: (d) => (d.schema_version = 1),
    expect: [
      {
        message: '`schema_version` must be `"1"` (a string); got the number `1`',
        on: key('schema_version'),
      },
    ],
  },
  {
    name: 'empty stage',
    mutate: (d) => (d.stage = ''),
    expect: [{ message: '`stage` must not be empty', on: key('stage') }],
  },
  {
    name: 'model with a space',
    mutate: (d) => (d.model = 'gpt 5'),
    expect: [{ message: '`model` must be a model identifier', on: key('model') }],
  },
  {
    name: 'reasoning_effort max',
    mutate: (d) => (d.reasoning_effort = 'max'),
    expect: [
      {
        message: '`reasoning_effort` must be one of low, medium, high, xhigh; got `max`',
        on: key('reasoning_effort'),
      },
    ],
  },
  {
    name: 'artifact without a digest',
    mutate: (d) => (d.input_artifacts = [ARTIFACT_TRAIN, 'artifact://hash']),
    expect: [
      { message: '`input_artifacts[1]` must be an artifact reference', on: 'artifact://hash' },
    ],
  },
  {
    name: 'artifact with an uppercase digest',
    mutate: (d) =>
      (d.input_artifacts = [
        ARTIFACT_EVAL.toUpperCase().replace('ARTIFACT://SHA256', 'artifact://sha256'),
      ]),
    expect: [
      {
        message: '`input_artifacts[0]` must be an artifact reference',
        on: 'artifact://sha256:13D9',
      },
    ],
  },
  {
    name: 'input_artifacts as a string',
    mutate: (d) => (d.input_artifacts = ARTIFACT_TRAIN),
    expect: [
      { message: '`input_artifacts` must be an array; got the string', on: key('input_artifacts') },
    ],
  },
  {
    name: 'an artifact listed twice',
    mutate: (d) => (d.input_artifacts = [ARTIFACT_TRAIN, ARTIFACT_EVAL, ARTIFACT_EVAL]),
    expect: [{ message: '`input_artifacts` lists', on: 'LAST:13d9f0b2' }],
  },
  {
    name: 'redaction_profile as a number',
    mutate: (d) => (d.redaction_profile = 42),
    expect: [
      {
        message: '`redaction_profile` must be a string; got the number `42`',
        on: key('redaction_profile'),
      },
    ],
  },
  {
    name: 'response_schema with spaces',
    mutate: (d) => (d.response_schema = 'my schema'),
    expect: [
      {
        message: '`response_schema` must be a schema id or short name without spaces',
        on: key('response_schema'),
      },
    ],
  },
  {
    name: 'unknown key',
    mutate: (d) => (d.temperature = 0.2),
    expect: [{ message: 'unknown key `temperature`', on: key('temperature') }],
  },
  {
    name: 'misspelt key',
    mutate: (d) => {
      d.reasoning_efort = d.reasoning_effort;
      delete d.reasoning_effort;
    },
    expect: [
      { message: 'missing required key `reasoning_effort`', on: onRoot },
      {
        message: 'unknown key `reasoning_efort` (did you mean `reasoning_effort`?)',
        on: key('reasoning_efort'),
      },
    ],
  },
  {
    name: 'created_at not a date-time',
    mutate: (d) => (d.created_at = '15/01/2026 10:00'),
    expect: [
      {
        message: '`created_at` must match format "date-time" (an RFC 3339 date-time',
        on: key('created_at'),
      },
    ],
  },
  {
    name: 'overlong model',
    mutate: (d) => (d.model = 'm'.repeat(201)),
    expect: [{ message: '`model` must be at most 200 characters long', on: key('model') }],
  },
];

const POLICY_MUTATIONS: Mutation[] = [
  {
    name: 'execution_mode remote',
    mutate: (d) => (d.execution_mode = 'remote'),
    expect: [
      {
        message: '`execution_mode` must be one of local, cloud, hybrid; got `remote`',
        on: key('execution_mode'),
      },
    ],
  },
  {
    name: 'negative max_cost_usd',
    mutate: (d) => (d.max_cost_usd = -1),
    expect: [{ message: '`max_cost_usd` must be >= 0; got -1', on: key('max_cost_usd') }],
  },
  {
    name: 'negative max_runtime_minutes',
    mutate: (d) => (d.max_runtime_minutes = -5),
    expect: [
      { message: '`max_runtime_minutes` must be >= 0; got -5', on: key('max_runtime_minutes') },
    ],
  },
  {
    name: 'fractional max_runtime_minutes',
    mutate: (d) => (d.max_runtime_minutes = 1.5),
    expect: [
      { message: '`max_runtime_minutes` must be an integer', on: key('max_runtime_minutes') },
    ],
  },
  {
    name: 'requires_approval as a string',
    mutate: (d) => (d.requires_approval = 'yes'),
    expect: [
      {
        message: '`requires_approval` must be a boolean; got the string `yes`',
        on: key('requires_approval'),
      },
    ],
  },
  {
    name: 'no allowed models',
    mutate: (d) => (d.allowed_models = []),
    expect: [
      { message: '`allowed_models` must list at least one item', on: key('allowed_models') },
    ],
  },
  {
    name: 'run window outside the grammar',
    mutate: (d) => (d.run_windows = ['weekday:09:00-18:00', 'weekdays:9-18']),
    expect: [{ message: '`run_windows[1]` must be a run window', on: 'weekdays:9-18' }],
  },
  {
    name: 'run window hour 25',
    mutate: (d) => (d.run_windows = ['mon:25:00-26:00']),
    expect: [{ message: '`run_windows[0]` must be a run window', on: 'mon:25:00' }],
  },
  {
    name: 'cloud without gateway and gated stages',
    mutate: (d) => (d.execution_mode = 'cloud'),
    expect: [
      {
        message: 'missing required key `gateway` (required in cloud and hybrid execution modes)',
        on: onRoot,
      },
      {
        message:
          'missing required key `approval_gated_stages` (required in cloud and hybrid execution modes)',
        on: onRoot,
      },
    ],
  },
  {
    name: 'hybrid gateway over http',
    mutate: (d) => {
      d.execution_mode = 'hybrid';
      d.approval_gated_stages = ['deploy'];
      d.gateway = { id: 'egress-eu-1', endpoint: 'http://gateway.internal/v1' };
    },
    expect: [
      { message: '`gateway.endpoint` must be an https:// URL', on: 'http://gateway.internal' },
    ],
  },
  {
    name: 'approval required with no gated stage',
    mutate: (d) => (d.approval_gated_stages = []),
    expect: [
      {
        message:
          '`approval_gated_stages` must list at least one item (must list at least one stage',
        on: key('approval_gated_stages'),
      },
    ],
  },
  {
    name: 'missing policy_id',
    mutate: (d) => delete d.policy_id,
    expect: [{ message: 'missing required key `policy_id`', on: onRoot }],
  },
];

const work = tempRoot();
afterAll(() => work.cleanup());

function serialize(doc: Record<string, unknown>, format: 'json' | 'yaml'): string {
  return format === 'json' ? `${JSON.stringify(doc, null, 2)}\n` : toYaml(doc, { lineWidth: 0 });
}

function lineOf(text: string, needle: string): number {
  const lines = text.split('\n');
  const index = needle.startsWith('LAST:')
    ? lines.findLastIndex((l) => l.includes(needle.slice(5)))
    : lines.findIndex((l) => l.includes(needle));
  if (index === -1) throw new Error(`\`${needle}\` is not in the document:\n${text}`);
  return index + 1;
}

async function findingsFor(text: string, file: string, schema: string) {
  work.write(file, text);
  const result = await runValidate(contextFor(work.root), {
    paths: [file],
    schema,
    schemaOnly: true,
  });
  return result.findings;
}

const tables = [
  { schema: 'model-request-envelope.v1', seed: seedEnvelope, mutations: ENVELOPE_MUTATIONS },
  { schema: 'automation-policy.v1', seed: seedPolicy, mutations: POLICY_MUTATIONS },
];

for (const { schema, seed, mutations } of tables) {
  describe(`${schema} mutation table`, () => {
    for (const format of ['yaml', 'json'] as const) {
      it(`the seed document passes (${format})`, async () => {
        expect(
          await findingsFor(serialize(seed(), format), `seed-${schema}.${format}`, schema),
        ).toEqual([]);
      });

      it.each(mutations.map((m) => [m.name, m] as const))(
        `%s fails on the right line (${format})`,
        async (name, mutation) => {
          const doc = seed();
          mutation.mutate(doc);
          const text = serialize(doc, format);
          const file = `${schema}/${name.replace(/\W+/g, '-')}.${format}`;
          const findings = await findingsFor(text, file, schema);
          const expected = mutation.expect.map((e) => ({
            line: lineOf(text, typeof e.on === 'function' ? e.on(format) : e.on),
            message: e.message,
          }));
          expect(findings.map((f) => ({ rule: f.rule, file: f.file, line: f.line }))).toEqual(
            expected.map((e) => ({ rule: 'schema', file, line: e.line })),
          );
          findings.forEach((f, i) => expect(f.message).toContain(expected[i]!.message));
          for (const f of findings) expect(f.column).toBeGreaterThan(0);
        },
      );
    }
  });
}
