/**
 * Masking shows at most a rule's public prefix: the issuer's literal prefix (`sk-proj-`, `ghp_`),
 * never a character of the secret after it. Legacy OpenAI keys (`sk-` + 20 characters + …) used
 * to show `sk-` and 4 secret characters, because the visible part was a count (issue 13 item 18).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allRules, ruleById } from '../../src/checks/secrets/catalog.js';
import { detectSecrets } from '../../src/checks/secrets/engine.js';
import { findingOf, maskSecret } from '../../src/checks/secrets/findings.js';
import { FAKE } from './fake-keys.js';
import { FIXTURES } from './fixtures.js';

const MASK = '…[masked]';

/** The longest documented public prefix of the rule that the secret starts with ('' if none). */
function publicPart(rule: string, secret: string): string {
  let best = '';
  for (const prefix of ruleById(rule).publicPrefixes ?? [])
    if (prefix.length > best.length && secret.startsWith(prefix)) best = prefix;
  return best;
}

describe('masked forms show no character of a secret beyond its public prefix', () => {
  it('a legacy OpenAI key shows sk- only', async () => {
    const text = `OPENAI_API_KEY=${FAKE.openaiLegacy}\n`;
    const [hit] = await detectSecrets({ path: '.env', text });
    expect(hit?.rule).toBe('openai-api-key');
    const finding = findingOf(
      { ...hit!, path: '.env', line: 1, column: 1, endLine: 1, endColumn: 1 },
      ruleById(hit!.rule),
    );
    expect(finding.message).toBe(`OpenAI API key: sk-${MASK}`);
  });

  it('for every fixture secret of every rule, in the finding message', async () => {
    let checked = 0;
    for (const fixture of FIXTURES) {
      for (const c of fixture.ng) {
        for (const hit of await detectSecrets({ path: c.file, text: c.text })) {
          if (hit.binary) continue;
          const finding = findingOf(
            { ...hit, path: c.file, line: 1, column: 1, endLine: 1, endColumn: 1 },
            ruleById(hit.rule),
          );
          const shown = publicPart(hit.rule, hit.secret);
          const masked = finding.message.slice(ruleById(hit.rule).title.length + 2);
          const visible = masked.slice(0, masked.indexOf(MASK));
          // What is shown is a piece of the public prefix, and nothing of the rest appears.
          expect(masked.indexOf(MASK), `${hit.rule}: ${c.name}`).toBeGreaterThanOrEqual(0);
          expect(shown.startsWith(visible), `${hit.rule}: ${c.name}: ${visible}`).toBe(true);
          const rest = hit.secret.slice(shown.length);
          if (rest.length >= 6) expect(finding.message).not.toContain(rest.slice(0, 6));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(70);
  });

  it('every documented prefix is a real prefix of the rule’s secrets (fixtures)', async () => {
    const seen = new Map<string, Set<string>>();
    for (const fixture of FIXTURES)
      for (const c of fixture.ng)
        for (const hit of await detectSecrets({ path: c.file, text: c.text })) {
          const prefixes = ruleById(hit.rule).publicPrefixes ?? [];
          if (prefixes.length === 0) continue;
          expect(publicPart(hit.rule, hit.secret), `${hit.rule}: ${c.name}`).not.toBe('');
          seen.set(
            hit.rule,
            (seen.get(hit.rule) ?? new Set()).add(publicPart(hit.rule, hit.secret)),
          );
        }
    expect(seen.get('openai-api-key')).toEqual(new Set(['sk-proj-', 'sk-']));
  });

  it('property: whatever follows a public prefix stays hidden, for every rule', () => {
    const withPrefixes = Object.keys(allRules()).filter(
      (id) => (ruleById(id).publicPrefixes ?? []).length > 0,
    );
    expect(withPrefixes.length).toBeGreaterThan(30);
    const body = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 120 });
    fc.assert(
      fc.property(fc.constantFrom(...withPrefixes), body, fc.nat(), (rule, rest, pick) => {
        const prefixes = ruleById(rule).publicPrefixes!;
        const secret = prefixes[pick % prefixes.length]! + rest;
        const masked = maskSecret(secret, prefixes);
        expect(masked.endsWith(MASK)).toBe(true);
        const visible = masked.slice(0, -MASK.length);
        expect(secret.startsWith(visible)).toBe(true);
        expect(visible.length).toBeLessThanOrEqual(publicPart(rule, secret).length);
        expect(visible.length).toBeLessThanOrEqual(Math.floor(secret.length / 3));
      }),
      { numRuns: 2000 },
    );
  });

  it('property: a value that starts with no public prefix shows nothing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (secret) => {
        expect(maskSecret(secret, ['zz_never_'])).toBe(
          secret.startsWith('zz_never_') ? maskSecret(secret, ['zz_never_']) : MASK,
        );
        expect(maskSecret(secret)).toBe(MASK);
      }),
    );
  });
});
