/**
 * One unit of scanning — a file's text, or the added lines of a file in a diff — turned into
 * located hits: engine hits plus hits inside decoded base64 / URL-encoded spans, with 1-based
 * line and column in the real file and the inline allow markers on their lines.
 */
import { detectSecrets, type Hit } from './engine.js';
import { encodedSpans, type Encoding } from './decode.js';
import { LineIndex } from '../../util/text.js';

export { LineIndex };

export interface ScanUnit {
  path: string;
  text: string;
  /** For diff units: the real line number of each line of `text` (text is only the added lines). */
  lineNumbers?: number[];
  commit?: string;
  physicalPath?: string;
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
  encoded?: { encoding: Encoding; text: string };
  /** An inline marker (`pipeguard:allow`, `gitleaks:allow`, `pragma: allowlist secret`) covers it. */
  inlineAllowed?: boolean;
  disabledByComment?: boolean;
  binary?: boolean;
  commit?: string;
}

export interface UnitOptions {
  decode: boolean;
}

const DECODE_DEPTH = 2;

export async function scanUnit(unit: ScanUnit, options: UnitOptions): Promise<LocatedHit[]> {
  const direct = await detectSecrets({
    path: unit.path,
    text: unit.text,
    physicalPath: unit.physicalPath,
  });
  const located: Array<{
    hit: Hit;
    start: number;
    end: number;
    encoded?: { encoding: Encoding; text: string };
  }> = direct.map((hit) => ({ hit, start: hit.start, end: hit.end }));
  if (options.decode) {
    // A value found both raw and inside an encoded span is one finding: keep the raw one (and
    // of several encoded copies, the first).
    const seen = new Set(direct.map(ruleAndSecret));
    for (const found of await decodedHits(unit.path, unit.text, DECODE_DEPTH)) {
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

async function decodedHits(
  path: string,
  text: string,
  depth: number,
): Promise<
  Array<{ hit: Hit; start: number; end: number; encoded: { encoding: Encoding; text: string } }>
> {
  const out: Array<{
    hit: Hit;
    start: number;
    end: number;
    encoded: { encoding: Encoding; text: string };
  }> = [];
  for (const span of encodedSpans(text)) {
    const encoded = { encoding: span.encoding, text: text.slice(span.start, span.end) };
    const inner = await detectSecrets({ path, text: span.decoded });
    for (const hit of inner) out.push({ hit, start: span.start, end: span.end, encoded });
    if (depth > 1) {
      const found = new Set(inner.map(ruleAndSecret));
      for (const nested of await decodedHits(path, span.decoded, depth - 1)) {
        if (found.has(ruleAndSecret(nested.hit))) continue;
        out.push({ hit: nested.hit, start: span.start, end: span.end, encoded });
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
