import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { parseConfig } from '../../src/config/parse.js';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { InputError } from '../../src/util/errors.js';
import { tempDir } from '../helpers/repo.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

function errorOf(text: string): InputError {
  try {
    parseConfig(text, '.pipeguard.yml');
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('config loading', () => {
  it('uses the embedded defaults without a file', async () => {
    const { dir, cleanup } = tempDir();
    try {
      await expect(loadConfig(dir)).resolves.toEqual({
        config: DEFAULT_CONFIG,
        source: 'embedded defaults',
      });
    } finally {
      cleanup();
    }
  });

  it('merges a file over the defaults, section by section', () => {
    const config = parseConfig(
      'fail-on: high\nchecklist:\n  disable: [audit-log-missing]\n',
      'x.yml',
    );
    expect(config['fail-on']).toBe('high');
    expect(config.checklist).toEqual({ enabled: true, disable: ['audit-log-missing'] });
    expect(config.secrets).toEqual({ enabled: true });
  });

  it.each([
    ['version: 1\nfail-on: [oops\n', 3, /./],
    ['version: 1\nchecklist:\n\tenabled: true\n', 3, /tab/i],
    ['version: 1\nunknown-key: true\n', 2, /unknown key `unknown-key`/],
    [
      'version: 1\nchecklist:\n  enabled: "yes"\n',
      3,
      /`checklist.enabled` must be a boolean; got the string `yes`/,
    ],
    ['version: 1\nfail-on: high\nfail-on: low\n', 3, /duplicate key/],
    ['version: 2\n', 1, /`version` must be `1`/],
  ])('reports %j at its line', (text, line, message) => {
    const error = errorOf(text);
    expect(error.file).toBe('.pipeguard.yml');
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
    expect(error.toLine()).toMatch(/^\.pipeguard\.yml:\d+(:\d+)?: /);
  });

  it('lists every problem of a config, each at its line and column', () => {
    const error = errorOf('version: 1\nfail-on: huge\nsecrets:\n  max-file-size: -3\n  bogus: 1\n');
    const all = [error, ...error.more].map((e) => `${e.line}:${e.column} ${e.message}`);
    expect(all).toEqual([
      '2:10 `fail-on` must be one of low, medium, high, critical; got `huge`',
      '4:18 `secrets.max-file-size` must be >= 1; got -3',
      '5:3 unknown key `bogus` in `secrets`',
    ]);
  });

  it('names a missing --config file', async () => {
    const { dir, cleanup } = tempDir();
    try {
      await expect(loadConfig(dir, path.join(dir, 'nope.yml'))).rejects.toThrow(
        /config file not found/,
      );
      writeFileSync(path.join(dir, '.pipeguard.yml'), '- a list\n');
      await expect(loadConfig(dir)).rejects.toThrow(/must be a mapping/);
    } finally {
      cleanup();
    }
  });

  it('never throws anything but an InputError, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        try {
          parseConfig(text, 'fuzz.yml');
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never accepts a config the schema would reject (random mappings)', () => {
    const key = fc.constantFrom('version', 'fail-on', 'audit', 'checklist', 'bogus', 'secrets');
    const value = fc.oneof(
      fc.constantFrom('low', 'high', 1, 2, true, null),
      fc.dictionary(fc.constantFrom('enabled', 'log', 'x'), fc.constantFrom(true, 'a', 3)),
    );
    fc.assert(
      fc.property(fc.dictionary(key, value), (doc) => {
        try {
          const config = parseConfig(JSON.stringify(doc), 'fuzz.json');
          expect(['low', 'medium', 'high', 'critical']).toContain(config['fail-on']);
          expect(doc).not.toHaveProperty('bogus');
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
