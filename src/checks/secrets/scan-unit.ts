/**
 * One unit of scanning — a file's text, or the added lines of a file in a diff — turned into
 * located hits: engine hits plus hits inside decoded spans (base64, base64 of gzip / zlib, URL,
 * JSON escapes, hex; nested to a bounded depth), with 1-based line and column in the real file
 * (of the outermost encoded text, for a decoded hit) and the inline allow markers on their lines.
 */
import { detectSecrets, type Hit } from './engine.js';
import { encodedSpans, newDecodeBudget, type DecodeBudget, type Encoding } from './decode.js';
import { LineIndex } from '../../util/text.js';

export { LineIndex };

export interface ScanUnit {
  path: string;
  text: string;
  /** For diff units: the real line number of each line of `text` (text is only the added lines). */
  lineNumbers?: number[];
  commit?: string;
  physicalPath?: string;
  /** The UTF-8 bytes `text` was decoded from, when at hand (a file read whole). */
  utf8?: Uint8Array;
}

export interface LocatedHit {
  rule: string;
  /** Raw secret (decoded when found inside an encoded value). */
  secret: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Found inside an encoded value: its encoding and the encoded text (masked in logs too). */
  encoded?: EncodedIn;
  /** An inline marker (`pipeguard:allow`, `gitleaks:allow`, `pragma: allowlist secret`) covers it. */
  inlineAllowed?: boolean;
  disabledByComment?: boolean;
  binary?: boolean;
  commit?: string;
}

export interface EncodedIn {
  /** The encoding of the text in the file (the outermost layer). */
  encoding: Encoding;
  /** The encoded text as written in the file. */
  text: string;
  /** Every layer decoded to reach the secret, outermost first (`encoding` is the first). */
  layers: Encoding[];
}

export interface UnitOptions {
  decode: boolean;
}

/**
 * Layers of encoding decoded, at most (gitleaks' default --max-decode-depth is 5 too). Plain
 * decoding only shrinks text and inflating draws on a per-unit budget, so the work stays bounded.
 */
export const DECODE_DEPTH = 5;

interface DecodedHit {
  hit: Hit;
  start: number;
  end: number;
  encoded: EncodedIn;
}

export async function scanUnit(unit: ScanUnit, options: UnitOptions): Promise<LocatedHit[]> {
  const direct = await detectSecrets({
    path: unit.path,
    text: unit.text,
    physicalPath: unit.physicalPath,
    utf8: unit.utf8,
  });
  const located: Array<Omit<DecodedHit, 'encoded'> & { encoded?: EncodedIn }> = direct.map(
    (hit) => ({ hit, start: hit.start, end: hit.end }),
  );
  if (options.decode) {
    // A value found both raw and inside an encoded span is one finding: keep the raw one (and
    // of several encoded copies, the first).
    const seen = new Set(direct.map(ruleAndSecret));
    const budget = newDecodeBudget();
    for (const found of await decodedHits(unit.path, unit.text, DECODE_DEPTH, budget)) {
      const key = ruleAndSecret(found.hit);
      if (seen.has(key)) continue;
      seen.add(key);
      located.push(found);
    }
  }
  if (located.length === 0) return [];
  const lines = new LineIndex(unit.text);
  return located.map(({ hit, start, end, encoded }) => {
    const from = lines.position(start);
    const to = lines.position(Math.max(start, end));
    const realLine = (index: number): number => unit.lineNumbers?.[index] ?? index + 1;
    return {
      rule: hit.rule,
      secret: hit.secret,
      line: realLine(from.line),
      column: from.column + 1,
      endLine: realLine(to.line),
      endColumn: to.column + 1,
      ...(encoded ? { encoded } : {}),
      ...(allowedInline(lines, unit.text, from.line) ? { inlineAllowed: true } : {}),
      ...(hit.disabledByComment ? { disabledByComment: true } : {}),
      ...(hit.binary ? { binary: true } : {}),
      ...(unit.commit ? { commit: unit.commit } : {}),
    };
  });
}

/** Hits inside the text's encoded spans, each located at its span, decoding `depth` layers deep. */
async function decodedHits(
  path: string,
  text: string,
  depth: number,
  budget: DecodeBudget,
): Promise<DecodedHit[]> {
  const out: DecodedHit[] = [];
  for (const span of await encodedSpans(text, budget)) {
    const encoded: EncodedIn = {
      encoding: span.encoding,
      text: text.slice(span.start, span.end),
      layers: [span.encoding],
    };
    const inner = await detectSecrets({ path, text: span.decoded });
    for (const hit of inner) out.push({ hit, start: span.start, end: span.end, encoded });
    if (depth > 1) {
      const found = new Set(inner.map(ruleAndSecret));
      for (const nested of await decodedHits(path, span.decoded, depth - 1, budget)) {
        if (found.has(ruleAndSecret(nested.hit))) continue;
        found.add(ruleAndSecret(nested.hit));
        out.push({
          hit: nested.hit,
          start: span.start,
          end: span.end,
          encoded: { ...encoded, layers: [span.encoding, ...nested.encoded.layers] },
        });
      }
    }
  }
  return out;
}

function ruleAndSecret(hit: Hit): string {
  return `${hit.rule}\0${hit.secret}`;
}

const ALLOW_SAME_LINE =
  /pipeguard:allow\b|gitleaks:allow\b|pragma:\s*allowlist\s+secret|trufflehog:ignore\b/;
const ALLOW_NEXT_LINE = /pipeguard:allow-next-line\b|pragma:\s*allowlist\s+nextline\s+secret/;

function allowedInline(lines: LineIndex, text: string, lineIndex: number): boolean {
  if (
    ALLOW_SAME_LINE.test(lines.text(text, lineIndex)) &&
    !ALLOW_NEXT_LINE.test(lines.text(text, lineIndex))
  )
    return true;
  return lineIndex > 0 && ALLOW_NEXT_LINE.test(lines.text(text, lineIndex - 1));
}
