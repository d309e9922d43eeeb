/**
 * Encoded forms beyond base64 / URL: JSON string escapes, hex, base64 of gzip and zlib data, and
 * layers of them. Each secret is found at the encoded text in the file (its line and columns),
 * masked; bombs and malformed input never crash and stay within the caps.
 */
import { deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DECODE_LIMITS,
  decodeBase64Text,
  decodeHexText,
  decodeJsonEscapes,
  decodeUrl,
  encodedSpans,
  inflateHead,
  inflateRawHead,
  newDecodeBudget,
  type Encoding,
} from '../../src/checks/secrets/decode.js';
import { DECODE_DEPTH } from '../../src/checks/secrets/scan-unit.js';
import { secretsCheck } from '../../src/checks/secrets/index.js';
import { FAKE } from './fake-keys.js';
import { cleanupTemps, makeCtx, makeRepo, scanFiles } from './helpers.js';

afterAll(cleanupTemps);

const b64 = (s: string | Buffer): string => Buffer.from(s).toString('base64');
const hex = (s: string): string => Buffer.from(s).toString('hex');
/** Every UTF-16 unit as `\uXXXX`, as some JSON writers (and obfuscators) emit. */
const escapeAll = (s: string): string =>
  [...Array(s.length).keys()]
    .map((i) => `\\u${s.charCodeAt(i).toString(16).padStart(4, '0')}`)
    .join('');
const gzipB64 = (s: string): string => b64(gzipSync(s));
/** Base64 wrapped at `width` columns, each line indented. */
const wrapLines = (encoded: string, width: number, indent = ''): string =>
  encoded
    .match(new RegExp(`.{1,${width}}`, 'g'))!
    .map((l) => indent + l)
    .join('\n');
const zlibB64 = (s: string): string => b64(deflateSync(s));

const scan = scanFiles;

/** 1-based line and column of `needle` in `text`. */
function locate(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error('needle not in text');
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

describe('encoded forms are found at the encoded text', () => {
  const families: Array<[string, string, string]> = [
    ['github-token', 'GITHUB_TOKEN', FAKE.github],
    ['groq-api-key', 'GROQ_API_KEY', FAKE.groq],
    ['openai-api-key', 'OPENAI_API_KEY', FAKE.openai],
  ];
  const encoders: Array<[string, (s: string) => string, string]> = [
    ['JSON \\u escapes (every character)', escapeAll, 'JSON-escaped'],
    ['hex', hex, 'hex-encoded'],
    ['base64 of gzip', gzipB64, 'gzip-compressed, base64-encoded'],
    ['base64 of zlib', zlibB64, 'zlib-compressed, base64-encoded'],
  ];
  for (const [rule, name, secret] of families) {
    for (const [label, encode, described] of encoders) {
      it(`${rule} written as ${label}`, async () => {
        const encoded = encode(`${name}=${secret}`);
        const text = `{\n  "service": "ci",\n  "blob": "${encoded}"\n}\n`;
        const { findings, ctx, json } = await scan({ 'config/settings.json': text });
        const at = locate(text, encoded);
        expect(findings.map((f) => `${f.rule}@${f.line}:${f.column}-${f.endColumn}`)).toEqual([
          `${rule}@${at.line}:${at.column}-${at.column + encoded.length}`,
        ]);
        expect(findings[0]!.message).toContain(`inside a ${described} value`);
        // Masked: neither the secret nor its encoded form reaches the report; both are masked in logs.
        expect(json).not.toContain(secret);
        expect(json).not.toContain(encoded);
        expect(ctx.registered).toEqual(expect.arrayContaining([secret, encoded]));
      });
    }
  }

  it('a token with only some characters escaped (gh\\u0070_…) is found at the escaped run', async () => {
    const escaped = FAKE.github.replace('p', '\\u0070');
    const text = `const cfg = {"auth":"${escaped}", "retries": 3};\n`;
    const { findings } = await scan({ 'src/cfg.js': text });
    const at = locate(text, escaped);
    expect(findings.map((f) => `${f.rule}@${f.line}:${f.column}-${f.endColumn}`)).toEqual([
      `github-token@1:${at.column}-${at.column + escaped.length}`,
    ]);
  });

  it('a Slack webhook URL with JSON-escaped slashes (https:\\/\\/…) is found', async () => {
    const escaped = FAKE.slackWebhook.replace(/\//g, '\\/');
    const text = `{"notify": {"webhook": "${escaped}"}}\n`;
    const { findings } = await scan({ 'notify.json': text });
    const at = locate(text, escaped);
    expect(findings.map((f) => `${f.rule}@${f.column}-${f.endColumn}`)).toEqual([
      `slack-webhook@${at.column}-${at.column + escaped.length}`,
    ]);
    expect(findings[0]!.message).toContain('JSON-escaped');
  });

  it('a double-escaped token (JSON inside a JSON string) is decoded layer by layer', async () => {
    const doubly = escapeAll(FAKE.groq).replace(/\\/g, '\\\\');
    const { findings } = await scan({ 'nested.json': `{"payload": "${doubly}"}\n` });
    expect(findings.map((f) => f.rule)).toEqual(['groq-api-key']);
    expect(findings[0]!.message).toContain('JSON-escaped value, then JSON-escaped');
  });

  it('in staged mode, an encoded value on an added line is located in the real file', async () => {
    const repo = makeRepo();
    repo.write('app/config.yaml', 'name: app\nreplicas: 2\n');
    repo.commit('init');
    const encoded = escapeAll(`GROQ_API_KEY=${FAKE.groq}`);
    const text = `name: app\nreplicas: 2\nenv:\n  blob: "${encoded}"\n`;
    repo.write('app/config.yaml', text);
    repo.git('add', 'app/config.yaml');
    const [result] = await secretsCheck.commands[0]!.run(makeCtx(repo.root), {
      positionals: [],
      values: { staged: true },
    });
    const at = locate(text, encoded);
    expect(result!.findings.map((f) => `${f.rule}@${f.line}:${f.column}-${f.endColumn}`)).toEqual([
      `groq-api-key@${at.line}:${at.column}-${at.column + encoded.length}`,
    ]);
  });

  it('a value found raw and encoded in the same file is one finding, the raw one', async () => {
    const text = `A=${FAKE.github}\nB=${hex(`T=${FAKE.github}`)}\n`;
    const { findings } = await scan({ 'both.env': text });
    expect(findings.map((f) => `${f.rule}@${f.line}`)).toEqual(['github-token@1']);
  });
});

describe('nested encodings, to the depth bound', () => {
  /** Encoders each layer of which the decoder recognises on its own. */
  const layers: Array<[Encoding, (s: string) => string]> = [
    ['base64', b64],
    ['json', escapeAll],
    ['base64', b64],
    ['hex', hex],
    ['gzip', gzipB64],
    ['base64', b64],
  ];
  const wrap = (count: number): { encoded: string; used: Encoding[] } => {
    let value = `GH_TOKEN=${FAKE.github}`;
    const used: Encoding[] = [];
    for (const [encoding, encode] of layers.slice(0, count)) {
      value = encode(value);
      used.unshift(encoding);
    }
    return { encoded: value, used };
  };

  it(`finds a token under ${DECODE_DEPTH} layers (gzip+base64, hex, base64, JSON escapes, base64)`, async () => {
    const { encoded, used } = wrap(DECODE_DEPTH);
    const text = `data:\n  blob: ${encoded}\n`;
    const { findings } = await scan({ 'deep.yaml': text });
    expect(findings.map((f) => `${f.rule}@${f.line}:${f.column}-${f.endColumn}`)).toEqual([
      `github-token@2:9-${9 + encoded.length}`,
    ]);
    expect(used).toHaveLength(DECODE_DEPTH);
    expect(findings[0]!.message).toContain(
      'inside a gzip-compressed, base64-encoded value, then hex-encoded, then base64-encoded, then JSON-escaped, then base64-encoded',
    );
  });

  it(`stops at the bound: ${DECODE_DEPTH + 1} layers are not decoded`, async () => {
    const { encoded } = wrap(DECODE_DEPTH + 1);
    const { findings } = await scan({ 'deeper.yaml': `blob: ${encoded}\n` });
    expect(findings).toEqual([]);
  });
});

describe('bombs and malformed input', () => {
  it('a gzip bomb is inflated only up to the cap, and a token at its head is still found', async () => {
    const bomb = gzipSync(
      Buffer.concat([Buffer.from(`TOKEN=${FAKE.github}\n`), Buffer.alloc(32 << 20, 32)]),
    );
    const encoded = b64(bomb);
    expect(encoded.length).toBeLessThan(DECODE_LIMITS.maxCandidate);
    const head = await inflateHead(bomb, 'gzip');
    expect(head!.length).toBe(DECODE_LIMITS.maxInflatedPerSpan);
    const { findings } = await scan({ 'bomb.txt': `payload=${encoded}\n` });
    expect(findings.map((f) => f.rule)).toEqual(['github-token']);
  });

  it('many bombs in one file draw on one per-file budget', async () => {
    const bomb = b64(gzipSync(Buffer.alloc(32 << 20, 97)));
    const text = Array.from({ length: 12 }, (_, i) => `b${i}=${bomb}`).join('\n');
    const budget = newDecodeBudget();
    const spans = await encodedSpans(text, budget);
    expect(budget.inflateBytes).toBeLessThanOrEqual(0);
    const inflated = spans.filter((s) => s.encoding === 'gzip');
    expect(inflated.length).toBe(
      DECODE_LIMITS.maxInflatedPerUnit / DECODE_LIMITS.maxInflatedPerSpan,
    );
    const { findings } = await scan({ 'bombs.txt': text });
    expect(findings).toEqual([]);
  });

  it('a zero-filled bomb (not text) yields nothing', async () => {
    const spans = await encodedSpans(`x=${b64(gzipSync(Buffer.alloc(8 << 20)))}`);
    expect(spans).toEqual([]);
  });

  it('truncated and corrupt compressed data, bad escapes and odd hex never crash', async () => {
    const filler = Array.from({ length: 300 }, (_, i) => `line ${(i * 7919) % 1013} ${i}`);
    const gz = gzipB64(`GH_TOKEN=${FAKE.github}\n${filler.join('\n')}`);
    const cut = gz.slice(0, Math.floor((gz.length * 0.6) / 4) * 4);
    const inputs = [
      `a=${gz.slice(0, Math.floor(gz.length / 2))}`,
      `a=H4sI${'A'.repeat(60)}`,
      `a=H4sIAAAAAAAA${'/'.repeat(40)}`,
      `a=eJw${'z'.repeat(61)}`,
      '"\\u00zz\\u12\\uD800\\uDFFF\\u0067\\u0068\\/\\/\\x41\\"\\\\"',
      `\\u0067${'\\'.repeat(50)}`,
      `${'6'.repeat(33)} ${'7'.repeat(31)}`,
      '%E0%A4%A %ZZ%41%41%41',
    ];
    for (const input of inputs) await expect(encodedSpans(input)).resolves.toBeInstanceOf(Array);
    // A truncated stream gives what inflated before the cut: the token at its head is found.
    const { findings } = await scan({
      'cut.txt': `v=${cut}\n`,
    });
    expect(findings.map((f) => f.rule)).toEqual(['github-token']);
  });

  it('leaves digests, ids and non-ASCII escapes alone', async () => {
    const sha256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    expect(await encodedSpans(`sha256:${sha256} ${sha256.toUpperCase()}`)).toEqual([]);
    expect(
      await encodedSpans('const re = /[\\u00e9\\u00e8\\u4e2d\\u6587]+/; // caf\\u00e9'),
    ).toEqual([]);
  });
});

describe('decoders (properties)', () => {
  const printable = fc.stringMatching(/^[\x20-\x7e]{16,200}$/);

  it('hex: decodes the hex of any printable text, in either case', () => {
    fc.assert(
      fc.property(printable, fc.boolean(), (text, upper) => {
        const encoded = hex(text);
        expect(decodeHexText(upper ? encoded.toUpperCase() : encoded)).toBe(text);
      }),
    );
  });

  it('JSON escapes: undoes JSON.stringify and full \\u escaping of any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(decodeJsonEscapes(JSON.stringify(text).slice(1, -1))).toBe(text);
        expect(decodeJsonEscapes(escapeAll(text))).toBe(text);
        expect(decodeJsonEscapes(JSON.stringify(text).slice(1, -1).replace(/\//g, '\\/'))).toBe(
          text,
        );
      }),
    );
  });

  it('URL: undoes encodeURIComponent of any well-formed string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (text) => {
        expect(decodeUrl(encodeURIComponent(text))).toBe(text);
      }),
    );
  });

  it('base64: decodes base64 and base64url of any printable text', () => {
    fc.assert(
      fc.property(printable, (text) => {
        expect(decodeBase64Text(b64(text))).toBe(text);
        expect(decodeBase64Text(Buffer.from(text).toString('base64url'))).toBe(text);
      }),
    );
  });

  it('gzip / zlib: inflateHead undoes gzip and deflate of any bytes, cut at the cap', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 4000 }),
        fc.integer({ min: 1, max: 5000 }),
        async (bytes, cap) => {
          const want = Buffer.from(bytes).subarray(0, cap);
          expect(await inflateHead(gzipSync(bytes), 'gzip', cap)).toEqual(want);
          expect(await inflateHead(deflateSync(bytes), 'zlib', cap)).toEqual(want);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('every encoding found in a text decodes back from the span it names', async () => {
    const token = fc.stringMatching(/^[A-Za-z0-9_]{20,40}$/);
    const piece = fc.oneof(
      token.map((t) => `k=${hex(`x ${t}`)}`),
      token.map((t) => `"${escapeAll(t)}"`),
      token.map((t) => `q=${encodeURIComponent(`a/${t}?&`)}`),
      token.map((t) => `d: ${b64(`user:${t}`)}`),
      token.map((t) => `z: ${gzipB64(`val ${t}`)}`),
      token.map((t) => `r: ${b64(deflateRawSync(`val ${t} ${t}`))}`),
      token.map((t) => `w: |\n${wrapLines(b64(`user: ${t}\npassword: ${t}\n`), 64, '  ')}`),
      fc.string({ maxLength: 30 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 8 }), async (pieces) => {
        const text = pieces.join('\n');
        for (const span of await encodedSpans(text)) {
          const encoded = text.slice(span.start, span.end);
          const redo: Record<Encoding, () => Promise<string | undefined>> = {
            base64: async () => decodeBase64Text(encoded),
            hex: async () => decodeHexText(encoded),
            json: async () => decodeJsonEscapes(encoded),
            url: async () => decodeUrl(encoded),
            gzip: async () =>
              (await inflateHead(Buffer.from(encoded, 'base64'), 'gzip'))?.toString(),
            zlib: async () =>
              (await inflateHead(Buffer.from(encoded, 'base64'), 'zlib'))?.toString(),
            deflate: async () => (await inflateRawHead(Buffer.from(encoded, 'base64')))?.toString(),
          };
          expect(await redo[span.encoding]()).toBe(span.decoded);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('never throws, on any text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.stringMatching(/^(?:[A-Za-z0-9+/=_%\\u-]|H4sI|eJw|\\u00[0-7][0-9a-f]){0,120}$/),
        ),
        async (text) => {
          await encodedSpans(text);
          decodeHexText(text);
          decodeJsonEscapes(text);
          decodeUrl(text);
          decodeBase64Text(text);
          await inflateHead(Buffer.from(text, 'latin1'), 'gzip');
          await inflateHead(Buffer.from(text, 'latin1'), 'zlib');
        },
      ),
      { numRuns: 300 },
    );
  });
});
