import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir, tempRepo, type TempRepo } from '../helpers/repo.js';
import { runCli } from '../helpers/run.js';

const EMAIL = 'jonas.tanaka@web.de';
const CARD = '4539 1488 0343 6467';
const IBAN = 'DE12500105170648489890';
const SSN = '536-22-8763';
const PHONE = '+1 415 867 5309';

const notebook = JSON.stringify(
  {
    cells: [
      {
        cell_type: 'code',
        source: ['# mail the report to dmitri.rossi@proton.me\n', 'print(df.head())\n'],
        outputs: [{ output_type: 'stream', name: 'stdout', text: [`customer ${EMAIL}\n`] }],
      },
    ],
    metadata: {},
    nbformat: 4,
    nbformat_minor: 5,
  },
  null,
  1,
);

let repo: TempRepo | undefined;
afterEach(() => repo?.cleanup());

function json(stdout: string) {
  return JSON.parse(stdout) as {
    status: string;
    findings: Array<{
      rule: string;
      file: string;
      line: number;
      message: string;
      fingerprint: string;
      suppressed?: unknown;
    }>;
  };
}

describe('pipeguard pii', () => {
  it('reports personal data in logs, fixtures and notebook outputs, masked, at file:line', () => {
    repo = tempRepo({
      'logs/app.log': `2026-12-01T10:00:00Z login user=${EMAIL}\n2026-12-01T10:00:01Z card=${CARD}\n`,
      'tests/fixtures/customers.csv': `name,iban,ssn,phone\nJonas,${IBAN},${SSN},${PHONE}\n`,
      'notebooks/eda.ipynb': notebook,
      // Code is not data: an address in a source file is not this check's business.
      'src/mailer.py': `TO = "${EMAIL}"\n`,
      'data/placeholders.jsonl':
        '{"email":"alice@example.com","phone":"(415) 555-0123","card":"4111 1111 1111 1111"}\n',
    });
    const r = runCli(['pii', '--format', 'json'], { cwd: repo.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = json(r.stdout);
    const where = report.findings.map((f) => `${f.rule} ${f.file}:${f.line}`).sort();
    expect(where).toEqual([
      'pii-email logs/app.log:1',
      'pii-email notebooks/eda.ipynb:14',
      'pii-iban tests/fixtures/customers.csv:2',
      'pii-payment-card logs/app.log:2',
      'pii-phone tests/fixtures/customers.csv:2',
      'pii-us-ssn tests/fixtures/customers.csv:2',
    ]);
    for (const value of [EMAIL, CARD, IBAN, SSN, PHONE, '4539148803436467', '536228763'])
      expect(r.stdout).not.toContain(value);
    expect(report.findings[0]!.message).toMatch(/…\[masked\]$/);
    // Every renderer masks: text and SARIF too.
    for (const format of ['text', 'sarif']) {
      const out = runCli(['pii', '--format', format], { cwd: repo.dir }).stdout;
      for (const value of [EMAIL, CARD, IBAN, SSN, PHONE]) expect(out).not.toContain(value);
    }
  });

  it('is part of pipeguard check, and an ignore entry suppresses one finding by fingerprint', () => {
    repo = tempRepo({ 'logs/app.log': `user=${EMAIL}\nssn=${SSN}\n` });
    const first = json(runCli(['check', '--format', 'json'], { cwd: repo.dir }).stdout);
    const email = first.findings.find((f) => f.rule === 'pii-email')!;
    expect(email).toBeDefined();
    repo.write({
      '.pipeguard/pii-ignore': `- fingerprint: ${email.fingerprint}\n  reason: synthetic customer of the demo data set\n`,
    });
    const r = runCli(['pii', '--format', 'json'], { cwd: repo.dir });
    const report = json(r.stdout);
    expect(report.findings.find((f) => f.rule === 'pii-email')!.suppressed).toBeTruthy();
    expect(report.findings.find((f) => f.rule === 'pii-us-ssn')!.suppressed).toBeUndefined();
    expect(r.code).toBe(1);
  });

  it('a clean data file passes; configured globs and disabled rules are honoured', () => {
    repo = tempRepo({
      'exports/people.txt': `mail ${EMAIL}\n`,
      'logs/ok.log': 'all fine, contact ops@example.com\n',
      '.pipeguard.yml': 'pii:\n  globs: ["exports/**"]\n  disable: [pii-phone]\n',
    });
    const r = runCli(['pii', '--format', 'json'], { cwd: repo.dir });
    expect(json(r.stdout).findings.map((f) => f.file)).toEqual(['exports/people.txt']);
    repo.write({ '.pipeguard.yml': 'pii:\n  globs: ["logs/**"]\n' });
    expect(runCli(['pii'], { cwd: repo.dir }).code).toBe(0);
    repo.write({ '.pipeguard.yml': 'pii:\n  disable: [pii-fax]\n' });
    const bad = runCli(['pii'], { cwd: repo.dir });
    expect(bad.code).toBe(2);
    expect(bad.stdout + bad.stderr).toMatch(/pii\.disable.*pii-fax/);
  });

  it('never follows a symlink out of the root: the link is reported as not scanned', () => {
    const outside = tempDir();
    try {
      writeFileSync(path.join(outside.dir, 'secret.log'), `user=${EMAIL}\n`);
      repo = tempRepo({ 'logs/keep.log': 'ok\n' });
      symlinkSync(path.join(outside.dir, 'secret.log'), path.join(repo.dir, 'logs', 'link.log'));
      repo.commitAll('link');
      const r = runCli(['pii', '--format', 'json'], { cwd: repo.dir });
      const report = json(r.stdout);
      expect(report.findings.map((f) => `${f.rule} ${f.file}`)).toEqual([
        'pii-scan-skipped logs/link.log',
      ]);
      expect(r.stdout).not.toContain(EMAIL);
      expect(runCli(['pii', 'logs/link.log'], { cwd: repo.dir }).code).toBe(2);
    } finally {
      outside.cleanup();
    }
  });

  it('a malformed notebook is scanned whole (fail closed); a named file is scanned whatever its name', () => {
    repo = tempRepo({
      'nb/broken.ipynb': `{"cells": [ "${EMAIL}"`,
      'notes/people.md': `${EMAIL}\n`,
    });
    const r = runCli(['pii', '--format', 'json'], { cwd: repo.dir });
    expect(json(r.stdout).findings.map((f) => f.file)).toEqual(['nb/broken.ipynb']);
    const named = runCli(['pii', 'notes/people.md', '--format', 'json'], { cwd: repo.dir });
    expect(json(named.stdout).findings.map((f) => f.file)).toEqual(['notes/people.md']);
  });
});
