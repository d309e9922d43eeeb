/**
 * The CLI as users install it: `npm pack` of this repository, installed from the tarball into a
 * temporary prefix (no registry: the tarball must carry everything it runs), then `pipeguard check`
 * on a copy of the example project, on Node 24 and on Node 20.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { git } from '../helpers/repo.js';
import { cleanEnv, node20Binary, REPO_ROOT } from '../helpers/run.js';
import { refreshDepsExceptions } from '../helpers/example.js';

const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
let work: string;
let tarball: string;
let prefix: string;
let project: string;

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', [...args, '--no-audit', '--no-fund', '--offline'], {
    cwd,
    encoding: 'utf8',
    env: cleanEnv({ npm_config_cache: path.join(work, 'npm-cache') }),
  });
}

/** PATH with `nodeDir` first and nothing of this repository's node_modules. */
function pathWith(nodeDir: string): string {
  const rest = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((dir) => dir && !dir.includes('node_modules'));
  return [path.join(prefix, 'bin'), nodeDir, ...rest].join(path.delimiter);
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'pipeguard-package-'));
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], REPO_ROOT));
  tarball = path.join(work, packed[0].filename);
  prefix = path.join(work, 'prefix');
  npm(['install', '--global', '--prefix', prefix, tarball], work);
  project = path.join(work, 'ml-project');
  cpSync(path.join(REPO_ROOT, 'examples', 'ml-project'), project, { recursive: true });
  refreshDepsExceptions(project);
  git(project, 'init', '-q');
  git(project, 'add', '-A');
  git(project, 'commit', '-q', '-m', 'example');
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed CLI', () => {
  it('holds the bundle and the schemas, and depends on nothing it would have to fetch', () => {
    expect(pkg.private).toBeUndefined();
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.dependencies ?? {}).toEqual({});
    const installed = path.join(prefix, 'lib', 'node_modules', pkg.name);
    expect(existsSync(path.join(installed, pkg.bin.pipeguard))).toBe(true);
    const schemas = readdirSync(path.join(installed, 'schemas'));
    expect(schemas).toEqual(readdirSync(path.join(REPO_ROOT, 'schemas')));
    expect(existsSync(path.join(installed, 'node_modules'))).toBe(false);
  });

  const nodes: Array<[string, string | undefined]> = [
    ['Node 24', path.dirname(process.execPath)],
    ['Node 20', node20Binary() && path.dirname(node20Binary()!)],
  ];
  it.each(nodes)('runs `pipeguard check` on the example project on %s', (label, nodeDir) => {
    expect(nodeDir, `${label} is not on this machine`).toBeTruthy();
    const env = cleanEnv({ PATH: pathWith(nodeDir!) });
    const version = spawnSync('pipeguard', ['--version'], { cwd: project, env, encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(pkg.version);
    const check = spawnSync('pipeguard', ['check'], { cwd: project, env, encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain(`pipeguard ${pkg.version}: PASS`);
    const node = spawnSync('node', ['--version'], { env, encoding: 'utf8' }).stdout;
    expect(node.startsWith(label === 'Node 20' ? 'v20.' : 'v24.')).toBe(true);
  });

  it('runs through npx from the tarball', () => {
    const env = cleanEnv({
      PATH: pathWith(path.dirname(process.execPath)),
      npm_config_cache: path.join(work, 'npm-cache'),
    });
    const run = spawnSync(
      'npx',
      ['--yes', '--offline', '--package', tarball, 'pipeguard', 'checklist'],
      { cwd: project, env, encoding: 'utf8' },
    );
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('checklist: 15/15 items hold');
  });
});
