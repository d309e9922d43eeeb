import { describe, expect, it } from 'vitest';
import { detectSecrets } from '../../src/checks/secrets/engine.js';
import { allRules } from '../../src/checks/secrets/catalog.js';
import { FIXTURES } from './fixtures.js';
import { realKey } from './fake-keys.js';

describe('rule fixtures', () => {
  for (const fixture of FIXTURES) {
    describe(fixture.rule, () => {
      it('is a known rule with title, help and risk level', () => {
        expect(allRules()[fixture.rule]).toMatchObject({
          title: expect.any(String),
          help: expect.any(String),
          severity: expect.any(String),
        });
      });
      for (const c of fixture.ng) {
        it(`ng: ${c.name}`, async () => {
          const hits = await detectSecrets({ path: c.file, text: c.text });
          const mine = hits.filter((h) => h.rule === fixture.rule);
          expect(
            mine.map((h) => h.rule),
            JSON.stringify(hits.map((h) => h.rule)),
          ).toContain(fixture.rule);
          if (c.secret) expect(mine.map((h) => h.secret)).toContain(c.secret);
          for (const h of mine)
            expect(c.text.slice(h.start, h.end)).toBe(
              h.secret.includes('\n') || h.start === h.end
                ? c.text.slice(h.start, h.end)
                : h.secret,
            );
        });
      }
      for (const c of fixture.ok) {
        it(`ok: ${c.name}`, async () => {
          const hits = await detectSecrets({ path: c.file, text: c.text });
          expect(hits.map((h) => `${h.rule}:${c.text.slice(h.start, h.end)}`)).toEqual([]);
        });
      }
    });
  }
});

describe('real key material', () => {
  for (const kind of ['ed25519-pkcs8', 'rsa-pkcs8', 'openssh-ed25519', 'ec-sec1'] as const) {
    it(`detects a ${kind} key made by ssh-keygen/openssl`, async () => {
      const key = realKey(kind);
      const hits = await detectSecrets({ path: 'deploy/key', text: `# deploy key\n${key}` });
      expect(hits.map((h) => h.rule)).toEqual(['private-key']);
    });
  }
});
