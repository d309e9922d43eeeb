/** OSV range evaluation against each ecosystem library's own comparison, and severity mapping. */
import * as pep440 from '@renovatebot/pep440';
import fc from 'fast-check';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { groupAliases } from '../../src/checks/deps/index.js';
import {
  advisoryAffects,
  rangeAffects,
  severityOf,
  VERSION_ORDER,
  type OsvVulnerability,
} from '../../src/checks/deps/osv.js';

const pepVersion = fc
  .tuple(
    fc.nat(3),
    fc.nat(12),
    fc.option(fc.nat(12)),
    fc.option(fc.constantFrom('a1', 'b2', 'rc1', '.post1', '.dev0')),
  )
  .map(([a, b, c, suffix]) => `${a}.${b}${c === null ? '' : `.${c}`}${suffix ?? ''}`);
const npmVersion = fc
  .tuple(fc.nat(3), fc.nat(12), fc.nat(12), fc.option(fc.constantFrom('alpha.1', 'beta.2', 'rc.1')))
  .map(([a, b, c, pre]) => `${a}.${b}.${c}${pre ? `-${pre}` : ''}`);

const ecosystems = [
  ['PyPI', pepVersion, (a: string, b: string) => pep440.compare(a, b)],
  ['npm', npmVersion, (a: string, b: string) => semver.compare(a, b)],
] as const;

describe.each(ecosystems)('%s ranges', (ecosystem, version, compare) => {
  const order = VERSION_ORDER[ecosystem];

  it('property: introduced/fixed is the half-open interval by the library order', () => {
    fc.assert(
      fc.property(version, version, version, (x, y, v) => {
        const [lo, hi] = compare(x, y) <= 0 ? [x, y] : [y, x];
        const got = rangeAffects(
          order,
          { type: 'ECOSYSTEM', events: [{ fixed: hi }, { introduced: lo }] },
          v,
        );
        expect(got.affected).toBe(compare(v, lo) >= 0 && compare(v, hi) < 0);
        if (got.affected) expect(got.fixed).toEqual([hi]);
      }),
    );
  });

  it('an interval whose introduced and fixed are one version is empty, in either order', () => {
    const [v] = fc.sample(version, { numRuns: 1, seed: 7 });
    for (const events of [
      [{ fixed: v! }, { introduced: v! }],
      [{ introduced: v! }, { fixed: v! }],
    ])
      expect(rangeAffects(order, { type: 'ECOSYSTEM', events }, v!).affected).toBe(false);
    expect(
      rangeAffects(
        order,
        { type: 'ECOSYSTEM', events: [{ last_affected: v! }, { introduced: v! }] },
        v!,
      ).affected,
    ).toBe(true);
  });

  it('property: last_affected is inclusive, introduced 0 is the start of time', () => {
    fc.assert(
      fc.property(version, version, (last, v) => {
        const got = rangeAffects(
          order,
          { type: 'SEMVER', events: [{ introduced: '0' }, { last_affected: last }] },
          v,
        );
        expect(got.affected).toBe(compare(v, last) <= 0);
      }),
    );
  });

  it('property: several intervals in one range are their union', () => {
    fc.assert(
      fc.property(fc.uniqueArray(version, { minLength: 4, maxLength: 4 }), version, (points, v) => {
        const [a, b, c, d] = [...points].sort(compare);
        if (compare(a!, b!) === 0 || compare(c!, d!) === 0 || compare(b!, c!) === 0) return;
        const events = [{ introduced: c! }, { fixed: b! }, { introduced: a! }, { fixed: d! }];
        const inside = (lo: string, hi: string) => compare(v, lo) >= 0 && compare(v, hi) < 0;
        expect(rangeAffects(order, { type: 'ECOSYSTEM', events }, v).affected).toBe(
          inside(a!, b!) || inside(c!, d!),
        );
      }),
    );
  });

  it('property: an explicit versions list matches by equality only', () => {
    fc.assert(
      fc.property(fc.array(version, { maxLength: 5 }), version, (listed, v) => {
        const record: OsvVulnerability = {
          id: 'OSV-1',
          affected: [{ package: { ecosystem, name: 'pkg' }, versions: listed }],
        };
        const hit = advisoryAffects(record, { ecosystem, name: 'pkg', version: v });
        expect(hit !== undefined).toBe(listed.some((l) => compare(l, v) === 0));
      }),
    );
  });

  it('an unreadable event version counts as affecting (fail closed) and says why', () => {
    const got = rangeAffects(
      order,
      { events: [{ introduced: '0' }, { fixed: 'not a version!' }] },
      '1.0.0',
    );
    expect(got.affected).toBe(true);
    expect(got.unreadable).toMatch(/not a valid version/);
  });

  it('a limit caps the range', () => {
    const v = ecosystem === 'npm' ? ['1.0.0', '2.0.0', '3.0.0'] : ['1.0', '2.0', '3.0'];
    const range = { events: [{ introduced: v[0]! }, { limit: v[1]! }] };
    expect(rangeAffects(order, range, v[0]!).affected).toBe(true);
    expect(rangeAffects(order, range, v[2]!).affected).toBe(false);
  });
});

describe('advisoryAffects', () => {
  const record: OsvVulnerability = {
    id: 'GHSA-8q59-q68h-6hv4',
    affected: [
      {
        package: { ecosystem: 'PyPI', name: 'PyYAML' },
        ranges: [
          { type: 'GIT', events: [{ introduced: '0' }] },
          { type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '5.4' }] },
        ],
      },
    ],
  };

  it('matches PyPI names PEP 503-normalised and compares PEP 440 versions', () => {
    expect(
      advisoryAffects(record, { ecosystem: 'PyPI', name: 'pyyaml', version: '5.3.1' }),
    ).toMatchObject({
      fixed: ['5.4'],
    });
    expect(
      advisoryAffects(record, { ecosystem: 'PyPI', name: 'py_yaml', version: '5.3.1' }),
    ).toBeUndefined();
    expect(
      advisoryAffects(record, { ecosystem: 'PyPI', name: 'PyYAML', version: '5.4.0' }),
    ).toBeUndefined();
    expect(
      advisoryAffects(record, { ecosystem: 'npm', name: 'PyYAML', version: '5.3.1' }),
    ).toBeUndefined();
  });

  it('a withdrawn advisory affects nothing', () => {
    expect(
      advisoryAffects(
        { ...record, withdrawn: '2024-01-01T00:00:00Z' },
        { ecosystem: 'PyPI', name: 'pyyaml', version: '5.3.1' },
      ),
    ).toBeUndefined();
  });

  it('a pin no PEP 440 order can read is affected by a range (it cannot be cleared)', () => {
    expect(
      advisoryAffects(record, { ecosystem: 'PyPI', name: 'pyyaml', version: 'banana' })?.unreadable,
    ).toMatch(/cannot be ordered/);
  });
});

describe('severity', () => {
  it('the database rating first (GHSA MODERATE → medium)', () => {
    expect(severityOf({ id: 'X', database_specific: { severity: 'MODERATE' } })).toBe('medium');
    expect(severityOf({ id: 'X', database_specific: { severity: 'critical' } })).toBe('critical');
  });

  it('else the highest CVSS base score (v3.1 and v4), on the qualitative scale', () => {
    expect(
      severityOf({
        id: 'X',
        severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
      }),
    ).toBe('critical');
    expect(
      severityOf({
        id: 'X',
        severity: [
          {
            type: 'CVSS_V4',
            score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N',
          },
          { type: 'CVSS_V3', score: 'CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N' },
        ],
      }),
    ).toBe('medium');
    expect(
      severityOf({
        id: 'X',
        severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N' }],
      }),
    ).toBe('low');
  });

  it('nothing published, or garbage vectors → undefined (the check applies deps.unknown-severity)', () => {
    expect(severityOf({ id: 'X' })).toBeUndefined();
    expect(
      severityOf({ id: 'X', severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/nonsense' }] }),
    ).toBeUndefined();
  });
});

describe('alias groups', () => {
  it('a PYSEC and a GHSA record of one CVE are one finding, led by the GHSA id', () => {
    const a: OsvVulnerability = {
      id: 'PYSEC-2021-142',
      aliases: ['CVE-2020-14343', 'GHSA-8q59-q68h-6hv4'],
    };
    const b: OsvVulnerability = {
      id: 'GHSA-8q59-q68h-6hv4',
      aliases: ['CVE-2020-14343'],
      database_specific: { severity: 'CRITICAL' },
      summary: 'Improper Input Validation\nin PyYAML',
    };
    const c: OsvVulnerability = { id: 'PYSEC-2020-96', aliases: ['CVE-2020-1747'] };
    const groups = groupAliases([
      { vulnerability: a, fixed: ['5.4'] },
      { vulnerability: b, fixed: ['5.4'] },
      { vulnerability: c, fixed: ['5.3.1'] },
    ]);
    expect(groups).toEqual([
      {
        id: 'GHSA-8q59-q68h-6hv4',
        aliases: ['CVE-2020-14343', 'PYSEC-2021-142'],
        summary: 'Improper Input Validation in PyYAML',
        severity: 'critical',
        fixed: ['5.4'],
      },
      { id: 'PYSEC-2020-96', aliases: ['CVE-2020-1747'], fixed: ['5.3.1'] },
    ]);
  });
});
