/**
 * OSV records (https://ossf.github.io/osv-schema/) and the one question asked of them: does this
 * advisory affect this exact package version? Versions are compared with each ecosystem's own
 * rules through its library (PEP 440 via @renovatebot/pep440 for PyPI, semver for npm); ranges
 * of type ECOSYSTEM and SEMVER are evaluated as the schema's pseudo-code says (introduced / fixed /
 * last_affected / limit events), explicit `versions` lists by equality. A range that cannot be
 * evaluated (an event version the ecosystem cannot read) counts as affecting: fail closed.
 */
import * as pep440 from '@renovatebot/pep440';
import { fromVector } from 'ae-cvss-calculator';
import semver from 'semver';
import type { Severity } from '../../report/model.js';
import { InputError } from '../../util/errors.js';
import { normalizePypiName, type Dependency, type Ecosystem } from './manifests.js';

export interface OsvEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}

export interface OsvRange {
  type?: string;
  events?: OsvEvent[];
}

export interface OsvAffected {
  package?: { ecosystem?: string; name?: string; purl?: string };
  ranges?: OsvRange[];
  versions?: string[];
  database_specific?: Record<string, unknown>;
  ecosystem_specific?: Record<string, unknown>;
}

export interface OsvVulnerability {
  id: string;
  aliases?: string[];
  summary?: string;
  modified?: string;
  withdrawn?: string;
  severity?: Array<{ type?: string; score?: string }>;
  affected?: OsvAffected[];
  database_specific?: Record<string, unknown>;
}

/** An ecosystem's version order: compare, or undefined when either version cannot be read. */
export interface VersionOrder {
  valid(version: string): boolean;
  compare(a: string, b: string): number;
}

export const VERSION_ORDER: Record<Ecosystem, VersionOrder> = {
  PyPI: {
    valid: (v) => pep440.valid(v) !== null,
    compare: (a, b) => pep440.compare(a, b),
  },
  npm: {
    valid: (v) => semver.valid(v) !== null,
    compare: (a, b) => semver.compare(a, b),
  },
};

export function samePackage(ecosystem: Ecosystem, a: string, b: string): boolean {
  return ecosystem === 'PyPI' ? normalizePypiName(a) === normalizePypiName(b) : a === b;
}

/** Exact version equality in the ecosystem (PEP 440: `1.0` == `1.0.0`). */
export function sameVersion(ecosystem: Ecosystem, a: string, b: string): boolean {
  const order = VERSION_ORDER[ecosystem];
  if (a === b) return true;
  return order.valid(a) && order.valid(b) && order.compare(a, b) === 0;
}

export interface RangeMatch {
  affected: boolean;
  /** `fixed` events of the ranges that affect the version. */
  fixed: string[];
  /** Set when a range could not be evaluated and was counted as affecting. */
  unreadable?: string;
}

/**
 * Does one OSV range affect `version`? The schema's evaluation: events sorted by version
 * (`introduced: "0"` first), affected from an introduced at or below the version until a fixed at
 * or below it, or a last_affected below it; a `limit` caps the range (exclusive).
 */
export function rangeAffects(order: VersionOrder, range: OsvRange, version: string): RangeMatch {
  const events = range.events ?? [];
  const versionOf = (e: OsvEvent): string | undefined =>
    e.introduced ?? e.fixed ?? e.last_affected ?? e.limit;
  for (const e of events) {
    const v = versionOf(e);
    if (v === undefined)
      return { affected: true, fixed: [], unreadable: 'an event has no version' };
    if (!(e.introduced === '0' || (e.limit === '*' && v === '*')) && !order.valid(v))
      return { affected: true, fixed: [], unreadable: `event version ${v} is not a valid version` };
  }
  // `introduced: "0"` sorts before every version, `limit: "*"` after.
  const special = (e: OsvEvent): number => (e.introduced === '0' ? -1 : e.limit === '*' ? 1 : 0);
  // At one version, `introduced` comes first: `introduced: v, fixed: v` is the empty interval and
  // `introduced: v, last_affected: v` is v alone, whatever order the advisory lists them in.
  const startsFirst = (e: OsvEvent): number => (e.introduced !== undefined ? 0 : 1);
  const sorted = [...events].sort((a, b) => {
    const sa = special(a);
    const sb = special(b);
    if (sa || sb) return sa - sb;
    return order.compare(versionOf(a)!, versionOf(b)!) || startsFirst(a) - startsFirst(b);
  });
  const cmp = (v: string): number => order.compare(version, v);
  let affected = false;
  for (const e of sorted) {
    if (e.introduced !== undefined) {
      if (e.introduced === '0' || cmp(e.introduced) >= 0) affected = true;
    } else if (e.fixed !== undefined) {
      if (cmp(e.fixed) >= 0) affected = false;
    } else if (e.last_affected !== undefined) {
      if (cmp(e.last_affected) > 0) affected = false;
    }
  }
  const limits = events.filter((e) => e.limit !== undefined).map((e) => e.limit!);
  if (affected && limits.length && !limits.some((l) => l === '*' || cmp(l) < 0)) affected = false;
  return {
    affected,
    fixed: affected ? events.filter((e) => e.fixed !== undefined).map((e) => e.fixed!) : [],
  };
}

export interface AdvisoryMatch {
  vulnerability: OsvVulnerability;
  fixed: string[];
  unreadable?: string;
}

/** Whether the advisory affects the dependency (its package entries for this name only). */
export function advisoryAffects(
  vulnerability: OsvVulnerability,
  dependency: Pick<Dependency, 'ecosystem' | 'name' | 'version'>,
): AdvisoryMatch | undefined {
  if (vulnerability.withdrawn) return undefined;
  const { ecosystem, name, version } = dependency;
  const order = VERSION_ORDER[ecosystem];
  const versionReadable = order.valid(version);
  let hit = false;
  const fixed = new Set<string>();
  let unreadable: string | undefined;
  for (const affected of vulnerability.affected ?? []) {
    const pkg = affected.package;
    if (!pkg || pkg.ecosystem !== ecosystem || typeof pkg.name !== 'string') continue;
    if (!samePackage(ecosystem, pkg.name, name)) continue;
    if ((affected.versions ?? []).some((v) => sameVersion(ecosystem, v, version))) hit = true;
    for (const range of affected.ranges ?? []) {
      if (range.type !== 'ECOSYSTEM' && range.type !== 'SEMVER') continue;
      if (!versionReadable) {
        // The pin itself is no version the ecosystem orders: the range cannot clear it.
        hit = true;
        unreadable = `version ${version} cannot be ordered by ${ecosystem} rules`;
        continue;
      }
      const match = rangeAffects(order, range, version);
      if (match.affected) {
        hit = true;
        match.fixed.forEach((f) => fixed.add(f));
        unreadable ??= match.unreadable;
      }
    }
  }
  if (!hit) return undefined;
  return { vulnerability, fixed: [...fixed], ...(unreadable ? { unreadable } : {}) };
}

const GHSA_SEVERITY: Record<string, Severity> = {
  LOW: 'low',
  MODERATE: 'medium',
  MEDIUM: 'medium',
  HIGH: 'high',
  CRITICAL: 'critical',
};

/**
 * Our severity for an advisory: the database's own rating (`database_specific.severity`, as
 * GitHub's advisories carry it), else the highest CVSS base score among `severity` vectors
 * (v2, v3.x, v4 through ae-cvss-calculator) on CVSS's qualitative scale. Undefined when neither is
 * published.
 */
export function severityOf(vulnerability: OsvVulnerability): Severity | undefined {
  const ratings = [
    vulnerability.database_specific?.severity,
    ...(vulnerability.affected ?? []).flatMap((a) => [
      a.database_specific?.severity,
      a.ecosystem_specific?.severity,
    ]),
  ];
  for (const rating of ratings) {
    if (typeof rating === 'string' && GHSA_SEVERITY[rating.toUpperCase()])
      return GHSA_SEVERITY[rating.toUpperCase()];
  }
  let best: number | undefined;
  for (const entry of vulnerability.severity ?? []) {
    const score = cvssBaseScore(entry.score);
    if (score !== undefined && (best === undefined || score > best)) best = score;
  }
  if (best === undefined) return undefined;
  if (best >= 9) return 'critical';
  if (best >= 7) return 'high';
  if (best >= 4) return 'medium';
  return 'low';
}

export function cvssBaseScore(vector: string | undefined): number | undefined {
  if (typeof vector !== 'string' || vector.length > 300) return undefined;
  try {
    const parsed = fromVector(vector) as { calculateScores(): { base?: number } } | null;
    const base = parsed?.calculateScores().base;
    return typeof base === 'number' && Number.isFinite(base) ? base : undefined;
  } catch {
    return undefined;
  }
}

/** OSV ids are short tokens (GHSA-xxxx-xxxx-xxxx, PYSEC-2021-1, CVE-…): nothing to escape into a URL path. */
export function isAdvisoryId(id: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._:-]{1,127}$/.test(id);
}

/** The record's required shape: what the matcher and the report read. */
export function checkRecord(value: unknown, where: string, expectedId?: string): OsvVulnerability {
  const record = value as OsvVulnerability | null;
  if (!record || typeof record !== 'object' || Array.isArray(record))
    throw new InputError('OSV record is not a JSON object', where);
  if (typeof record.id !== 'string' || !isAdvisoryId(record.id))
    throw new InputError('OSV record has no valid `id`', where);
  if (expectedId !== undefined && record.id !== expectedId)
    throw new InputError(`OSV record for ${expectedId} has id ${record.id}`, where);
  if (record.affected !== undefined && !Array.isArray(record.affected))
    throw new InputError(`OSV record ${record.id}: \`affected\` is not a list`, where);
  if (record.aliases !== undefined && !Array.isArray(record.aliases))
    throw new InputError(`OSV record ${record.id}: \`aliases\` is not a list`, where);
  for (const affected of record.affected ?? []) {
    if (!affected || typeof affected !== 'object')
      throw new InputError(
        `OSV record ${record.id}: an \`affected\` entry is not an object`,
        where,
      );
    for (const range of affected.ranges ?? []) {
      if (
        !range ||
        typeof range !== 'object' ||
        (range.events !== undefined && !Array.isArray(range.events))
      )
        throw new InputError(`OSV record ${record.id}: a range has no event list`, where);
    }
    if (affected.versions !== undefined && !Array.isArray(affected.versions))
      throw new InputError(`OSV record ${record.id}: \`versions\` is not a list`, where);
  }
  return record;
}
