/**
 * ajv itself (the run-time compiler) loads only when a user's schema must be compiled: given in
 * validate.extra-schemas, named by a document's `$schema`, or by an envelope's response_schema.
 * Each test starts from fresh modules, so the compiler is not loaded yet when it runs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stringify as toYaml } from 'yaml';
import type { Finding } from '../../src/report/model.js';
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
  vi.resetModules();
  work = tempRoot();
});
afterEach(() => work.cleanup());

async function fresh() {
  const registry = await import('../../src/schema/registry.js');
  const { runValidate } = await import('../../src/checks/validate/index.js');
  return { registry, runValidate };
}

const located = (findings: readonly Finding[]) =>
  findings.map((f) => `${f.rule} ${f.file}:${f.line} ${f.message}`);

describe('the run-time schema compiler', () => {
  it('stays unloaded for shipped schemas, and loads when a document names a schema file', async () => {
    const { registry, runValidate } = await fresh();
    work.write('runs/r1/envelopes/e.yaml', toYaml({ ...seedEnvelope(), reasoning_effort: 'max' }));
    const shipped = await runValidate(contextFor(work.root), { paths: ['.'], schemaOnly: true });
    expect(located(shipped.findings)).toEqual([
      'schema runs/r1/envelopes/e.yaml:5 `reasoning_effort` must be one of low, medium, high, xhigh; got `max`',
    ]);
    expect(registry.schemaCompilerLoaded()).toBe(false);

    work.write('schemas/ticket.schema.json', JSON.stringify(TICKET_SCHEMA));
    // Two batches' worth, so the one that meets the schema file is run again after the load.
    for (let i = 0; i < 300; i++)
      work.write(`tickets/t-${String(i).padStart(3, '0')}.yaml`, `ticket: SEC-${i}\n`);
    work.write('tickets/z.yaml', '$schema: ../schemas/ticket.schema.json\nticket: sec-12\n');
    const result = await runValidate(contextFor(work.root), {
      paths: ['tickets'],
      schemaOnly: true,
    });
    expect(located(result.findings)).toEqual([
      'schema tickets/z.yaml:2 `ticket` must match pattern `^[A-Z]+-[0-9]+$`; got the string `sec-12`',
    ]);
    expect(result.details).toMatchObject({ filesValidated: 1, filesSkipped: 300 });
    expect(registry.schemaCompilerLoaded()).toBe(true);
  });

  it('loads before anything else when validate.extra-schemas lists schemas', async () => {
    const { registry, runValidate } = await fresh();
    work.write('schemas/ticket.schema.json', JSON.stringify(TICKET_SCHEMA));
    work.write('tickets/a.json', '{"ticket": "SEC-1", "extra": true}\n');
    const result = await runValidate(
      contextFor(work.root, {
        validate: {
          'extra-schemas': ['schemas/ticket.schema.json'],
          schemas: [{ files: ['tickets/**'], schema: 'https://example.com/schemas/ticket.json' }],
        },
      }),
      { paths: ['tickets'], schemaOnly: true },
    );
    expect(result.findings.map((f) => [f.file, f.line, f.rule])).toEqual([
      ['tickets/a.json', 1, 'schema'],
    ]);
    expect(registry.schemaCompilerLoaded()).toBe(true);
  });

  it('is loaded by the semantic rules when a response_schema names a schema file', async () => {
    const { registry, runValidate } = await fresh();
    const run = 'runs/2026-01-15-recomp-0042';
    work.write('automation-policy.yaml', toYaml(seedPolicy()));
    work.write(
      `${run}/envelope.yaml`,
      toYaml({ ...seedEnvelope(), response_schema: '../../schemas/ticket.schema.json' }),
    );
    work.write(
      `${run}/other.envelope.yaml`,
      toYaml({ ...seedEnvelope(), response_schema: '../../schemas/none.schema.json' }),
    );
    // Outside the validated paths: only the rule reads it.
    work.write('schemas/ticket.schema.json', JSON.stringify(TICKET_SCHEMA));
    const config = { validate: { 'redaction-profiles': ['homebrew-default'] } };
    const findings = (await runValidate(contextFor(work.root, config), { paths: ['runs'] }))
      .findings;
    // The schema file is one; the missing file is reported, and nothing else.
    expect(findings.filter((f) => f.rule === 'response-schema').map((f) => f.file)).toEqual([
      `${run}/other.envelope.yaml`,
    ]);
    expect(registry.schemaCompilerLoaded()).toBe(true);
  });
});
