/** Specs load at start-up, implementations on first use: the two must never disagree. */
import { describe, expect, it } from 'vitest';
import { commandKey, implementCheck, lazyCheck } from '../../src/checks/define.js';
import { CHECKS } from '../../src/checks/registry.js';
import type { CheckContext, CheckInfo } from '../../src/checks/types.js';
import { resultFromFindings } from '../../src/report/model.js';

const INFO: CheckInfo = {
  name: 'checksums',
  title: 'test check',
  commands: [
    { name: ['demo', 'one'], summary: 'first' },
    { name: ['demo', 'two'], summary: 'second' },
  ],
};
const ctx = {} as CheckContext;
const args = { positionals: [], values: {} };
const result = (summary: string) => ({
  ...resultFromFindings('checksums', [], 'high', () => ''),
  summary,
});

describe('implementCheck', () => {
  it('refuses a command without a run and a run without a command', () => {
    const run = async () => [];
    expect(() => implementCheck(INFO, async () => result(''), { 'demo one': run })).toThrow(
      /demo two has no run/,
    );
    expect(() =>
      implementCheck(INFO, async () => result(''), {
        'demo one': run,
        'demo two': run,
        'demo three': run,
      }),
    ).toThrow(/no command demo three/);
  });
});

describe('lazyCheck', () => {
  it('imports the implementation once, on first use, and dispatches each command to its own run', async () => {
    let loads = 0;
    const check = lazyCheck(INFO, async () => {
      loads += 1;
      return implementCheck(INFO, async () => result('configured'), {
        'demo one': async () => [result('one')],
        'demo two': async () => [result('two')],
      });
    });
    expect(loads).toBe(0);
    expect(check.commands.map((c) => c.summary)).toEqual(['first', 'second']);
    expect((await check.commands[1]!.run(ctx, args))[0]!.summary).toBe('two');
    expect((await check.commands[0]!.run(ctx, args))[0]!.summary).toBe('one');
    expect((await check.runConfigured(ctx)).summary).toBe('configured');
    expect(loads).toBe(1);
  });
});

describe('the registry', () => {
  const implementations = {
    checklist: async () => (await import('../../src/checks/checklist/index.js')).checklistCheck,
    secrets: async () => (await import('../../src/checks/secrets/index.js')).secretsCheck,
    pii: async () => (await import('../../src/checks/pii/index.js')).piiCheck,
    validate: async () => (await import('../../src/checks/validate/index.js')).validateCheck,
    checksums: async () => (await import('../../src/checks/checksums/index.js')).checksumsCheck,
    models: async () => (await import('../../src/checks/models/index.js')).modelsCheck,
    deps: async () => (await import('../../src/checks/deps/index.js')).depsCheck,
    'eval-gate': async () => (await import('../../src/checks/eval-gate/index.js')).evalGateCheck,
    provenance: async () => (await import('../../src/checks/provenance/index.js')).provenanceCheck,
  };

  it.each(CHECKS.map((check) => [check.name, check] as const))(
    '%s: its implementation has exactly the commands and options of its spec',
    async (name, check) => {
      const implementation = await implementations[name]();
      const shape = (c: CheckInfo['commands'][number]) => [commandKey(c), c.summary, c.options];
      expect(implementation.commands.map(shape)).toEqual(check.commands.map(shape));
      expect(implementation.title).toBe(check.title);
    },
  );
});
