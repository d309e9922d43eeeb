/**
 * A throwaway repository for gate tests: config with two roles, a policy, a failing run with its
 * checksum manifest, an allowed_signers file, real ssh-keygen keys and signatures.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckContext } from '../../src/checks/types.js';
import { createContext } from '../../src/engine.js';
import { generateKey, sshSign, tempDir, type KeySpec, type TestKey } from '../sshsig/ssh.js';

export const NOW = new Date('2026-11-22T12:00:00Z');

export interface Fixture {
  root: string;
  cleanup(): void;
  keys: Record<string, TestKey>;
  digest: string;
  write(rel: string, content: string | Buffer): void;
  read(rel: string): Buffer;
  exception(rel: string, overrides?: Record<string, string>): string;
  sign(rel: string, key: string, namespace?: string): void;
  ctx(options?: { now?: Date }): Promise<CheckContext>;
}

export const CONFIG = `version: 1
eval-gate:
  policy: eval-policy.yml
  metrics: runs/r2/metrics.json
  baseline: runs/r1/metrics.json
  model: sentiment
  manifest: runs/r2/artifact/checksum.sha256
  allowed-signers: .github/allowed_signers
  roles:
    security:
      principals: [sec@example.com]
    ml-owner:
      principals: [ml@example.com]
`;

export const POLICY = `version: 1
model: sentiment
metrics:
  accuracy:
    path: results.sentiment.acc,none
    direction: higher
    min: 0.85
    max_drop_abs: 0.05
  latency_ms_p95:
    direction: lower
    max: 60
exceptions:
  max_days: 30
  required_roles: [security, ml-owner]
`;

export const CANDIDATE = JSON.stringify(
  { results: { sentiment: { 'acc,none': 0.82, 'f1,none': 0.8 } }, latency_ms_p95: 41 },
  null,
  2,
);
export const BASELINE = JSON.stringify(
  { results: { sentiment: { 'acc,none': 0.86 } }, latency_ms_p95: 40 },
  null,
  2,
);

export function exceptionYaml(digest: string, overrides: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    version: '1',
    id: 'EXC-2026-0001',
    model: 'sentiment',
    artifact_digest: digest,
    waivers: '\n  - metric: accuracy\n    min: 0.8',
    reason:
      'Accuracy dipped on the sarcasm slice after the tokenizer security fix; accepted until retraining.',
    ticket: 'SEC-42',
    requested_by: 'dana@example.com',
    created: '2026-11-20T09:00:00Z',
    expires: '2026-12-10T09:00:00Z',
    required_roles: '[security, ml-owner]',
    ...overrides,
  };
  return Object.entries(fields)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')
    .concat('\n');
}

export function makeFixture(
  keySpecs: Record<string, KeySpec> = { sec: 'ed25519', ml: 'ecdsa-256', mallory: 'ed25519' },
): Fixture {
  const tmp = tempDir('pipeguard-gate-');
  const root = path.join(tmp.dir, 'repo');
  mkdirSync(root);
  const keyDir = path.join(tmp.dir, 'keys');
  mkdirSync(keyDir);
  const keys: Record<string, TestKey> = {};
  for (const [name, spec] of Object.entries(keySpecs)) keys[name] = generateKey(keyDir, spec, name);
  const write = (rel: string, content: string | Buffer) => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  };
  write('.pipeguard.yml', CONFIG);
  write('eval-policy.yml', POLICY);
  write('runs/r2/metrics.json', CANDIDATE);
  write('runs/r1/metrics.json', BASELINE);
  const manifest = 'abc123  model.onnx\n'.replace('abc123', 'a'.repeat(64));
  write('runs/r2/artifact/checksum.sha256', manifest);
  const digest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`;
  write(
    '.github/allowed_signers',
    [
      `sec@example.com namespaces="pipeguard-exception" ${keys.sec!.publicText}`,
      `ml@example.com namespaces="pipeguard-exception",valid-after="20260101Z" ${keys.ml!.publicText}`,
      '',
    ].join('\n'),
  );
  return {
    root,
    cleanup: tmp.cleanup,
    keys,
    digest,
    write,
    read: (rel) => readFileSync(path.join(root, rel)),
    exception(rel, overrides) {
      const text = exceptionYaml(digest, overrides);
      write(rel, text);
      return text;
    },
    sign(rel, key, namespace = 'pipeguard-exception') {
      appendFileSync(
        path.join(root, `${rel}.sig`),
        sshSign(keys[key]!, readFileSync(path.join(root, rel)), namespace),
      );
    },
    ctx(options = {}) {
      return createContext({
        root,
        env: {},
        log: { info: () => undefined, warn: () => undefined, debug: () => undefined },
        now: options.now ?? NOW,
      });
    },
  };
}
