import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { secretsCheck } from '../../src/checks/secrets/index.js';
import { parseIgnoreFile } from '../../src/checks/secrets/suppress.js';
import type { CheckResult } from '../../src/report/model.js';
import { InputError } from '../../src/util/errors.js';
import { FAKE, realKey } from './fake-keys.js';
import { cleanupTemps, makeCtx, makeRepo, type TestContext } from './helpers.js';

afterAll(cleanupTemps);

const command = secretsCheck.commands[0]!;
async function run(
  ctx: TestContext,
  values: Record<string, string | boolean> = {},
): Promise<CheckResult> {
  const [result] = await command.run(ctx, { positionals: [], values });
  return result!;
}

describe('inline markers', () => {
  it('pipeguard:allow, gitleaks:allow and pragma markers suppress (still reported); secretlint-disable too', async () => {
    const repo = makeRepo();
    repo.write(
      'a.py',
      [
        `A = "${FAKE.groq}"  # pipeguard:allow test fixture`,
        `B = "${FAKE.replicate}"  # gitleaks:allow`,
        '# pragma: allowlist nextline secret',
        `C = "${FAKE.xai}"`,
        `D = "${FAKE.perplexity}"  # secretlint-disable-line`,
        `E = "${FAKE.tavily}"`,
      ].join('\n'),
    );
    const result = await run(makeCtx(repo.root));
    const byLine = Object.fromEntries(
      result.findings.map((f) => [f.line, f.suppressed?.kind ?? 'active']),
    );
    expect(byLine).toEqual({
      1: 'inline',
      2: 'inline',
      4: 'inline',
      5: 'secretlint-disable',
      6: 'active',
    });
    expect(result.status).toBe('fail');
    expect(result.findings.filter((f) => !f.suppressed)).toHaveLength(1);
  });
});

describe('ignore file', () => {
  it('suppresses by fingerprint (rule + path + secret hash, not line), reports expired and unused entries', async () => {
    const repo = makeRepo();
    repo.write('a.env', `GROQ_API_KEY=${FAKE.groq}\nGH=${FAKE.github}\n`);
    repo.commit('init');
    const first = await run(makeCtx(repo.root));
    const groq = first.findings.find((f) => f.rule === 'groq-api-key')!;
    const gh = first.findings.find((f) => f.rule === 'github-token')!;
    repo.write(
      '.pipeguard/secrets-ignore',
      [
        '# reviewed',
        'ignores:',
        `  - fingerprint: ${groq.fingerprint}`,
        '    reason: test key for the sandbox project',
        `  - fingerprint: ${gh.fingerprint}`,
        '    reason: temporary',
        '    expires: 2026-03-01',
        `  - fingerprint: ${'a'.repeat(32)}`,
        '    reason: old',
      ].join('\n'),
    );
    // Move the lines: fingerprints do not depend on line numbers.
    repo.write('a.env', `# moved\n\nGROQ_API_KEY=${FAKE.groq}\nGH=${FAKE.github}\n`);
    const result = await run(makeCtx(repo.root));
    const summary = result.findings
      .map((f) => `${f.rule}:${f.suppressed?.kind ?? '-'}:${f.line ?? ''}`)
      .sort();
    expect(summary).toEqual([
      'github-token:-:4',
      'groq-api-key:ignore-file:3',
      'ignore-expired:-:5',
      'ignore-unused:-:8',
    ]);
    expect(result.findings.find((f) => f.rule === 'groq-api-key')?.suppressed?.reason).toBe(
      'test key for the sandbox project',
    );
    expect(result.inputs?.[0]?.name).toBe('.pipeguard/secrets-ignore');

    // A different secret on the same line is not covered.
    repo.write('a.env', `# moved\n\nGROQ_API_KEY=${FAKE.groq.slice(0, -4)}Zk9q\n`);
    const other = await run(makeCtx(repo.root));
    expect(other.findings.find((f) => f.rule === 'groq-api-key')?.suppressed).toBeUndefined();
  });

  it('refuses a malformed ignore file with file:line', async () => {
    const repo = makeRepo();
    repo.write('.pipeguard/secrets-ignore', 'ignores:\n  - fingerprint: abc\n    reason: x\n');
    const error = await run(makeCtx(repo.root)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).toLine()).toMatch(
      /^\.pipeguard\/secrets-ignore:2:\d+: fingerprint must be/,
    );
    // A date the calendar does not have (Date.parse rolled it over into March).
    repo.write(
      '.pipeguard/secrets-ignore',
      `ignores:\n  - fingerprint: ${'a'.repeat(32)}\n    reason: x\n    expires: 2026-02-30\n`,
    );
    expect(((await run(makeCtx(repo.root)).catch((e: unknown) => e)) as InputError).toLine()).toBe(
      '.pipeguard/secrets-ignore:4:14: expires must be a date written YYYY-MM-DD (2026-02-30: day 30 does not exist in 2026-02 (01-28))',
    );
    repo.write('.pipeguard/secrets-ignore', 'ignores:\n  - fingerprint: [unclosed\n');
    await expect(run(makeCtx(repo.root))).rejects.toBeInstanceOf(InputError);
    await expect(run(makeCtx(repo.root), { 'ignore-file': 'missing.yml' })).rejects.toThrow(
      /cannot read the secrets ignore file/,
    );
  });

  it('never throws anything but InputError on arbitrary text (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        async (text) => {
          try {
            await parseIgnoreFile(text, 'x');
          } catch (error) {
            if (!(error instanceof InputError)) throw error;
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('accepts the list form and reports entries exactly (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.stringMatching(/^[0-9a-f]{32}$/), { minLength: 1, maxLength: 5 }),
        fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,20}[a-z]$/),
        async (fps, reason) => {
          const text = fps.map((fp) => `- fingerprint: ${fp}\n  reason: ${reason}\n`).join('');
          const entries = await parseIgnoreFile(text, 'x');
          expect(entries.map((e) => e.fingerprint)).toEqual(fps);
          expect(entries.map((e) => e.line)).toEqual(fps.map((_, i) => 1 + 2 * i));
        },
      ),
    );
  });
});

describe('baseline', () => {
  it('writes a deterministic baseline without line numbers and suppresses what it lists', async () => {
    const repo = makeRepo();
    repo.write('b.env', `GH=${FAKE.github}\n`);
    repo.write('a.env', `GROQ_API_KEY=${FAKE.groq}\n`);
    const written = await run(makeCtx(repo.root), { 'write-baseline': '.pipeguard/baseline.json' });
    expect(written.status).toBe('pass');
    const file = path.join(repo.root, '.pipeguard/baseline.json');
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/line|date|time/i);
    expect(text).not.toContain(FAKE.github);
    expect(JSON.parse(text).findings.map((e: { file: string }) => e.file)).toEqual([
      'a.env',
      'b.env',
    ]);

    // Users' notes survive a rewrite; the output is byte-identical otherwise.
    const doc = JSON.parse(text);
    doc.findings[0].note = 'sandbox';
    doc.owner = 'ml-platform';
    repo.write('.pipeguard/baseline.json', JSON.stringify(doc));
    await run(makeCtx(repo.root), { 'write-baseline': '.pipeguard/baseline.json' });
    const again = JSON.parse(readFileSync(file, 'utf8'));
    expect(again.owner).toBe('ml-platform');
    expect(again.findings[0].note).toBe('sandbox');

    repo.write('c.env', `REPLICATE=${FAKE.replicate}\n`);
    const later = await run(makeCtx(repo.root), { baseline: '.pipeguard/baseline.json' });
    expect(later.findings.map((f) => `${f.rule}:${f.suppressed?.kind ?? '-'}`).sort()).toEqual([
      'github-token:baseline',
      'groq-api-key:baseline',
      'replicate-api-token:-',
    ]);
    repo.write('b.env', 'GH=gone\n');
    const stale = await run(makeCtx(repo.root), { baseline: '.pipeguard/baseline.json' });
    expect(stale.findings.map((f) => f.rule)).toContain('baseline-unused');
  });

  it('refuses a file that is not a baseline', async () => {
    const repo = makeRepo();
    repo.write('base.json', '{"findings": 3}');
    await expect(run(makeCtx(repo.root), { baseline: 'base.json' })).rejects.toThrow(
      /not a pipeguard secrets baseline/,
    );
  });
});

describe('masking', () => {
  it('never puts a secret, or its length, into a finding', async () => {
    const repo = makeRepo();
    repo.write('a.env', `GROQ_API_KEY=${FAKE.groq}\nAWS_SECRET_ACCESS_KEY=${FAKE.awsSecret}\n`);
    const result = await run(makeCtx(repo.root));
    const text = JSON.stringify(result);
    for (const value of [
      FAKE.groq,
      FAKE.awsSecret,
      FAKE.groq.slice(4, 20),
      FAKE.awsSecret.slice(0, 8),
    ])
      expect(text).not.toContain(value);
    for (const f of result.findings) expect(f.message).toMatch(/…\[masked\]/);
    expect(result.rules?.['groq-api-key']?.severity).toBe('high');
  });
});

describe('values registered for log masking', () => {
  it('registers a multi-line key whole and line by line', async () => {
    const repo = makeRepo();
    const key = realKey('openssh-ed25519');
    repo.write('id_ed25519', key);
    const ctx = makeCtx(repo.root);
    await run(ctx);
    const lines = key.split('\n').filter((l) => l.length >= 8 && !l.startsWith('-----'));
    expect(ctx.registered).toEqual(expect.arrayContaining(lines));
    expect(ctx.registered.some((v) => v.includes('\n'))).toBe(true);
  });
});
