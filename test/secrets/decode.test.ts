import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DECODE_LIMITS,
  decodeBase64Text,
  decodeUrl,
  encodedSpans,
} from '../../src/checks/secrets/decode.js';
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

  it('finds the URL-encoded spans a regex search for escapes finds (property)', async () => {
    // The spans as a global /%XX/ regex finds them, resuming after each span's token.
    const byRegex = (text: string) => {
      const spans: Array<{ start: number; end: number; decoded: string }> = [];
      const escape = /%[0-9A-Fa-f]{2}/g;
      const token = /[A-Za-z0-9._~+%-]/;
      for (let m = escape.exec(text); m; m = escape.exec(text)) {
        let start = m.index;
        while (start > 0 && token.test(text[start - 1]!)) start--;
        let end = m.index + 3;
        while (end < text.length && token.test(text[end]!)) end++;
        escape.lastIndex = end;
        const encoded = text.slice(start, end);
        if (encoded.length > DECODE_LIMITS.maxCandidate) continue;
        if ((encoded.match(/%[0-9A-Fa-f]{2}/g)?.length ?? 0) < 2) continue;
        const decoded = decodeUrl(encoded);
        if (decoded !== undefined && decoded !== encoded) spans.push({ start, end, decoded });
      }
      return spans;
    };
    await fc.assert(
      fc.asyncProperty(
        // Mostly escapes of ASCII (tokens that decode), with hex digits, stray `%`, separators.
        fc
          .array(
            fc.oneof(
              { arbitrary: fc.stringMatching(/^%[2-7][0-9a-fA-F]$/), weight: 6 },
              { arbitrary: fc.stringMatching(/^[0-9a-fA-FgG]$/), weight: 3 },
              { arbitrary: fc.constantFrom(' ', '=', '&', '/', 'é'), weight: 2 },
              { arbitrary: fc.constant('%'), weight: 1 },
            ),
            { maxLength: 60 },
          )
          .map((parts) => parts.join('')),
        async (text) => {
          const found = (await encodedSpans(text))
            .filter((span) => span.encoding === 'url')
            .map(({ start, end, decoded }) => ({ start, end, decoded }));
          expect(found).toEqual(byRegex(text));
        },
      ),
      { numRuns: 500 },
    );
  });
});
