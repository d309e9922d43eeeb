/**
 * Kubernetes Secret manifests through the whole check (the corpus covers the formats and
 * look-alikes): one finding per value, at its line, high, masked — not one from this rule and
 * another from the generic rule or the decoder; an issuer token inside stays the issuer's.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { secretsCheck } from '../../src/checks/secrets/index.js';
import type { Finding } from '../../src/report/model.js';
import { FAKE, Fake } from './fake-keys.js';
import { cleanupTemps, makeCtx, makeRepo } from './helpers.js';

afterAll(cleanupTemps);

const f = new Fake(15_5);
const b64 = (s: string): string => Buffer.from(s).toString('base64');

async function scan(files: Record<string, string>): Promise<{ findings: Finding[]; json: string }> {
  const repo = makeRepo();
  for (const [file, text] of Object.entries(files)) repo.write(file, text);
  const [result] = await secretsCheck.commands[0]!.run(makeCtx(repo.root), {
    positionals: [],
    values: {},
  });
  return { findings: result!.findings, json: JSON.stringify(result) };
}

describe('Kubernetes Secret manifests', () => {
  it('reports each secret value once, at its line, masked', async () => {
    const password = `${f.alnum(12)}!${f.alnum(5)}`;
    const signing = `${f.alnum(20)}-${f.alnum(11)}`;
    const text = [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: app',
      'type: Opaque',
      'data:',
      `  username: ${b64('app')}`,
      `  DB_PASSWORD: ${b64(password)}`,
      `  GITHUB_TOKEN: ${b64(FAKE.github)}`,
      'stringData:',
      `  signing-key: "${signing}"`,
      '  api-token: "{{ .Values.apiToken }}"',
      '',
    ].join('\n');
    const { findings, json } = await scan({ 'k8s/app-secret.yaml': text });
    expect(findings.map((x) => `${x.rule}@${x.line}:${x.severity}`).sort()).toEqual([
      'github-token@9:critical',
      'kubernetes-secret-data@8:high',
      'kubernetes-secret-string-data@11:high',
    ]);
    for (const secret of [password, b64(password), signing, FAKE.github])
      expect(json).not.toContain(secret);
  });

  it('a manifest of many keys is read in one pass (20,000 secret-named keys)', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `  password-${i}: changeme`);
    const text = `kind: Secret\nstringData:\n${lines.join('\n')}\n  password-last: "${f.alnum(10)}#${f.alnum(6)}"\n`;
    const { findings } = await scan({ 'big.yaml': text });
    expect(findings.map((x) => `${x.rule}@${x.line}`)).toEqual([
      'kubernetes-secret-string-data@20003',
    ]);
  });
});
