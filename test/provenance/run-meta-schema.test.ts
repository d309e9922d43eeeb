import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatorFor } from '../../src/schema/registry.js';
import { RUN_META_SCHEMA_ID } from '../../src/checks/provenance/meta.js';

const examples = path.resolve(__dirname, '../../examples/schemas/run-meta.v1');
const load = (kind: string, name: string): unknown =>
  JSON.parse(readFileSync(path.join(examples, kind, name), 'utf8'));

describe('run-meta.v1 schema', () => {
  const validate = validatorFor(RUN_META_SCHEMA_ID)!;

  it('is registered and compiles in strict mode', () => {
    expect(validate).toBeTypeOf('function');
  });

  for (const name of readdirSync(path.join(examples, 'valid'))) {
    it(`accepts valid/${name}`, () => {
      expect(validate(load('valid', name)), JSON.stringify(validate.errors)).toBe(true);
    });
  }

  // Each invalid example breaks exactly one rule: the error must point at that field.
  const brokenField: Record<string, string> = {
    'ci-unknown-provider.json': '/ci',
    'credentials-in-repo-url.json': '/git_repo_url',
    'data-digest-without-algorithm.json': '/data_digest',
    'git-dirty-as-string.json': '/git_dirty',
    'manifest-digest-uppercase.json': '/artifact_manifest_sha256',
    'missing-git-commit.json': '',
    'policy-with-unknown-key.json': '/policies/0',
    'run-id-with-slash.json': '/run_id',
    'schema-version-2.json': '/schema_version',
    'short-git-commit.json': '/git_commit',
    'started-on-not-rfc3339.json': '/started_on',
  };
  for (const name of readdirSync(path.join(examples, 'invalid'))) {
    it(`rejects invalid/${name}`, () => {
      expect(validate(load('invalid', name))).toBe(false);
      expect(name in brokenField, `add ${name} to the table`).toBe(true);
      const paths = (validate.errors ?? []).map((e) => e.instancePath);
      expect(
        paths.every((p) => p === brokenField[name] || p.startsWith(`${brokenField[name]}/`)),
      ).toBe(true);
    });
  }
});
