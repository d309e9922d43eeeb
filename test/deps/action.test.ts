/** The deps sub-action (deps/action.yml) as the runner starts it, on a copy of the example. */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyExample } from '../helpers/example.js';
import { tempRepo, type TempRepo } from '../helpers/repo.js';
import { runAction } from '../helpers/run.js';

let repo: TempRepo | undefined;
afterEach(() => repo?.cleanup());

function example(): TempRepo {
  repo = tempRepo();
  copyExample(repo.dir);
  return repo;
}

describe('deps sub-action', () => {
  it('passes on the example (its exception re-signed for today) and sets its outputs', () => {
    const r = example();
    r.commitAll('example');
    const result = runAction({ entry: 'deps', workspace: r.dir });
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ status: 'pass', vulnerable: '0', advisories: '' });
  });

  it('without the exception: fails, annotates the pin, outputs the advisory', () => {
    const r = example();
    rmSync(path.join(r.dir, 'deps-exceptions'), { recursive: true });
    r.commitAll('no exception');
    const result = runAction({
      entry: 'deps',
      workspace: r.dir,
      inputs: { paths: 'requirements-serve.txt', 'osv-db': 'osv/PyPI/all.zip' },
    });
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({
      status: 'fail',
      vulnerable: '1',
      advisories: 'GHSA-cpwx-vrp4-4pq7',
    });
    expect(result.annotations).toContainEqual(
      // medium findings annotate as warnings (the report's severity mapping); the check still fails.
      expect.objectContaining({
        level: 'warning',
        properties: expect.objectContaining({ file: 'requirements-serve.txt', line: '5' }),
      }),
    );
  });
});
