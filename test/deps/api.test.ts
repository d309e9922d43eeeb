/** deps online: a loopback OSV API in the documented shape, real files, the CLI as a process. */
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { runDeps } from '../../src/checks/deps/index.js';
import type { OsvVulnerability } from '../../src/checks/deps/osv.js';
import { createContext } from '../../src/engine.js';
import { tempRepo, type TempRepo } from '../helpers/repo.js';
import { CLI_BUNDLE, cleanEnv } from '../helpers/run.js';
import { fakeOsv, type FakeOsv } from './osv-server.js';

const quiet = { info: () => undefined, warn: () => undefined, debug: () => undefined };

export const RECORDS: OsvVulnerability[] = [
  {
    id: 'GHSA-cpwx-vrp4-4pq7',
    aliases: ['CVE-2025-27516'],
    summary: 'Jinja sandbox breakout through attr filter selecting format method',
    affected: [
      {
        package: { ecosystem: 'PyPI', name: 'jinja2' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.1.6' }] }],
      },
    ],
    database_specific: { severity: 'MODERATE' },
  },
  {
    id: 'PYSEC-2021-142',
    aliases: ['CVE-2020-14343', 'GHSA-8q59-q68h-6hv4'],
    affected: [
      {
        package: { ecosystem: 'PyPI', name: 'pyyaml' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '5.4' }] }],
      },
    ],
  },
  {
    id: 'GHSA-8q59-q68h-6hv4',
    aliases: ['CVE-2020-14343', 'PYSEC-2021-142'],
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
    affected: [
      {
        package: { ecosystem: 'PyPI', name: 'PyYAML' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '5.4' }] }],
      },
    ],
  },
  {
    id: 'GHSA-35jh-r3h4-6jhm',
    aliases: ['CVE-2021-23337'],
    summary: 'Command Injection in lodash',
    affected: [
      {
        package: { ecosystem: 'npm', name: 'lodash' },
        ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }],
      },
    ],
    database_specific: { severity: 'HIGH' },
  },
];

const LOCK = JSON.stringify(
  {
    lockfileVersion: 3,
    packages: {
      '': { name: 'web' },
      'node_modules/lodash': { version: '4.17.20', resolved: 'https://r/l.tgz' },
      'node_modules/ms': { version: '2.1.3', resolved: 'https://r/m.tgz' },
    },
  },
  null,
  2,
);

let repo: TempRepo | undefined;
let server: FakeOsv | undefined;
afterEach(async () => {
  repo?.cleanup();
  await server?.close();
  repo = undefined;
  server = undefined;
});

async function setup(extraConfig = '', pageSize?: number) {
  server = await fakeOsv(RECORDS, pageSize);
  repo = tempRepo({
    '.pipeguard.yml': `version: 1\ndeps:\n  osv-api: ${server.url}\n  timeout-seconds: 2\n${extraConfig}`,
    'requirements.txt': 'jinja2==3.1.5\nPyYAML==5.3.1\nnumpy==2.1.3\nrequests>=2\n',
    'web/package-lock.json': LOCK,
  });
  const ctx = await createContext({ root: repo.dir, env: {}, log: quiet });
  return ctx;
}

describe('deps against the OSV API', () => {
  it('reports every affected pin with ids, aliases, severity, fixed versions and file:line', async () => {
    const ctx = await setup();
    const result = await runDeps(ctx, { positionals: [], values: {} }, { reportUnpinned: true });
    expect(result.status).toBe('fail');
    const vulns = result.findings.filter((f) => f.rule === 'vulnerable-dependency');
    expect(vulns.map((f) => [f.file, f.line, f.severity])).toEqual([
      ['requirements.txt', 1, 'medium'],
      ['requirements.txt', 2, 'critical'],
      ['web/package-lock.json', 7, 'high'],
    ]);
    expect(vulns[1]!.message).toBe(
      'PyYAML 5.3.1 is affected by GHSA-8q59-q68h-6hv4 (CVE-2020-14343, PYSEC-2021-142); fixed in 5.4',
    );
    expect(vulns[2]!.message).toContain(
      'lodash 4.17.20 is affected by GHSA-35jh-r3h4-6jhm (CVE-2021-23337): Command Injection in lodash; fixed in 4.17.21',
    );
    expect(result.findings.find((f) => f.rule === 'unpinned-requirement')).toMatchObject({
      line: 4,
    });
    // One batch (distinct packages), then one GET per advisory id.
    const batches = server!.requests.filter((r) => r.path === '/v1/querybatch');
    expect(batches).toHaveLength(1);
    expect((batches[0]!.body as { queries: unknown[] }).queries).toHaveLength(5);
    expect(
      server!.requests
        .filter((r) => r.method === 'GET')
        .map((r) => r.path)
        .sort(),
    ).toEqual([
      '/v1/vulns/GHSA-35jh-r3h4-6jhm',
      '/v1/vulns/GHSA-8q59-q68h-6hv4',
      '/v1/vulns/GHSA-cpwx-vrp4-4pq7',
      '/v1/vulns/PYSEC-2021-142',
    ]);
    expect(result.outputs).toMatchObject({ vulnerable: '3' });
  });

  it('follows next_page_token until every page is read', async () => {
    const ctx = await setup('', 1);
    const result = await runDeps(
      ctx,
      { positionals: ['requirements.txt'], values: {} },
      { reportUnpinned: false },
    );
    const pages = server!.requests.filter((r) => r.path === '/v1/querybatch');
    expect(pages).toHaveLength(2);
    expect((pages[1]!.body as { queries: Array<{ page_token?: string }> }).queries).toEqual([
      expect.objectContaining({ package: { ecosystem: 'PyPI', name: 'PyYAML' }, page_token: '1' }),
    ]);
    expect(result.findings.filter((f) => f.rule === 'vulnerable-dependency')).toHaveLength(2);
  });

  it.each([
    [
      'an HTTP 500',
      { path: /querybatch/, kind: 'status' as const, status: 500 },
      /answered HTTP 500/,
    ],
    [
      'a 429 on a record',
      { path: /vulns/, kind: 'status' as const, status: 429 },
      /answered HTTP 429/,
    ],
    ['a truncated answer', { path: /querybatch/, kind: 'garbage' as const }, /not JSON/],
    [
      'too few results',
      { path: /querybatch/, kind: 'wrong-count' as const },
      /answered 4 results for 5 queries/,
    ],
    ['no answer (timeout)', { path: /querybatch/, kind: 'hang' as const }, /no answer within 2 s/],
  ])('fails closed on %s: an input error, never a pass', async (_label, fault, message) => {
    const ctx = await setup();
    server!.fault = fault;
    await expect(
      runDeps(ctx, { positionals: [], values: {} }, { reportUnpinned: true }),
    ).rejects.toThrow(message);
  });

  it('--offline-by-default (the pre-commit hook) asks the API only when the config names it', async () => {
    const ctx = await setup();
    const named = await runDeps(
      ctx,
      { positionals: [], values: { 'offline-by-default': true } },
      { reportUnpinned: true },
    );
    expect(named.findings.filter((f) => f.rule === 'vulnerable-dependency')).toHaveLength(3);
    const asked = server!.requests.length;
    expect(asked).toBeGreaterThan(0);

    // The same repository with no API named: no request, the pins read, the lookup said skipped.
    repo!.write({ '.pipeguard.yml': 'version: 1\n' });
    const warnings: string[] = [];
    const bare = await createContext({
      root: repo!.dir,
      env: {},
      log: { ...quiet, warn: (m: string) => warnings.push(m) },
    });
    const skipped = await runDeps(
      bare,
      { positionals: [], values: { 'offline-by-default': true } },
      { reportUnpinned: true },
    );
    expect(server!.requests.length).toBe(asked);
    expect(skipped.status).toBe('fail'); // the unpinned requests>=2 (medium) still counts
    expect(skipped.findings.map((f) => f.rule)).toEqual(['unpinned-requirement']);
    expect(skipped.summary).toMatch(
      /^5 pinned dependencies in 2 manifest\(s\) read; advisories NOT looked up \(offline by default: configure deps.osv-db or deps.osv-api\)/,
    );
    expect(warnings).toEqual([expect.stringMatching(/^deps: advisories not looked up/)]);
  });

  it('an unreachable API is an error too', async () => {
    const ctx = await setup();
    await server!.close();
    await expect(
      runDeps(
        ctx,
        { positionals: [], values: { 'osv-api': server!.url } },
        { reportUnpinned: true },
      ),
    ).rejects.toThrow(/OSV API request failed/);
    server = undefined;
  });
});

function runCliAsync(
  args: string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI_BUNDLE, ...args], { cwd, env: cleanEnv() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('pipeguard deps (the built CLI)', () => {
  it('exit 1 with findings at file:line; exit 2 with one line when the API fails', async () => {
    await setup();
    repo!.commitAll('project');
    const found = await runCliAsync(['deps', '--format', 'json'], repo!.dir);
    expect(found.code, found.stderr).toBe(1);
    const report = JSON.parse(found.stdout);
    expect(report.checks[0].check).toBe('deps');
    expect(
      report.findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`),
    ).toContain('web/package-lock.json:7');
    server!.fault = { path: /querybatch/, kind: 'status', status: 503 };
    const failed = await runCliAsync(['deps'], repo!.dir);
    expect(failed.code).toBe(2);
    expect(failed.stdout + failed.stderr).toMatch(/OSV API answered HTTP 503/);
    expect(failed.stdout + failed.stderr).not.toMatch(/\n\s+at /);
  });

  it('`pipeguard check` runs deps when configured; unpinned lines are the checklist finding only', async () => {
    await setup();
    repo!.commitAll('project');
    const run = await runCliAsync(['check', '--format', 'json'], repo!.dir);
    const report = JSON.parse(run.stdout);
    expect(report.checks.map((c: { check: string }) => c.check)).toContain('deps');
    const atLine4 = report.findings.filter(
      (f: { file: string; line: number }) => f.file === 'requirements.txt' && f.line === 4,
    );
    expect(atLine4.map((f: { check: string; rule: string }) => `${f.check}/${f.rule}`)).toEqual([
      'checklist/requirements-unpinned',
    ]);
  });
});
