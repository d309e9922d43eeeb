import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeBase64Text, encodedSpans } from '../../src/checks/secrets/decode.js';
import { secretsCheck } from '../../src/checks/secrets/index.js';
import { FAKE } from './fake-keys.js';
import { cleanupTemps, makeCtx, makeRepo } from './helpers.js';

afterAll(cleanupTemps);

const b64 = (s: string): string => Buffer.from(s).toString('base64');

describe('decoding', () => {
  it('finds keys inside a Kubernetes Secret data: block, pointing at the encoded text', async () => {
    const repo = makeRepo();
    const encoded = b64(FAKE.openai);
    repo.write(
      'k8s/secret.yaml',
      [
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: llm',
        'data:',
        `  OPENAI_API_KEY: ${encoded}`,
        '  MODEL: ' + b64('gpt-model-name'),
      ].join('\n'),
    );
    const ctx = makeCtx(repo.root);
    const [result] = await secretsCheck.commands[0]!.run(ctx, { positionals: [], values: {} });
    expect(result!.findings.map((f) => `${f.rule}@${f.line}:${f.column}`)).toEqual([
      'openai-api-key@6:19',
    ]);
    expect(result!.findings[0]!.message).toContain('base64-encoded');
    expect(result!.findings[0]!.endColumn).toBe(19 + encoded.length);
    expect(ctx.registered).toEqual(expect.arrayContaining([FAKE.openai, encoded]));
    expect(JSON.stringify(result)).not.toContain(encoded);
  });

  it('finds a registry token inside .dockerconfigjson (base64 of JSON holding base64 auth)', async () => {
    const repo = makeRepo();
    const auth = b64(`ci-bot:${FAKE.docker}`);
    const config = JSON.stringify({ auths: { 'https://index.docker.io/v1/': { auth } } });
    repo.write(
      'pull-secret.yaml',
      `kind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${b64(config)}\n`,
    );
    const [result] = await secretsCheck.commands[0]!.run(makeCtx(repo.root), {
      positionals: [],
      values: {},
    });
    expect(result!.findings.map((f) => `${f.rule}@${f.line}`)).toEqual(['docker-hub-token@4']);
  });

  it('finds URL-encoded values', async () => {
    const repo = makeRepo();
    repo.write(
      'call.sh',
      `curl "https://api.example.test/v1?key=${encodeURIComponent(`pre ${FAKE.groq} post`)}"\n`,
    );
    const [result] = await secretsCheck.commands[0]!.run(makeCtx(repo.root), {
      positionals: [],
      values: {},
    });
    expect(result!.findings.map((f) => f.rule)).toEqual(['groq-api-key']);
  });

  it('leaves ordinary base64 and identifiers alone', async () => {
    expect(
      await encodedSpans('const someVeryLongIdentifierNameHere = node_modules/abc/def/ghi;'),
    ).toEqual([]);
    expect(
      decodeBase64Text(
        Buffer.from([0, 1, 2, 200, 201, 202, 3, 4, 5, 6, 7, 8, 9, 10]).toString('base64'),
      ),
    ).toBeUndefined();
  });

  it('decodes every printable ASCII text it is given in base64 (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[\x20-\x7e]{12,200}$/), (text) => {
        expect(decodeBase64Text(b64(text))).toBe(text);
      }),
    );
  });
});
