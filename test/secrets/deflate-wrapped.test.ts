/**
 * Two more encoded forms: base64 of raw DEFLATE data (no zlib / gzip header: .NET DeflateStream,
 * PHP gzdeflate, Java `Deflater(nowrap)`, SAML's redirect binding), and base64 wrapped over
 * several lines (PEM-like 64-column bodies, `base64`'s 76 columns, YAML block scalars). Each
 * secret is found at the encoded text — for a wrapped block, from its first line to its last —
 * masked; raw DEFLATE is inflated under the same caps as gzip / zlib, and what is not DEFLATE
 * (binary files, digests, random bytes) is never reported.
 */
import { constants as zlib, deflateRawSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DECODE_LIMITS,
  deflatesToText,
  encodedSpans,
  inflateRawHead,
  newDecodeBudget,
} from '../../src/checks/secrets/decode.js';
import type { Finding } from '../../src/report/model.js';
import { FAKE, rng } from './fake-keys.js';
import { cleanupTemps, scanFiles } from './helpers.js';

afterAll(cleanupTemps);

const b64 = (s: string | Buffer): string => Buffer.from(s).toString('base64');
const rawB64 = (s: string | Buffer): string => b64(deflateRawSync(s));
const next = rng(15_3);
/** Seeded noise: binary data that is the same on every run. */
const noise = (n: number): Buffer =>
  Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256)));
/** Base64 wrapped at `width` columns, each line indented. */
const wrap = (encoded: string, width: number, indent = ''): string =>
  encoded
    .match(new RegExp(`.{1,${width}}`, 'g'))!
    .map((l) => indent + l)
    .join('\n');

const scan = scanFiles;

/** 1-based line and column of offset `at` in `text`. */
function position(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

const where = (f: Finding): string =>
  `${f.rule}@${f.line}:${f.column}-${f.endLine ?? f.line}:${f.endColumn}`;

/** The expected location of a finding over `encoded` (which may span lines) in `text`. */
function spanOf(rule: string, text: string, encoded: string): string {
  const at = text.indexOf(encoded);
  if (at < 0) throw new Error('encoded text not in the file');
  const from = position(text, at);
  const to = position(text, at + encoded.length);
  return `${rule}@${from.line}:${from.column}-${to.line}:${to.column}`;
}

describe('base64 of raw DEFLATE data', () => {
  const cases: Array<[string, string, (encoded: string) => string, string, string]> = [
    ['config.json', 'github-token', (e) => `{\n  "blob": "${e}"\n}\n`, 'GITHUB_TOKEN', FAKE.github],
    [
      'deploy/values.yaml',
      'groq-api-key',
      (e) => `app:\n  state: ${e}\n`,
      'GROQ_API_KEY',
      FAKE.groq,
    ],
    ['.env', 'openai-api-key', (e) => `PAYLOAD=${e}\n`, 'OPENAI_API_KEY', FAKE.openai],
    [
      'App.config',
      'replicate-api-token',
      (e) => `<appSettings>\n  <add key="State" value="${e}" />\n</appSettings>\n`,
      'REPLICATE_API_TOKEN',
      FAKE.replicate,
    ],
    [
      'src/settings.py',
      'huggingface-token',
      (e) => `import zlib\nSTATE = "${e}"\n`,
      'HF_TOKEN',
      FAKE.hfUser,
    ],
    ['saml/request.txt', 'github-token', (e) => `SAMLRequest=${e}\n`, 'token', FAKE.github],
  ];
  for (const [file, rule, context, name, secret] of cases) {
    it(`${rule} in ${file}`, async () => {
      const encoded = rawB64(`# settings\n${name}=${secret}\nretries=3\n`);
      const text = context(encoded);
      const { findings, ctx, json } = await scan({ [file]: text });
      expect(findings.map(where)).toEqual([spanOf(rule, text, encoded)]);
      expect(findings[0]!.message).toContain('inside a DEFLATE-compressed, base64-encoded value');
      expect(json).not.toContain(secret);
      expect(json).not.toContain(encoded);
      expect(ctx.registered).toEqual(expect.arrayContaining([secret, encoded]));
    });
  }

  it('look-alikes: placeholders, binary, random bytes and images are not findings', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      noise(120),
    ]);
    const files = {
      'a.json': `{"blob": "${rawB64('GITHUB_TOKEN=ghp_your_token_here\nother=1\n')}"}\n`,
      'b.yaml': `state: ${rawB64(`OPENAI_API_KEY=\${OPENAI_API_KEY}\nmodel=gpt\n`)}\n`,
      'c.env': `BLOB=${rawB64(Buffer.alloc(4096))}\n`,
      'd.env': `BLOB=${b64(noise(96))}\n`,
      'e.html': `<img src="data:image/png;base64,${b64(png)}">\n`,
      'f.txt': `state=${rawB64(`GROQ_API_KEY=${FAKE.groq.slice(0, 12)}...\n`)}\n`,
    };
    const { findings } = await scan(files);
    expect(findings).toEqual([]);
  });

  it('a truncated stream gives what inflated before the cut', async () => {
    const filler = Array.from({ length: 300 }, (_, i) => `line ${(i * 7919) % 1013} ${i}`);
    const whole = rawB64(`GH_TOKEN=${FAKE.github}\n${filler.join('\n')}`);
    const cut = whole.slice(0, Math.floor((whole.length * 0.6) / 4) * 4);
    const { findings } = await scan({ 'cut.txt': `v=${cut}\n` });
    expect(findings.map((f) => f.rule)).toEqual(['github-token']);
  });

  it('a raw DEFLATE bomb is inflated only up to the cap, and its head is scanned', async () => {
    const bomb = deflateRawSync(
      Buffer.concat([Buffer.from(`TOKEN=${FAKE.github}\n`), Buffer.alloc(32 << 20, 32)]),
    );
    expect(b64(bomb).length).toBeLessThan(DECODE_LIMITS.maxCandidate);
    const head = await inflateRawHead(bomb);
    expect(head!.length).toBe(DECODE_LIMITS.maxInflatedPerSpan);
    const { findings } = await scan({ 'bomb.txt': `payload=${b64(bomb)}\n` });
    expect(findings.map((f) => f.rule)).toEqual(['github-token']);
  });

  it('raw DEFLATE, gzip and zlib bombs draw on one per-file budget', async () => {
    const raw = b64(deflateRawSync(Buffer.alloc(32 << 20, 97)));
    const gz = b64(gzipSync(Buffer.alloc(32 << 20, 98)));
    const text = Array.from({ length: 12 }, (_, i) => `b${i}=${i % 2 ? raw : gz}`).join('\n');
    const budget = newDecodeBudget();
    const spans = await encodedSpans(text, budget);
    expect(budget.inflateBytes).toBeLessThanOrEqual(0);
    expect(spans.length).toBe(DECODE_LIMITS.maxInflatedPerUnit / DECODE_LIMITS.maxInflatedPerSpan);
  });

  it('inflateRawHead undoes raw DEFLATE of any bytes, cut at the cap (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 4000 }),
        fc.integer({ min: 1, max: 5000 }),
        async (bytes, cap) => {
          const want = Buffer.from(bytes).subarray(0, cap);
          expect(await inflateRawHead(deflateRawSync(bytes), cap)).toEqual(want);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the DEFLATE prefilter accepts every level and strategy zlib writes text with (property)', () => {
    const strategies = [
      zlib.Z_DEFAULT_STRATEGY,
      zlib.Z_FILTERED,
      zlib.Z_HUFFMAN_ONLY,
      zlib.Z_RLE,
      zlib.Z_FIXED,
    ];
    fc.assert(
      fc.property(
        fc.stringMatching(/^[\x20-\x7e\t\n]{12,3000}$/),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(0, 1, 6, 9),
        fc.constantFrom(...strategies),
        (text, times, level, strategy) => {
          expect(deflatesToText(deflateRawSync(text.repeat(times), { level, strategy }))).toBe(
            true,
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('the DEFLATE prefilter refuses binary that is not DEFLATE of text', () => {
    expect(deflatesToText(deflateRawSync(Buffer.alloc(64)))).toBe(false);
    expect(deflatesToText(deflateRawSync(noise(200)))).toBe(false);
    expect(deflatesToText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(
      false,
    );
    expect(deflatesToText(Buffer.alloc(0))).toBe(false);
    // Random bytes pass rarely (a few in a thousand): zlib decides those.
    const passed = Array.from({ length: 2000 }, () => deflatesToText(noise(64))).filter(Boolean);
    expect(passed.length).toBeLessThan(40);
  });

  it('random bytes in base64: never a throw, every DEFLATE span inflates to what it says (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 24, maxLength: 600 }), async (bytes) => {
        const text = `v=${b64(Buffer.from(bytes))}\n`;
        for (const span of await encodedSpans(text)) {
          if (span.encoding !== 'deflate') continue;
          const again = await inflateRawHead(
            Buffer.from(text.slice(span.start, span.end), 'base64'),
          );
          expect(again?.toString()).toBe(span.decoded);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('base64 wrapped over several lines', () => {
  /** A config whose token the wrapping cuts in two (at the given width, after the prefix). */
  const configFor = (name: string, secret: string): string =>
    `# generated\nservice: ml-api\n${name}: ${secret}\nregion: eu-west-1\n`;

  const cases: Array<[string, string, string, (body: string) => string, number]> = [
    [
      'certs/bundle.pem',
      'github-token',
      FAKE.github,
      (body) => `-----BEGIN CONFIG-----\n${body}\n-----END CONFIG-----\n`,
      64,
    ],
    ['secrets/app.b64', 'groq-api-key', FAKE.groq, (body) => `${body}\n`, 76],
    [
      'k8s/secret.yaml',
      'openai-api-key',
      FAKE.openai,
      (body) => `apiVersion: v1\nkind: ConfigMap\ndata:\n  app.conf: |\n${body}\n`,
      76,
    ],
    [
      'ci/deploy.sh',
      'replicate-api-token',
      FAKE.replicate,
      (body) => `cat > /tmp/cfg.b64 <<'EOF'\n${body}\nEOF\nbase64 -d /tmp/cfg.b64\n`,
      64,
    ],
    [
      'docs/config.md',
      'huggingface-token',
      FAKE.hfUser,
      (body) => `Config:\n\n\`\`\`\n${body}\n\`\`\`\n`,
      76,
    ],
  ];
  for (const [file, rule, secret, context, width] of cases) {
    it(`${rule} cut across lines at ${width} columns in ${file}`, async () => {
      const encoded = b64(configFor('token', secret));
      const indent = file.endsWith('.yaml') ? '    ' : '';
      const body = wrap(encoded, width, indent);
      // The token is cut by a line break: no single line decodes to it.
      expect(body.split('\n').every((l) => !Buffer.from(l.trim(), 'base64').includes(secret))).toBe(
        true,
      );
      const text = context(body);
      const { findings, json } = await scan({ [file]: text });
      expect(findings.map(where)).toEqual([spanOf(rule, text, body.trimStart())]);
      expect(findings[0]!.message).toContain('inside a base64-encoded value');
      expect(json).not.toContain(secret);
    });
  }

  it('gzip and raw DEFLATE data wrapped at 76 columns (`gzip | base64`) are inflated joined', async () => {
    const gz = wrap(b64(gzipSync(configFor('token', FAKE.groq))), 76);
    const raw = wrap(rawB64(configFor('token', FAKE.github)), 64, '  ');
    const text = `a: |\n${gz.replace(/^/gm, '  ')}\nb: |\n${raw}\n`;
    const { findings } = await scan({ 'blobs.yaml': text });
    expect(findings.map((f) => `${f.rule}@${f.line}-${f.endLine}`).sort()).toEqual(
      [
        `groq-api-key@2-${1 + gz.split('\n').length}`,
        `github-token@${3 + gz.split('\n').length}-${2 + gz.split('\n').length + raw.split('\n').length}`,
      ].sort(),
    );
    expect(findings.map((f) => f.message).join('\n')).toMatch(/gzip-compressed[\s\S]*DEFLATE-/);
  });

  it('look-alikes: a certificate body, placeholders, ragged lines and blocks apart', async () => {
    const der = Buffer.concat([Buffer.from([0x30, 0x82, 0x03, 0x10]), noise(780)]);
    const token = FAKE.github;
    const ragged = b64(configFor('token', token));
    const files = {
      'certs/ca.pem': `-----BEGIN CERTIFICATE-----\n${wrap(b64(der), 64)}\n-----END CERTIFICATE-----\n`,
      'docs/a.b64': `${wrap(b64(configFor('token', 'ghp_YOUR_TOKEN_GOES_HERE_0000000000000')), 76)}\n`,
      'k8s/b.yaml': `data:\n  conf: |\n${wrap(b64(configFor('token', '${GITHUB_TOKEN}')), 64, '    ')}\n`,
      // Lines of different widths are not one block: the cut token is not reassembled.
      'c.txt': `${ragged.slice(0, 60)}\n${ragged.slice(60, 124)}\n${ragged.slice(124)}\n`,
      // The same lines, with different indentation: two values, not one.
      'd.yaml': `a: |\n  ${ragged.slice(0, 64)}\nb: |\n    ${ragged.slice(64)}\n`,
      'e.txt': `${wrap(b64('just a long note about the deployment and nothing else at all, twice over.'), 64)}\n`,
    };
    const { findings } = await scan(files);
    expect(findings).toEqual([]);
  });

  it('every wrapped block found decodes back to its span (property)', async () => {
    const printable = fc.stringMatching(/^[\x20-\x7e\n]{30,400}$/);
    await fc.assert(
      fc.asyncProperty(
        printable,
        fc.constantFrom(44, 64, 76),
        fc.constantFrom('', '  ', '\t'),
        fc.boolean(),
        async (plain, width, indent, crlf) => {
          const encoded = b64(plain);
          let body = wrap(encoded, width, indent);
          if (crlf) body = body.replace(/\n/g, '\r\n');
          const text = `key: |\n${body}\nnext: 1\n`;
          const spans = await encodedSpans(text);
          for (const span of spans)
            expect(Buffer.from(text.slice(span.start, span.end), 'base64').toString()).toBe(
              span.decoded,
            );
          // Decoded when the block is mixed-alphabet, as any base64 span must be; letters and
          // slashes alone read as a path and are never decoded (whitespace-only text can encode
          // to that).
          const unpadded = encoded.replace(/=+$/, '');
          if (
            encoded.length > width &&
            /[a-z]/.test(unpadded) &&
            /[A-Z]/.test(unpadded) &&
            /[0-9+/]/.test(unpadded) &&
            !/^[A-Za-z]+(?:\/[A-Za-z]+)+$/.test(unpadded)
          )
            expect(spans.map((s) => s.decoded)).toContain(plain);
        },
      ),
      {
        numRuns: 150,
        // Found by a CI run: whitespace and newlines encode to letters and one slash.
        examples: [['  \n \n\n \n?  \n\n\n\n\n\n\n \n\n\n\n\n \n   \n\n\n\n ', 44, '', false]],
      },
    );
  });
});
