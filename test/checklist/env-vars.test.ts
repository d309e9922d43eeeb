import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PLATFORM_VARIABLE,
  documentedNames,
  envReads,
} from '../../src/checks/checklist/env-vars.js';

const name = fc
  .stringMatching(/^[A-Z][A-Z0-9_]{0,20}$/)
  // Platform variables (every process has them) are never reported.
  .filter((n) => !PLATFORM_VARIABLE.test(n));

describe('environment variables read in code', () => {
  it('Python: os.environ[…], os.environ.get, os.getenv, imported environ/getenv', () => {
    const text = [
      'import os',
      'from os import environ, getenv',
      'a = os.environ["OPENAI_API_KEY"]',
      "b = os.environ.get('HF_TOKEN', '')",
      'c = os.getenv("MLFLOW_TRACKING_URI")',
      'd = environ["DATA_PATH"]',
      "e = getenv('SEED')",
      'f = os.environ[name]  # dynamic: not guessed',
      'g = os.environ["HOME"]  # platform variable',
    ].join('\n');
    expect(envReads('train.py', text)).toEqual([
      { name: 'OPENAI_API_KEY', line: 3 },
      { name: 'HF_TOKEN', line: 4 },
      { name: 'MLFLOW_TRACKING_URI', line: 5 },
      { name: 'DATA_PATH', line: 6 },
      { name: 'SEED', line: 7 },
    ]);
  });

  it('JavaScript / TypeScript: process.env.X, process.env["X"], destructuring, import.meta.env', () => {
    const text = [
      'const a = process.env.API_URL;',
      "const b = process.env['DB_PASSWORD'];",
      'const { REDIS_URL, PORT: port = 3000, ...rest } = process.env;',
      'const c = import.meta.env.VITE_KEY;',
      'const d = process.env?.OPTIONAL_X;',
      'if (process.env.CI) {}',
    ].join('\n');
    expect(envReads('app.ts', text).map((r) => r.name)).toEqual([
      'API_URL',
      'DB_PASSWORD',
      'REDIS_URL',
      'PORT',
      'VITE_KEY',
      'OPTIONAL_X',
    ]);
    expect(envReads('README.md', text)).toEqual([]);
  });

  it('every literal read is found, in any surrounding code, on its line', () => {
    fc.assert(
      fc.property(
        name,
        fc.constantFrom(
          (n: string) => `os.environ["${n}"]`,
          (n: string) => `os.environ.get('${n}')`,
          (n: string) => `os.getenv("${n}", "x")`,
        ),
        fc.nat({ max: 5 }),
        fc.stringMatching(/^(?:[a-z =(),.]{0,20}[ =(,])?$/),
        (n, form, blank, noise) => {
          const text = `${'\n'.repeat(blank)}x = ${noise}${form(n)}\n`;
          expect(envReads('m.py', text)).toContainEqual({ name: n, line: blank + 1 });
        },
      ),
    );
    fc.assert(
      fc.property(name, (n) => {
        expect(envReads('m.js', `f(process.env.${n})`).map((r) => r.name)).toEqual([n]);
        expect(envReads('m.js', `f(process.env["${n}"])`).map((r) => r.name)).toEqual([n]);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        envReads('x.py', s);
        envReads('x.ts', s);
      }),
    );
  });

  it('.env.example lists names as NAME=…, export NAME=… or commented out', () => {
    expect([...documentedNames('A=1\nexport B=2\n# C=<optional>\n# just a comment\nD\n')]).toEqual([
      'A',
      'B',
      'C',
    ]);
    fc.assert(
      fc.property(name, (n) => void expect(documentedNames(`${n}=<value>`).has(n)).toBe(true)),
    );
  });
});
