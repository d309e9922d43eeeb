import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCandidateSync } from '../../src/checks/secrets/files.js';
import { secretsCheck } from '../../src/checks/secrets/index.js';
import type { CheckResult } from '../../src/report/model.js';
import { FAKE } from './fake-keys.js';
import {
  cleanupTemps,
  gitIn,
  makeCtx,
  makeRepo,
  pushedLeak,
  repoAt,
  tempDir,
  type TestContext,
} from './helpers.js';

afterAll(cleanupTemps);

const command = secretsCheck.commands[0]!;
async function run(
  ctx: TestContext,
  values: Record<string, string | boolean> = {},
  positionals: string[] = [],
): Promise<CheckResult> {
  const [result] = await command.run(ctx, { positionals, values });
  return result!;
}
const where = (r: CheckResult): string[] =>
  r.findings.map((f) => `${f.rule}@${f.file}:${f.line}`).sort();

describe('tree mode', () => {
  it('scans tracked and untracked files, respects .gitignore, reports skips', async () => {
    const repo = makeRepo();
    repo.write('.gitignore', 'secret.local\n');
    repo.write('src/app.ts', `// config\nexport const k = '${FAKE.replicate}';\n`);
    repo.commit('init');
    repo.write('notes.txt', `token ${FAKE.github}\n`);
    repo.write('secret.local', `OPENAI_API_KEY=${FAKE.openai}\n`);
    repo.write(
      'image.png',
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), Buffer.from(FAKE.github)]),
    );
    const ctx = makeCtx(repo.root);
    const result = await run(ctx, { tree: true });
    expect(where(result)).toEqual(['github-token@notes.txt:1', 'replicate-api-token@src/app.ts:2']);
    expect(result.status).toBe('fail');
    expect(result.details).toMatchObject({ mode: 'tree', skipped: { binary: 1 } });
    expect(ctx.registered).toEqual(expect.arrayContaining([FAKE.github, FAKE.replicate]));
    expect(JSON.stringify(result)).not.toContain(FAKE.github);
  });

  it('walks a directory that is not a git repository', async () => {
    const dir = tempDir();
    repoAt(dir).write('a/b/c.env', `GROQ_API_KEY=${FAKE.groq}\n`);
    repoAt(dir).write('.git/config', `token=${FAKE.github}\n`);
    const result = await run(makeCtx(dir));
    expect(where(result)).toEqual(['groq-api-key@a/b/c.env:1']);
  });

  it('limits the scan to positional paths and refuses paths outside the root', async () => {
    const repo = makeRepo();
    repo.write('a/x.env', `GROQ_API_KEY=${FAKE.groq}\n`);
    repo.write('b/y.env', `GH=${FAKE.github}\n`);
    repo.commit('init');
    expect(where(await run(makeCtx(repo.root), {}, ['a']))).toEqual(['groq-api-key@a/x.env:1']);
    await expect(run(makeCtx(repo.root), {}, ['../elsewhere'])).rejects.toThrow(
      /leaves the scanned root/,
    );
  });

  it('bad input: 100 MB file, non-UTF-8 bytes, symlink outside the root, unreadable file — reported, no crash', async () => {
    const repo = makeRepo();
    const big = path.join(repo.root, 'big.log');
    writeFileSync(big, `GH=${FAKE.github}\n`);
    truncateSync(big, 100 * 1024 * 1024);
    repo.write(
      'latin1.txt',
      Buffer.concat([Buffer.from('caf\xe9 ', 'latin1'), Buffer.from(`key ${FAKE.replicate}\n`)]),
    );
    const outside = tempDir();
    writeFileSync(path.join(outside, 'target'), `GH=${FAKE.github}\n`);
    symlinkSync(path.join(outside, 'target'), path.join(repo.root, 'link'));
    repo.write('locked.txt', `GH=${FAKE.github}\n`);
    chmodSync(path.join(repo.root, 'locked.txt'), 0o000);
    const result = await run(makeCtx(repo.root));
    const skipped = result.findings
      .filter((f) => f.rule === 'scan-skipped')
      .map((f) => `${f.file}: ${f.message}`);
    expect(skipped.join('\n')).toMatch(/big\.log: not scanned: larger than the size cap/);
    expect(skipped.join('\n')).toMatch(
      /link: not scanned: symlink pointing outside the scanned root/,
    );
    if (process.getuid?.() !== 0)
      expect(skipped.join('\n')).toMatch(/locked\.txt: not scanned: unreadable/);
    expect(where(result)).toContain('replicate-api-token@latin1.txt:1');
    expect(result.details).toMatchObject({ nonUtf8Files: 1 });
    expect(result.findings.find((f) => f.rule === 'scan-skipped')?.severity).toBe('low');
  });

  it('honours --max-file-size', async () => {
    const repo = makeRepo();
    repo.write('a.env', `GROQ_API_KEY=${FAKE.groq}\n`);
    const result = await run(makeCtx(repo.root), { 'max-file-size': '10' });
    expect(where(result)).toEqual(['scan-skipped@a.env:undefined']);
    await expect(run(makeCtx(repo.root), { 'max-file-size': 'lots' })).rejects.toThrow(
      /max-file-size/,
    );
  });
});

describe('staged mode', () => {
  it('scans what the next commit adds, with line numbers of the staged file', async () => {
    const repo = makeRepo();
    repo.write('cfg.env', `A=1\nB=2\nGH=${FAKE.github}\n`);
    repo.commit('init');
    repo.write('cfg.env', `A=1\nB=2\nGH=${FAKE.github}\nC=3\nGROQ_API_KEY=${FAKE.groq}\n`);
    repo.write('unstaged.env', `REPLICATE=${FAKE.replicate}\n`);
    repo.git('add', 'cfg.env');
    const result = await run(makeCtx(repo.root), { staged: true });
    expect(where(result)).toEqual(['groq-api-key@cfg.env:5']);
    expect(result.findings[0]).toMatchObject({ column: 14 });
  });

  it('works before the first commit and reports binary files as skipped', async () => {
    const repo = makeRepo();
    repo.write('k.pem', `${FAKE.github}\n`);
    repo.write('blob.bin', Buffer.from([0, 1, 2, 3, 0, 5]));
    repo.git('add', '.');
    const result = await run(makeCtx(repo.root), { staged: true });
    expect(where(result)).toEqual(['github-token@k.pem:1']);
    expect(result.details).toMatchObject({ mode: 'staged', skipped: { binary: 1 } });
  });

  it('refuses a root that is not a git repository', async () => {
    await expect(run(makeCtx(tempDir()), { staged: true })).rejects.toThrow(
      /not a git repository: --staged needs one/,
    );
  });
});

describe('diff mode', () => {
  it('reports only lines added on the head side of BASE...HEAD, at their new line numbers', async () => {
    const repo = makeRepo();
    repo.write('app.env', `OLD=${FAKE.github}\n`);
    const base = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('app.env', `# header\nOLD=${FAKE.github}\nNEW=${FAKE.replicate}\n`);
    repo.write('dir with space/ü.env', `GROQ_API_KEY=${FAKE.groq}\n`);
    repo.commit('feature');
    repo.git('checkout', '-q', 'main');
    repo.write('main-only.env', `XAI_API_KEY=${FAKE.xai}\n`);
    repo.commit('main moves on');
    const result = await run(makeCtx(repo.root), { diff: `main...feature` });
    expect(where(result)).toEqual([
      'groq-api-key@dir with space/ü.env:1',
      'replicate-api-token@app.env:3',
    ]);
    expect(result.details).toMatchObject({
      mode: 'diff',
      base: repo.git('rev-parse', 'main').trim(),
    });
    void base;
  });

  it('fetches what a shallow clone lacks, and fails loudly when it cannot', async () => {
    const origin = makeRepo();
    origin.write('a.env', 'A=1\n');
    for (let i = 0; i < 5; i++) {
      origin.write('a.env', `A=${i}\n`);
      origin.commit(`c${i}`);
    }
    const base = origin.git('rev-parse', 'HEAD').trim();
    origin.git('checkout', '-q', '-b', 'pr');
    origin.write('a.env', `A=4\nGROQ_API_KEY=${FAKE.groq}\n`);
    const head = origin.commit('pr');
    origin.git('checkout', '-q', 'main');
    origin.write('b.env', 'B=1\n');
    origin.commit('main');
    const clone = tempDir();
    gitIn(clone, 'clone', '-q', '--depth=1', '--branch', 'pr', `file://${origin.root}`, '.');
    expect(gitIn(clone, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
    const result = await run(makeCtx(clone), { diff: `${base}...${head}` });
    expect(where(result)).toEqual(['groq-api-key@a.env:2']);
    expect((result.details as { fetched?: string[] }).fetched?.length).toBeGreaterThan(0);

    const orphan = tempDir();
    gitIn(orphan, 'clone', '-q', '--depth=1', '--branch', 'pr', `file://${origin.root}`, '.');
    gitIn(orphan, 'remote', 'remove', 'origin');
    await expect(run(makeCtx(orphan), { diff: `${base}...${head}` })).rejects.toThrow(
      /no remote|fetch-depth: 0/,
    );
  });

  it('follows a pull_request event in CI', async () => {
    const repo = makeRepo();
    repo.write('x.env', 'A=1\n');
    const base = repo.commit('base');
    repo.write('x.env', `A=1\nGROQ_API_KEY=${FAKE.groq}\n`);
    repo.write('y.env', `GH=${FAKE.github}\n`);
    const head = repo.commit('head');
    repo.git('reset', '-q', '--hard', base);
    repo.write('untouched.env', `X=${FAKE.replicate}\n`);
    repo.commit('unrelated');
    const ctx = makeCtx(repo.root, {
      ci: {
        isGitHubActions: true,
        eventName: 'pull_request',
        pullRequest: {
          number: 7,
          baseSha: base,
          headSha: head,
          baseRef: 'main',
          headRef: 'f',
          author: 'dev',
        },
      },
    });
    const result = await run(ctx);
    expect(where(result)).toEqual(['github-token@y.env:1', 'groq-api-key@x.env:2']);
    expect(result.details).toMatchObject({ mode: 'history', commits: { count: 1 } });
    expect((await secretsCheck.runConfigured(ctx)).findings).toHaveLength(2);
  });
});

describe('history mode', () => {
  it('reports a secret once, at the commit that added it, even after it was removed', async () => {
    const repo = makeRepo();
    repo.write('a.env', 'A=1\n');
    const first = repo.commit('first');
    repo.write('a.env', `A=1\nGROQ_API_KEY=${FAKE.groq}\n`);
    const leak = repo.commit('leak');
    repo.write('b.env', `GROQ_API_KEY=${FAKE.groq}\n`);
    repo.commit('copy');
    repo.write('a.env', 'A=1\n');
    repo.commit('remove');
    const result = await run(makeCtx(repo.root), { history: `${first}..HEAD` });
    expect(where(result)).toEqual(['groq-api-key@a.env:2', 'groq-api-key@b.env:1']);
    expect(result.findings.find((f) => f.file === 'a.env')?.message).toContain(leak.slice(0, 12));
  });

  it('follows a push event (before..after)', async () => {
    const { repo, before, after } = pushedLeak(`GROQ_API_KEY=${FAKE.groq}`);
    const ctx = makeCtx(repo.root, {
      ci: { isGitHubActions: true, eventName: 'push', push: { before, after } },
    });
    expect(where(await run(ctx))).toEqual(['groq-api-key@a.env:2']);
    const fresh = makeCtx(repo.root, {
      ci: { isGitHubActions: true, eventName: 'push', push: { before: '0'.repeat(40), after } },
    });
    const tree = await run(fresh);
    expect(tree.details).toMatchObject({ mode: 'tree' });
  });
});

describe('tree mode edge', () => {
  it('walks a directory git ignores instead of reporting an empty scan', async () => {
    const repo = makeRepo();
    repo.write('.gitignore', 'vendor/\n');
    repo.write('vendor/lib/conf.env', `GROQ_API_KEY=${FAKE.groq}\n`);
    repo.commit('init');
    const result = await run(makeCtx(path.join(repo.root, 'vendor')));
    expect(where(result)).toEqual(['groq-api-key@lib/conf.env:1']);
  });
});

describe('files that are not regular files', () => {
  it('skips a FIFO without blocking on it, and reports a path that cannot be opened', async () => {
    const dir = tempDir();
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    repoAt(dir).write('ok.env', `GROQ_API_KEY=${FAKE.groq}\n`);
    const result = await run(makeCtx(dir));
    expect(where(result)).toEqual(['groq-api-key@ok.env:1']);
    expect(result.details).toMatchObject({ skipped: { 'not-a-file': 1 } });
    const read = readCandidateSync(dir, 'ok.env/child', 1024);
    expect(read).toMatchObject({ kind: 'skip', skip: { reason: 'unreadable', detail: 'ENOTDIR' } });
  });
});

describe('history of a single ref', () => {
  it('scans everything reachable from it', async () => {
    const repo = makeRepo();
    repo.write('a.env', `GROQ_API_KEY=${FAKE.groq}\n`);
    repo.commit('first commit leaks');
    repo.write('a.env', 'A=1\n');
    repo.commit('removed');
    const result = await run(makeCtx(repo.root), { history: 'HEAD' });
    expect(where(result)).toEqual(['groq-api-key@a.env:1']);
  });
});

describe('GCP service-account P12 files', () => {
  it('reports a .p12 that opens with the well-known password as GCP’s, one with another password as a PKCS#12 key store', async () => {
    const repo = makeRepo();
    const tmp = tempDir();
    const key = path.join(tmp, 'k.pem');
    const cert = path.join(tmp, 'c.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:1024',
        '-nodes',
        '-subj',
        '/CN=sa',
        '-days',
        '1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    for (const [name, password] of [
      ['sa.p12', 'notasecret'],
      ['other.p12', 'another-password'],
    ] as const) {
      execFileSync('openssl', [
        'pkcs12',
        '-export',
        '-inkey',
        key,
        '-in',
        cert,
        '-passout',
        `pass:${password}`,
        '-out',
        path.join(repo.root, name),
      ]);
    }
    // The Windows name of the same format is read as a key store too, not skipped as binary.
    copyFileSync(path.join(repo.root, 'other.p12'), path.join(repo.root, 'client.PFX'));
    const result = await run(makeCtx(repo.root));
    expect(where(result)).toEqual([
      'gcp-service-account-p12@sa.p12:1',
      'pkcs12-file@client.PFX:1',
      'pkcs12-file@other.p12:1',
    ]);
    expect(result.details).not.toHaveProperty('skipped.binary');
    expect(result.findings.map((f) => f.message)).toEqual([
      expect.stringContaining('binary key file'),
      expect.stringContaining('binary key file'),
      expect.stringContaining('binary key file'),
    ]);
  });
});

describe('exclude globs', () => {
  it('drops findings under excluded paths', async () => {
    const repo = makeRepo();
    repo.write('vendor/a.env', `GROQ_API_KEY=${FAKE.groq}\n`);
    repo.write('app/b.env', `GROQ_API_KEY=${FAKE.groq}\n`);
    const result = await run(
      makeCtx(repo.root, { config: { secrets: { exclude: ['vendor/**'] } } }),
    );
    expect(where(result)).toEqual(['groq-api-key@app/b.env:1']);
    expect(result.details).toMatchObject({ excludedFindings: 1 });
  });
});
