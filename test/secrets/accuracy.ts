/**
 * Recall and precision of the detection engine on the corpus (test/secrets/corpus.ts), per family
 * and overall. Recall: the true cases a rule of the case's own family reports (the exact secret, at
 * its place). Precision: of all hits, those on a true secret; a hit anywhere else (a look-alike, or
 * beside the secret) is a false alarm, counted against the family of the rule that raised it.
 */
import { familyRows } from '../../src/checks/secrets/catalog.js';
import { detectSecrets, type Hit } from '../../src/checks/secrets/engine.js';
import { buildCorpus, type CorpusCase } from './corpus.js';

export interface FamilyScore {
  family: string;
  positives: number;
  lookAlikes: number;
  found: number;
  hits: number;
  correctHits: number;
  recall: number;
  precision: number;
  /** Up to a few cases that went wrong, for diagnosis (names only, never the text). */
  misses: string[];
  falseAlarms: string[];
}

export interface Accuracy {
  families: FamilyScore[];
  overall: Omit<FamilyScore, 'family' | 'misses' | 'falseAlarms'>;
}

export async function measureAccuracy(cases: CorpusCase[] = buildCorpus()): Promise<Accuracy> {
  const familyOf = new Map(familyRows().map((r) => [r.id, r.family]));
  const fam = (rule: string): string => familyOf.get(rule) ?? rule;
  const scores = new Map<string, FamilyScore>();
  const score = (family: string): FamilyScore => {
    let s = scores.get(family);
    if (!s) {
      s = {
        family,
        positives: 0,
        lookAlikes: 0,
        found: 0,
        hits: 0,
        correctHits: 0,
        recall: 1,
        precision: 1,
        misses: [],
        falseAlarms: [],
      };
      scores.set(family, s);
    }
    return s;
  };
  for (const c of cases) {
    const own = score(fam(c.rule));
    const hits: Hit[] = await detectSecrets({ path: c.file, text: c.text });
    const start = c.kind === 'ng' && c.secret ? c.text.indexOf(c.secret) : -1;
    const end = start + (c.secret?.length ?? 0);
    const spans = [
      [start, end],
      ...(c.also ?? []).map((a) => [c.text.indexOf(a), c.text.indexOf(a) + a.length]),
    ].filter(([s]) => s! >= 0) as [number, number][];
    const onSecret = (h: Hit): boolean => spans.some(([s, e]) => h.start < e && h.end > s);
    const onMain = (h: Hit): boolean => start >= 0 && h.start < end && h.end > start;
    if (c.kind === 'ng') {
      own.positives++;
      const found = hits.some((h) => onMain(h) && fam(h.rule) === own.family);
      if (found) own.found++;
      else if (own.misses.length < 5)
        own.misses.push(`${c.name} → [${hits.map((h) => h.rule).join(', ')}]`);
    } else own.lookAlikes++;
    for (const h of hits) {
      const s = score(fam(h.rule));
      s.hits++;
      if (onSecret(h)) s.correctHits++;
      else if (s.falseAlarms.length < 5) s.falseAlarms.push(`${h.rule} on ${c.name}`);
    }
  }
  const families = [...scores.values()].sort((a, b) => a.family.localeCompare(b.family));
  for (const s of families) {
    s.recall = s.positives ? s.found / s.positives : 1;
    s.precision = s.hits ? s.correctHits / s.hits : 1;
  }
  const sum = (k: 'positives' | 'lookAlikes' | 'found' | 'hits' | 'correctHits'): number =>
    families.reduce((n, s) => n + s[k], 0);
  const overall = {
    positives: sum('positives'),
    lookAlikes: sum('lookAlikes'),
    found: sum('found'),
    hits: sum('hits'),
    correctHits: sum('correctHits'),
    recall: sum('found') / sum('positives'),
    precision: sum('correctHits') / sum('hits'),
  };
  return { families, overall };
}

/** A plain-text table of the scores. */
export function formatAccuracy({ families, overall }: Accuracy): string {
  const pct = (n: number): string => n.toFixed(3);
  const lines = [
    'family | true cases | look-alikes | recall | precision',
    ...families
      .filter((s) => s.positives > 0 || s.hits > 0)
      .map(
        (s) =>
          `${s.family} | ${s.positives} | ${s.lookAlikes} | ${pct(s.recall)} | ${pct(s.precision)}`,
      ),
    `OVERALL (${families.filter((s) => s.positives > 0).length} families) | ${overall.positives} | ${overall.lookAlikes} | ${pct(overall.recall)} | ${pct(overall.precision)}`,
  ];
  return lines.join('\n');
}
