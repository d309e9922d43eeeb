/** The release workflow's pieces: the notes come from CHANGELOG.md for package.json's version. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
// @ts-expect-error: a plain .mjs script without types
import { releaseNotes } from '../../scripts/release-notes.mjs';
import { REPO_ROOT } from '../helpers/run.js';

const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
const script = path.join(REPO_ROOT, 'scripts', 'release-notes.mjs');

describe('release notes', () => {
  it("print the CHANGELOG section of package.json's version for its tag, and refuse any other tag", () => {
    const ok = spawnSync(process.execPath, [script, `v${pkg.version}`], { encoding: 'utf8' });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('### Added');
    expect(ok.stdout).not.toContain(`## [`);

    const wrong = spawnSync(process.execPath, [script, 'v0.0.0'], { encoding: 'utf8' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr.trim()).toBe(
      `release-notes: tag v0.0.0 is not v${pkg.version} (package.json)`,
    );
  });

  it('take exactly the lines between the version heading and the next heading', () => {
    const line = fc.stringMatching(/^[a-z0-9 .`-]{0,30}$/);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1 }), fc.array(line), (body, other) => {
        const changelog = [
          '# Changelog',
          '',
          '## [2.0.0]',
          ...other,
          '## [1.2.3]',
          ...body,
          '## [1.0.0]',
          ...other,
        ].join('\n');
        const expected = body.join('\n').trim();
        expect(releaseNotes(changelog, '1.2.3')).toBe(expected || undefined);
      }),
    );
  });

  it('the workflow runs on semver tags, checks dist/ and moves the major tag', () => {
    const workflow = parseYaml(
      readFileSync(path.join(REPO_ROOT, '.github', 'workflows', 'release.yml'), 'utf8'),
    );
    expect(workflow.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    const runs = workflow.jobs.release.steps
      .map((step: { run?: string }) => step.run ?? '')
      .join('\n');
    expect(runs).toContain('git status --porcelain -- dist');
    expect(runs).toContain('scripts/release-notes.mjs "$GITHUB_REF_NAME"');
    expect(runs).toContain('git push --force origin "refs/tags/$major"');
  });
});
