import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codeownersMatcher,
  ownersOf,
  parseCodeowners,
} from '../../src/checks/checklist/codeowners.js';

const segment = fc.stringMatching(/^[a-z0-9_-]{1,8}$/);
const repoPath = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => s.join('/'));

describe('CODEOWNERS patterns (GitHub documentation examples)', () => {
  const cases: Array<[string, string, boolean]> = [
    ['*', 'a/b/c.txt', true],
    ['*.js', 'src/deep/app.js', true],
    ['*.js', 'src/app.ts', false],
    ['/build/logs/', 'build/logs/x.log', true],
    ['/build/logs/', 'build/logs', false],
    ['/build/logs/', 'src/build/logs/x.log', false],
    ['docs/*', 'docs/getting-started.md', true],
    ['docs/*', 'docs/build-app/troubleshooting.md', false],
    ['apps/', 'apps/x', true],
    ['apps/', 'deep/apps/x/y', true],
    ['/docs/', 'docs/a/b.md', true],
    ['/docs/', 'x/docs/a.md', false],
    ['**/logs', 'deep/logs/a.txt', true],
    ['**/logs', 'logs', true],
    ['/scripts/**', 'scripts/a/b.sh', true],
    ['a/**/b', 'a/b', true],
    ['a/**/b', 'a/x/y/b', true],
    ['deployments', 'deployments/prod/model.onnx', true],
    ['deployments', 'x/deployments/y', true],
    ['/.pipeguard.yml', '.pipeguard.yml', true],
    ['.github/allowed_signers', '.github/allowed_signers', true],
    ['?.md', 'a.md', true],
    ['?.md', 'ab.md', false],
  ];
  it.each(cases)('%s matches %s: %s', (pattern, path, expected) => {
    expect(codeownersMatcher(pattern)(path)).toBe(expected);
  });

  it('the last matching rule wins, and a rule without owners leaves paths unowned', () => {
    const { rules } = parseCodeowners(
      [
        '# comment',
        '*       @org/everyone',
        '/deployments/  @org/ml-owners  # inline comment',
        '/deployments/scratch/',
        '*.md docs@corp.com',
      ].join('\n'),
    );
    expect(ownersOf(rules, 'src/a.py')).toEqual(['@org/everyone']);
    expect(ownersOf(rules, 'deployments/prod/m.onnx')).toEqual(['@org/ml-owners']);
    expect(ownersOf(rules, 'deployments/scratch/m.onnx')).toEqual([]);
    expect(ownersOf(rules, 'deployments/README.md')).toEqual(['docs@corp.com']);
  });

  it('lines GitHub skips are skipped: negation, ranges, unreadable owners', () => {
    const parsed = parseCodeowners('!x @a\n[ab].txt @a\n*.py not-an-owner\n*.py @ok\n');
    expect(parsed.rules.map((r) => r.pattern)).toEqual(['*.py']);
    expect(parsed.skipped.map((s) => s.line)).toEqual([1, 2, 3]);
  });

  it('an anchored path owns itself and everything below it, and nothing beside it', () => {
    fc.assert(
      fc.property(repoPath, repoPath, repoPath, (dir, below, other) => {
        const match = codeownersMatcher(`/${dir}/`);
        expect(match(`${dir}/${below}`)).toBe(true);
        expect(match(dir)).toBe(false);
        if (!other.startsWith(`${dir}/`)) expect(match(other)).toBe(false);
        expect(codeownersMatcher(`/${dir}`)(dir)).toBe(true);
      }),
    );
  });

  it('an unanchored name matches at any depth; *.ext matches exactly the paths ending in .ext', () => {
    fc.assert(
      fc.property(repoPath, segment, segment, (prefix, name, ext) => {
        expect(codeownersMatcher(`${name}/`)(`${prefix}/${name}/f`)).toBe(true);
        expect(codeownersMatcher(`*.${ext}`)(`${prefix}.${ext}`)).toBe(true);
        expect(codeownersMatcher(`*.${ext}`)(`${prefix}.${ext}x`)).toBe(false);
      }),
    );
  });

  it('never throws on any line, and ownership is the last matching rule', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), repoPath, (text, p) => {
        const { rules } = parseCodeowners(text);
        const last = [...rules].reverse().find((r) => r.matches(p));
        expect(ownersOf(rules, p)).toEqual(last?.owners);
      }),
    );
  });

  it('regex metacharacters in a pattern are literal', () => {
    expect(codeownersMatcher('a+b(c).txt')('a+b(c).txt')).toBe(true);
    expect(codeownersMatcher('a+b(c).txt')('aab(c)xtxt')).toBe(false);
  });
});
