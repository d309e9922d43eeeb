/**
 * The built bundles: the CLI in every output format, the Action's `secrets` sub-action under the
 * runner contract, and the pre-commit hook through Debian's pre-commit. The leak test plants a
 * secret of every rule family and asserts no secret (nor a long piece of one) reaches any channel.
 */
import { readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { detectSecrets } from '../../src/checks/secrets/engine.js';
import { preCommitVersion, tryRepo } from '../helpers/precommit.js';
import { REPO_ROOT, runAction, runCli } from '../helpers/run.js';
import { sarifErrors } from '../helpers/sarif.js';
import { webhookPayload } from '../helpers/webhooks.js';
import { FAKE, realKey } from './fake-keys.js';
import { FIXTURES } from './fixtures.js';
import { cleanupTemps, makeRepo, pushedLeak, tempDir, type Repo } from './helpers.js';

afterAll(cleanupTemps);

/** The official push example (the shared helper covers events with an action only). */
function officialPushExample(): Record<string, unknown> {
  const groups = createRequire(import.meta.url)('@octokit/webhooks-examples') as Array<{
    name: string;
    examples: Array<Record<string, unknown>>;
  }>;
  const example = groups.find((g) => g.name === 'push')?.examples[0];
  if (!example) throw new Error('no official push example');
  return structuredClone(example);
}

/** One repository holding every ng fixture (each in its own file), plus real keys. */
async function plantEverything(): Promise<{ repo: Repo; secrets: string[]; rules: Set<string> }> {
  const repo = makeRepo();
  const secrets = new Set<string>();
  const rules = new Set<string>();
  let n = 0;
  const plant = async (file: string, text: string): Promise<void> => {
    repo.write(file, text);
    for (const hit of await detectSecrets({ path: file, text })) {
      secrets.add(hit.secret);
      rules.add(hit.rule);
    }
  };
  for (const fixture of FIXTURES) {
    for (const c of fixture.ng) {
      n++;
      const dir = `planted/${String(n).padStart(3, '0')}-${fixture.rule}`;
      await plant(`${dir}/${path.basename(c.file)}`, c.text);
    }
  }
  await plant('keys/deploy_ed25519', realKey('openssh-ed25519'));
  await plant('keys/tls.key', realKey('ed25519-pkcs8'));
  repo.write(
    'k8s/secret.yaml',
    `kind: Secret\ndata:\n  token: ${Buffer.from(FAKE.anthropic).toString('base64')}\n`,
  );
  secrets.add(FAKE.anthropic);
  secrets.add(Buffer.from(FAKE.anthropic).toString('base64'));
  repo.commit('planted');
  return { repo, secrets: [...secrets], rules };
}

/** The secret, and every 12-character window of it: a partial leak is a leak. */
/** The secrets sub-action on an official pull_request payload for base...head. */
function secretsOnPullRequest(
  repo: Repo,
  action: 'opened' | 'synchronize',
  base: string,
  head: string,
  inputs: Record<string, string> = {},
) {
  const event = webhookPayload('pull_request', action, (p) => {
    p.pull_request.base.sha = base;
    p.pull_request.head.sha = head;
  });
  return runAction({
    entry: 'secrets',
    workspace: repo.root,
    eventName: 'pull_request',
    event,
    inputs,
  });
}

function leakProbes(secrets: string[]): string[] {
  const probes = new Set<string>();
  for (const secret of secrets) {
    const body = secret.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
    probes.add(secret);
    // From offset 6: findings may show a public prefix (at most 12 characters, e.g. `sk-ant-admin`).
    for (let i = 6; i + 12 <= body.length; i += 6) {
      const window = body.slice(i, i + 12);
      // Windows that are format prefixes or filler are not secret material.
      if (/^[A-Za-z]+$/.test(window) || /(.)\1{3}/.test(window)) continue;
      probes.add(window);
    }
  }
  return [...probes];
}

function expectNoLeak(channel: string, text: string, probes: string[]): void {
  const leaked = probes.filter((p) => text.includes(p));
  expect(leaked, `${channel} leaks ${leaked.length} secret piece(s)`).toEqual([]);
}

describe('CLI bundle', () => {
  it('leak test: every rule family planted, no secret in text, json, sarif, --output or --audit-log', async () => {
    const { repo, secrets, rules } = await plantEverything();
    expect(rules.size).toBeGreaterThanOrEqual(FIXTURES.length);
    const probes = leakProbes(secrets);
    const out = tempDir();
    for (const format of ['text', 'json', 'sarif'] as const) {
      const output = path.join(out, `report.${format}`);
      const audit = path.join(out, `audit-${format}.jsonl`);
      const r = runCli(['secrets', '--format', format, '--output', output, '--audit-log', audit], {
        cwd: repo.root,
      });
      expect(r.code, r.stderr).toBe(1);
      for (const [channel, text] of [
        ['stdout', r.stdout],
        ['stderr', r.stderr],
        ['output', readFileSync(output, 'utf8')],
        ['audit', readFileSync(audit, 'utf8')],
      ] as const) {
        expectNoLeak(`${format} ${channel}`, text, probes);
      }
      if (format === 'json') {
        const report = JSON.parse(readFileSync(output, 'utf8'));
        const found = new Set(report.findings.map((f: { rule: string }) => f.rule));
        for (const rule of rules) expect(found, rule).toContain(rule);
      }
      if (format === 'sarif') {
        const sarif = JSON.parse(readFileSync(output, 'utf8'));
        expect(sarifErrors(sarif)).toBeUndefined();
        const results = sarif.runs[0].results as Array<{
          partialFingerprints: Record<string, string>;
          ruleId: string;
        }>;
        expect(results.length).toBeGreaterThan(rules.size);
        for (const result of results)
          expect(Object.values(result.partialFingerprints)[0]).toMatch(/^[0-9a-f]{32}/);
      }
    }
  });

  it('scans a large tree through worker threads with the same results as one thread', async () => {
    const repo = makeRepo();
    for (let i = 0; i < 700; i++) {
      repo.write(
        `src/m${i}.ts`,
        i % 100 === 7 ? `export const k = '${FAKE.replicate}';\n` : `export const v${i} = ${i};\n`,
      );
    }
    repo.commit('many');
    const r = runCli(['secrets', '--format', 'json'], { cwd: repo.root });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { file: string }) => f.file).sort()).toEqual(
      [7, 107, 207, 307, 407, 507, 607].map((i) => `src/m${i}.ts`).sort(),
    );
    expect(report.checks[0].details.files).toBe(700);
  });

  it('bad input gives a reported skip or exit 2 with one line, never a crash', () => {
    const repo = makeRepo();
    writeFileSync(path.join(repo.root, 'huge.bin'), 'x');
    truncateSync(path.join(repo.root, 'huge.bin'), 100 * 1024 * 1024);
    repo.write('bytes.txt', Buffer.from([0xff, 0xfe, 0x41, 0x0a]));
    const skipped = runCli(['secrets', '--format', 'json'], { cwd: repo.root });
    expect(skipped.code, skipped.stderr).toBe(0);
    expect(
      JSON.parse(skipped.stdout).findings.map(
        (f: { rule: string; file: string }) => `${f.rule}:${f.file}`,
      ),
    ).toEqual(['scan-skipped:huge.bin']);

    repo.write('.pipeguard/secrets-ignore', '- fingerprint: nothex\n  reason: x\n');
    const bad = runCli(['secrets'], { cwd: repo.root });
    expect(bad.code).toBe(2);
    expect(bad.stdout + bad.stderr).toMatch(
      /\.pipeguard\/secrets-ignore:1:\d+: fingerprint must be/,
    );
    expect(bad.stdout + bad.stderr).not.toMatch(/\n\s+at /);

    rmSync(path.join(repo.root, '.pipeguard'), { recursive: true });
    const badRange = runCli(['secrets', '--diff', 'nope...HEAD'], { cwd: repo.root });
    expect(badRange.code).toBe(2);
    expect(badRange.stdout + badRange.stderr).toMatch(/commit nope is not in this repository/);
  });
});

describe('Action bundle: secrets sub-action', () => {
  it('declares node24 over the shared bundle and inputs for every option', () => {
    const action = parseYaml(readFileSync(path.join(REPO_ROOT, 'secrets', 'action.yml'), 'utf8'));
    expect(action.runs).toEqual({ using: 'node24', main: '../dist/action/secrets.js' });
    for (const input of [
      'staged',
      'diff',
      'history',
      'tree',
      'baseline',
      'write-baseline',
      'ignore-file',
      'max-file-size',
      'paths',
      'config',
      'working-directory',
      'format',
      'output',
      'audit-log',
      'fail-on',
    ]) {
      expect(action.inputs, input).toHaveProperty(input);
    }
  });

  it('on pull_request annotates only the added lines, masks every value, and leaks nothing', () => {
    const repo = makeRepo();
    repo.write('app/config.env', `EXISTING=${FAKE.github}\n`);
    const base = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('app/config.env', `EXISTING=${FAKE.github}\nLLM_KEY=${FAKE.anthropic}\n`);
    repo.write(
      'k8s/secret.yaml',
      `kind: Secret\ndata:\n  hf: ${Buffer.from(FAKE.hfOrg).toString('base64')}\n`,
    );
    const head = repo.commit('feature');
    const result = secretsOnPullRequest(repo, 'opened', base, head);
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.outputs).toMatchObject({ status: 'fail', findings: '2', mode: 'history' });
    const located = result.annotations
      .filter((a) => a.properties.file)
      .map((a) => `${a.properties.file}:${a.properties.line}`);
    expect(located.sort()).toEqual(['app/config.env:2', 'k8s/secret.yaml:3']);
    const encoded = Buffer.from(FAKE.hfOrg).toString('base64');
    expect(result.masked).toEqual(expect.arrayContaining([FAKE.anthropic, FAKE.hfOrg, encoded]));
    // ::add-mask:: lines hand values to the runner, which removes them from the log: all else must be clean.
    const log = result.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    const probes = leakProbes([FAKE.anthropic, FAKE.hfOrg, encoded, FAKE.github]);
    for (const [channel, text] of [
      ['log', log],
      ['stderr', result.stderr],
      ['annotations', JSON.stringify(result.annotations)],
      ['summary', result.summary],
      ['report', result.reportText ?? ''],
      ['sarif', result.sarifText ?? ''],
    ] as const) {
      expectNoLeak(channel, text, probes);
    }
    // Values are masked before anything else is printed.
    const firstMask = result.stdout.indexOf('::add-mask::');
    const firstOther = result.stdout
      .split('\n')
      .findIndex((l) => l !== '' && !l.startsWith('::add-mask::'));
    expect(firstMask).toBe(0);
    expect(firstOther).toBeGreaterThan(0);
    expect(sarifErrors(JSON.parse(result.sarifText!))).toBeUndefined();
  });

  it('on pull_request scans every commit: a key added and removed inside the PR fails', () => {
    const repo = makeRepo();
    repo.write('app/config.env', 'A=1\n');
    const base = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('app/config.env', `A=1\nGROQ_API_KEY=${FAKE.groq}\n`);
    const leak = repo.commit('add the key');
    repo.write('app/config.env', 'A=1\n');
    repo.commit('remove the key again');
    repo.write('README.md', '# docs\n');
    const head = repo.commit('unrelated');
    const result = secretsOnPullRequest(repo, 'synchronize', base, head);
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.outputs).toMatchObject({ status: 'fail', findings: '1', mode: 'history' });
    expect(
      result.annotations
        .filter((a) => a.properties.file)
        .map((a) => `${a.properties.file}:${a.properties.line}: ${a.message}`),
    ).toEqual([
      expect.stringMatching(
        new RegExp(`^app/config\\.env:2: .*added in commit ${leak.slice(0, 12)}`),
      ),
    ]);
    // The summary says which commits were scanned: how many, and the range.
    const range = `${base.slice(0, 12)}..${head.slice(0, 12)}`;
    expect(result.summary).toContain(`3 commits (${range})`);
    const report = JSON.parse(result.reportText!) as {
      checks: Array<{ details: Record<string, unknown> }>;
    };
    expect(report.checks[0]!.details).toMatchObject({
      mode: 'history',
      commits: { count: 3, range },
    });
    expectNoLeak('summary', result.summary, leakProbes([FAKE.groq]));

    // The net diff of the PR, still available through the diff input, sees nothing.
    const netDiff = secretsOnPullRequest(repo, 'synchronize', base, head, {
      diff: `${base}...${head}`,
    });
    expect(netDiff.outputs).toMatchObject({ status: 'pass', mode: 'diff' });
  });

  it('on push scans the pushed commits', () => {
    const { repo, before, after } = pushedLeak(`GROQ_API_KEY=${FAKE.groq}`);
    const event = { ...officialPushExample(), before, after };
    const result = runAction({ entry: 'secrets', workspace: repo.root, eventName: 'push', event });
    expect(result.outputs).toMatchObject({ status: 'fail', mode: 'history' });
    expect(
      result.annotations
        .filter((a) => a.properties.file)
        .map((a) => `${a.properties.file}:${a.properties.line}`),
    ).toEqual(['a.env:2']);
  });
});

describe('pre-commit hook pipeguard-secrets', () => {
  it('is declared for staged content only', () => {
    const hooks = parseYaml(
      readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8'),
    ) as Array<Record<string, unknown>>;
    expect(hooks.find((h) => h.id === 'pipeguard-secrets')).toMatchObject({
      entry: 'dist/cli/index.js secrets --staged',
      language: 'script',
      pass_filenames: false,
    });
  });

  it.skipIf(!preCommitVersion())(
    'blocks a commit that stages a key and lets a clean one through (real pre-commit)',
    () => {
      const repo = makeRepo();
      repo.write('README.md', '# project\n');
      repo.commit('init');
      repo.write('settings.py', `OPENAI_API_KEY = "${FAKE.openai}"\n`);
      repo.git('add', 'settings.py');
      const blocked = tryRepo(repo.root, 'pipeguard-secrets');
      expect(blocked.code, blocked.stdout + blocked.stderr).toBe(1);
      expect(blocked.stdout).toMatch(/pipeguard secrets\.+Failed/);
      expect(blocked.stdout).toContain('settings.py');
      expectNoLeak('pre-commit output', blocked.stdout + blocked.stderr, leakProbes([FAKE.openai]));

      repo.git('reset', '-q', 'settings.py');
      repo.write('settings.py', 'OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]\n');
      repo.git('add', 'settings.py');
      const clean = tryRepo(repo.root, 'pipeguard-secrets');
      expect(clean.code, clean.stdout + clean.stderr).toBe(0);
      expect(clean.stdout).toMatch(/pipeguard secrets\.+Passed/);
    },
    900_000,
  );
});
