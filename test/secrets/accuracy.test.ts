/**
 * Recall and precision per family on the corpus (test/secrets/corpus.ts): every family has at
 * least five true cases and five look-alikes, is found at recall ≥ 0.90 and raises no more than
 * one false alarm in twenty (precision ≥ 0.95). `bench/secrets-accuracy` prints the same figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { familyRows } from '../../src/checks/secrets/catalog.js';
import { measureAccuracy, type Accuracy } from './accuracy.js';
import { CORPUS_RULES } from './corpus.js';

let accuracy: Accuracy;

beforeAll(async () => {
  accuracy = await measureAccuracy();
  if (process.env.PIPEGUARD_ACCURACY_REPORT) {
    const { formatAccuracy } = await import('./accuracy.js');
    console.log(`\n${formatAccuracy(accuracy)}\n`);
  }
}, 300_000);

describe('secret detection accuracy on the corpus', () => {
  it('has at least 5 true cases and 5 look-alikes for every family', () => {
    const thin = accuracy.families
      .filter((s) => s.positives > 0)
      .filter((s) => s.positives < 5 || s.lookAlikes < 5)
      .map((s) => `${s.family}: ${s.positives} / ${s.lookAlikes}`);
    expect(thin).toEqual([]);
  });

  it('covers every rule family pipeguard has (but the preset-only forms tested in fixtures)', () => {
    const covered = new Set(CORPUS_RULES);
    const families = new Map(familyRows().map((r) => [r.id, r]));
    const missing = [...families.values()]
      .filter((r) => r.origin.includes('pipeguard') && !covered.has(r.id))
      .map((r) => r.id);
    // These pipeguard rules are covered by the ok / ng fixtures (fixtures.ts; pkcs12.test.ts for
    // the binary key stores) instead.
    expect(missing.sort()).toEqual(
      [
        'connection-string-password',
        'database-url-password',
        'npm-basic-auth',
        'pkcs12-file',
        'private-key',
        'putty-private-key',
      ].sort(),
    );
  });

  it('finds ≥ 0.90 of each family’s secrets', () => {
    const low = accuracy.families
      .filter((s) => s.recall < 0.9)
      .map((s) => `${s.family}: ${s.recall.toFixed(2)} ${s.misses.join('; ')}`);
    expect(low).toEqual([]);
  });

  it('keeps each family’s precision ≥ 0.95', () => {
    const low = accuracy.families
      .filter((s) => s.precision < 0.95)
      .map((s) => `${s.family}: ${s.precision.toFixed(2)} ${s.falseAlarms.join('; ')}`);
    expect(low).toEqual([]);
  });

  it('overall: recall ≥ 0.90 at precision ≥ 0.95', () => {
    expect(accuracy.overall.recall).toBeGreaterThanOrEqual(0.9);
    expect(accuracy.overall.precision).toBeGreaterThanOrEqual(0.95);
  });
});
