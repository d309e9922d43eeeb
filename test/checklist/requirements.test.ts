import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unpinnedRequirements } from '../../src/checks/checklist/requirements.js';

describe('requirements pin parser', () => {
  it('accepts pinned requirements in every shape pip-compile writes', () => {
    const text = [
      '# comment',
      '--index-url https://pypi.example.test/simple',
      '-r base.txt',
      'numpy==2.1.3',
      'scikit-learn[alldeps] == 1.5.2 ; python_version >= "3.10"  # why',
      'torch===2.5.1',
      'pyyaml==6.0.2 \\',
      '    --hash=sha256:' + 'a'.repeat(64),
      'pkg @ git+https://example.test/pkg.git@' + 'b'.repeat(40),
      '',
    ].join('\n');
    expect(unpinnedRequirements(text)).toEqual([]);
  });

  it('reports unpinned, ranged, URL and editable requirements at their lines', () => {
    const text = [
      'requests',
      'flask>=2',
      'django~=5.0',
      'pkg @ https://example.test/pkg.tar.gz',
      '-e ./local',
      'x==1.*',
    ].join('\n');
    expect(unpinnedRequirements(text).map((p) => [p.line, p.reason])).toEqual([
      [1, 'unpinned'],
      [2, 'range'],
      [3, 'range'],
      [4, 'url'],
      [5, 'editable'],
      [6, 'range'],
    ]);
  });

  it('never throws and reports lines that exist', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('a==1', 'b>=2', '\\', '# x', '-e .')), {
          maxLength: 30,
        }),
        (lines) => {
          const text = lines.join('\n');
          for (const p of unpinnedRequirements(text)) {
            expect(p.line).toBeGreaterThanOrEqual(1);
            expect(p.line).toBeLessThanOrEqual(text.split(/\r?\n/).length);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a generated pinned line is never reported', () => {
    const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,20}$/);
    const version = fc.stringMatching(/^[0-9]{1,3}(\.[0-9]{1,3}){0,3}$/);
    fc.assert(
      fc.property(name, version, (n, v) => {
        expect(unpinnedRequirements(`${n}==${v}\n`)).toEqual([]);
      }),
    );
  });
});
