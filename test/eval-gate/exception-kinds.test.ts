/**
 * `exception sign` / `exception verify` over every kind of exception — eval, dependency
 * (deps-exception.v1) and model (model-exception.v1) — with real ssh-keygen keys and signatures:
 * the kind is told from the declared schema, the kind's own key, or its folder; an unknown kind is
 * one exit-2 line; each kind is judged by its own cap and roles.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exceptionKindOf, exceptionDirs } from '../../src/checks/eval-gate/exception-kinds.js';
import { readInput, type InputFile } from '../../src/checks/eval-gate/inputs.js';
import { sha256Hex } from '../../src/util/sha256.js';
import { signException } from '../../src/checks/eval-gate/sign.js';
import { verifyExceptions } from '../../src/checks/eval-gate/verify.js';
import { InputError } from '../../src/util/errors.js';
import { runCli } from '../helpers/run.js';
import { makeFixture, type Fixture } from './fixture.js';

const DEPS = 'deps-exceptions/jinja2.yml';
const MODEL = 'model-exceptions/legacy-pickle.yml';
const EVAL = 'exceptions/sentiment-accuracy.yml';
const SCHEMA_LINE = (name: string): string =>
  `# yaml-language-server: $schema=https://raw.githubusercontent.com/pipeguard/pipeguard/v1/schemas/${name}.schema.json\n`;

function depsYaml(overrides: Record<string, string> = {}): string {
  return yaml({
    version: '1',
    id: 'DEPX-0001',
    advisory: 'GHSA-cpwx-vrp4-4pq7',
    ecosystem: 'PyPI',
    package: 'jinja2',
    package_version: "'3.1.5'",
    reason: "'Templates are committed, never user supplied; the sandbox breakout has no entry.'",
    ticket: 'SEC-1',
    requested_by: 'dana@example.com',
    created: '2026-11-20T09:00:00Z',
    expires: '2026-12-10T09:00:00Z',
    required_roles: '[security]',
    ...overrides,
  });
}

function modelYaml(overrides: Record<string, string> = {}): string {
  return yaml({
    version: '1',
    id: 'MODX-0001',
    artifact_digest: `sha256:${'b'.repeat(64)}`,
    rules: '[pickle-unknown-global]',
    reason: "'The legacy tokenizer pickle was reviewed line by line; replaced next sprint.'",
    ticket: 'SEC-2',
    requested_by: 'dana@example.com',
    created: '2026-11-20T09:00:00Z',
    expires: '2026-12-10T09:00:00Z',
    required_roles: '[ml-owner]',
    ...overrides,
  });
}

function yaml(fields: Record<string, string>): string {
  return Object.entries(fields)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')
    .concat('\n');
}

let fx: Fixture;
beforeEach(() => {
  fx = makeFixture();
});
afterEach(() => fx.cleanup());

const kindOf = async (rel: string) =>
  exceptionKindOf(await readInput(fx.root, rel, 'exception file'), exceptionDirs(await fx.ctx()));

const sign = async (rel: string, key: string) =>
  signException(await fx.ctx(), rel, {
    key: fx.keys[key]!.file,
    agent: false,
    hashAlgorithm: 'sha512',
  });

describe('the kind of an exception file', () => {
  it('comes from the declared schema, else the kind’s own key, else its folder', async () => {
    fx.write('a.yml', SCHEMA_LINE('deps-exception.v1') + modelYaml());
    expect(await kindOf('a.yml')).toBe('deps');
    fx.write('b.json', JSON.stringify({ $schema: 'model-exception.v1', id: 'X' }));
    expect(await kindOf('b.json')).toBe('model');
    fx.write('c.yml', depsYaml());
    expect(await kindOf('c.yml')).toBe('deps');
    fx.write('d.yml', modelYaml());
    expect(await kindOf('d.yml')).toBe('model');
    fx.exception('e.yml');
    expect(await kindOf('e.yml')).toBe('eval');
    fx.write('model-exceptions/f.yml', 'id: X\n');
    expect(await kindOf('model-exceptions/f.yml')).toBe('model');
  });

  it('is an input error when nothing names one of the three', async () => {
    const refuse = async (rel: string, content: string, message: RegExp) => {
      fx.write(rel, content);
      const error = await kindOf(rel).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).toLine()).toMatch(message);
    };
    await refuse(
      'x.yml',
      SCHEMA_LINE('eval-policy.v1') + depsYaml(),
      /^x\.yml:1:1: unknown exception kind: its schema "https:\/\/raw\.githubusercontent\.com\/pipeguard\/pipeguard\/v1\/schemas\/eval-policy\.v1\.schema\.json" is none of eval-exception\.v1, deps-exception\.v1 or model-exception\.v1$/,
    );
    await refuse(
      'y.yml',
      '$schema: "\\u001b[31mevil"\nid: X\n',
      /unknown exception kind: its schema "\s?\[31mevil" is none of/,
    );
    await refuse('z.yml', 'id: X\n', /^z\.yml: unknown exception kind: declare \$schema/);
    await refuse('w.yml', 'advisory: A\nrules: [x]\n', /has the keys of several kinds/);
    await refuse('v.yml', '- 1\n', /must be a mapping/);
  });
});

describe('the kind reader on any text (property)', () => {
  const DIRS = { eval: 'exceptions', deps: 'deps-exceptions', model: 'model-exceptions' };
  const input = (name: string, text: string): InputFile => {
    const bytes = Buffer.from(text, 'utf8');
    return { name, absolute: `/nowhere/${name}`, bytes, sha256: sha256Hex(bytes) };
  };
  const fragment = fc.oneof(
    fc.constantFrom(
      '$schema: deps-exception.v1',
      '$schema: https://pipeguard.dev/schemas/model-exception.v1.schema.json',
      '$schema: eval-policy.v1',
      '$schema: [1]',
      '# yaml-language-server: $schema=eval-exception.v1',
      'advisory: GHSA-x',
      'rules: [pickle-unknown-global]',
      'waivers: []',
      'id: X',
      '- item',
      '---',
      '{"a": 1}',
      '"',
      ': :',
    ),
    fc.string({ maxLength: 30 }),
  );
  const name = fc
    .tuple(
      fc.constantFrom('exceptions/', 'deps-exceptions/', 'model-exceptions/', 'other/', ''),
      fc.constantFrom('x.yml', 'x.yaml', 'x.json', 'x.jsonl'),
    )
    .map(([dir, file]) => `${dir}${file}`);

  it('gives one of the three kinds or one InputError, never anything else', () => {
    fc.assert(
      fc.property(name, fc.array(fragment, { maxLength: 8 }), (file, lines) => {
        try {
          expect(['eval', 'deps', 'model']).toContain(
            exceptionKindOf(input(file, lines.join('\n')), DIRS),
          );
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as InputError).toLine()).not.toContain('\n');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a declared shipped exception schema always decides, whatever the keys and the folder', () => {
    const kinds = [
      ['eval', 'eval-exception.v1'],
      ['deps', 'deps-exception.v1'],
      ['model', 'model-exception.v1'],
    ] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.subarray(['advisory: A', 'rules: [x]', 'waivers: []', 'id: X']),
        fc.constantFrom('exceptions/', 'deps-exceptions/', 'model-exceptions/', ''),
        fc.boolean(),
        ([kind, schema], keys, dir, modeline) => {
          const text = modeline
            ? `# yaml-language-server: $schema=https://raw.githubusercontent.com/pipeguard/pipeguard/v1/schemas/${schema}.schema.json\nversion: 1\n${keys.join('\n')}\n`
            : `$schema: https://pipeguard.dev/schemas/${schema}.schema.json\n${keys.join('\n')}\n`;
          expect(exceptionKindOf(input(`${dir}x.yml`, text), DIRS)).toBe(kind);
        },
      ),
    );
  });
});

describe('sign and verify every kind', () => {
  it('signs a dependency and a model exception and verifies them with the eval one', async () => {
    fx.write(DEPS, depsYaml());
    fx.write(MODEL, modelYaml());
    fx.exception(EVAL);
    // With no deps.required-roles / models.required-roles, every eval-gate role must approve.
    const signed = await sign(DEPS, 'sec');
    expect(signed.summary).toMatch(
      /^signed dependency exception DEPX-0001 \(deps-exceptions\/jinja2.yml\) with ED25519 key SHA256:\S+ — counts for security as sec@example.com; deps-exceptions\/jinja2.yml.sig holds 1 signature\(s\)$/,
    );
    expect(signed.details).toMatchObject({ kind: 'deps' });
    expect((await sign(MODEL, 'ml')).summary).toMatch(/^signed model exception MODX-0001 /);
    await sign(DEPS, 'ml');
    await sign(MODEL, 'sec');
    await sign(EVAL, 'sec');
    await sign(EVAL, 'ml');

    const all = await verifyExceptions(await fx.ctx(), [], { pendingOk: false });
    expect(all.summary).toBe('3 of 3 exception(s) valid and approved by every required role');
    expect(all.status).toBe('pass');
    const kinds = (all.details!.exceptions as Array<{ kind: string; file: string }>).map((e) => [
      e.kind,
      e.file,
    ]);
    expect(kinds).toEqual([
      ['deps', DEPS],
      ['eval', EVAL],
      ['model', MODEL],
    ]);

    // A byte changed after signing: the dependency exception's signature no longer verifies.
    fx.write(DEPS, depsYaml({ package_version: "'3.1.4'" }));
    const tampered = await verifyExceptions(await fx.ctx(), [`${DEPS}.sig`], { pendingOk: true });
    expect(tampered.status).toBe('fail');
    expect(tampered.findings.map((f) => f.rule)).toEqual([
      'signature-invalid',
      'signature-invalid',
      'exception-unapproved',
      'exception-unapproved',
    ]);
  });

  it('judges each kind by its own cap and roles (deps.max-days, models.exception-max-days)', async () => {
    fx.write(
      '.pipeguard.yml',
      fx.read('.pipeguard.yml').toString() +
        'deps:\n  max-days: 10\n  required-roles: [ml-owner]\nmodels:\n  exception-max-days: 40\n',
    );
    fx.write(DEPS, depsYaml());
    fx.write(MODEL, modelYaml({ expires: '2026-12-25T09:00:00Z', required_roles: '[auditor]' }));
    const result = await verifyExceptions(await fx.ctx(), [DEPS, MODEL], { pendingOk: true });
    const messages = result.findings.filter((f) => f.severity === 'high').map((f) => f.message);
    expect(messages).toEqual([
      'DEPX-0001: lives 20 days (created 2026-11-20T09:00:00Z, expires 2026-12-10T09:00:00Z); the policy allows at most 10',
      'MODX-0001: role(s) auditor are not defined in .pipeguard.yml eval-gate.roles, so nobody can approve them',
    ]);
    // deps.required-roles joins the file's own: ml-owner is pending too.
    expect(
      result.findings.filter((f) => f.rule === 'exception-unapproved').map((f) => f.message),
    ).toEqual([
      expect.stringMatching(/^DEPX-0001: role ml-owner not yet satisfied/),
      expect.stringMatching(/^DEPX-0001: role security not yet satisfied/),
      expect.stringMatching(/^MODX-0001: role security not yet satisfied/),
      expect.stringMatching(/^MODX-0001: role ml-owner not yet satisfied/),
      expect.stringMatching(/^MODX-0001: role auditor not yet satisfied/),
    ]);
  });

  it("fails a file in another kind's folder, where that check would refuse it", async () => {
    fx.write('exceptions/jinja2.yml', depsYaml());
    fx.sign('exceptions/jinja2.yml', 'sec');
    const result = await verifyExceptions(await fx.ctx(), [], { pendingOk: true });
    expect(result.status).toBe('fail');
    expect(result.findings.find((f) => f.rule === 'exception-misplaced')?.message).toBe(
      'DEPX-0001 is a dependency exception but sits in eval-gate.exceptions-dir (exceptions), where it would be read as a eval exception: move it to deps-exceptions/',
    );
  });

  it('the built CLI: sign a model exception, verify, and one exit-2 line for an unknown kind', () => {
    fx.write(MODEL, modelYaml());
    const signed = runCli(['exception', 'sign', MODEL, '--key', fx.keys.ml!.file], {
      cwd: fx.root,
    });
    expect(signed.code, signed.stdout + signed.stderr).toBe(0);
    expect(signed.stdout).toContain('signed model exception MODX-0001');
    const verified = runCli(['exception', 'verify', '--pending-ok', MODEL, `${MODEL}.sig`], {
      cwd: fx.root,
    });
    expect(verified.stdout).toContain('counts for ml-owner as ml@example.com');
    // security has not signed yet: a note under --pending-ok, and the exit is clean.
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);

    fx.write('exceptions/odd.yml', SCHEMA_LINE('run-meta.v1') + 'id: X\n');
    for (const args of [
      ['exception', 'verify', 'exceptions/odd.yml'],
      ['exception', 'sign', 'exceptions/odd.yml', '--key', fx.keys.ml!.file],
    ]) {
      const odd = runCli(args, { cwd: fx.root });
      expect(odd.code).toBe(2);
      expect(odd.stdout + odd.stderr).toMatch(
        /exceptions\/odd\.yml:1:1: unknown exception kind: its schema "\S+run-meta\.v1\.schema\.json" is none of eval-exception\.v1, deps-exception\.v1 or model-exception\.v1/,
      );
      expect(odd.stdout + odd.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
