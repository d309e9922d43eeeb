/**
 * Kubernetes Secret manifests (YAML): a value under a secret-named key (`password`, `token`,
 * `api-key`, `DB_PASSWORD`, …) of a `kind: Secret` object — plain in `stringData:`, base64 in
 * `data:` (decoded, and the decoded value judged). It is for what has no issuer format (database
 * passwords, signing keys, shared secrets): an issuer token, plain or base64, is its issuer's
 * rule's finding (the engine decodes `data:` values and names the token by family). Precision first: placeholders,
 * references (`${VAR}`, helm templates `{{ .Values.x }}`), `changeme`, empty and one-class values
 * (`password`, `12345678`) are not findings, nor are values of other kinds (ConfigMap `data:`).
 */
import { patternRule, type PatternRule } from './factory.js';
import { decodeBase64Value, isLookAlike, shannonEntropy } from './look-alikes.js';
import { help, peers } from './shapes.js';

const DOCS = 'https://pipeguard.dev/docs/secrets#kubernetes';

/** Key names that hold a secret (the whole key is tested, case-insensitively). */
const SECRET_KEY =
  /(?:passw(?:or)?d|passphrase|pwd|secret|token|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|privatekey|auth[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|credentials?|connection[_.-]?string)/i;
/** Keys that name something about the secret, not the secret (`token-ttl`, `secret-name`). */
const ABOUT_KEY =
  /(?:url|uri|host(?:name)?|name|user(?:name)?|email|id|path|file|ttl|expiry|expires|length|version|enabled|type|mode|count|size|timeout|header|ref|arn|_at|hash|salt|rounds|policy)$/i;
const PUBLIC_KEY = /public|publishable|anon|csrf|xsrf|nonce/i;

/**
 * A `key: value` line whose value is double-quoted, single-quoted or plain (one token: no block
 * scalar, flow node, anchor or alias). Each form is bounded by its own delimiters, so a line is
 * matched in linear time whatever it holds.
 */
const VALUE_FORMS = [
  String.raw`"(?<secret>[^"\\\r\n]{1,4000})"`,
  String.raw`'(?<secret>[^'\r\n]{1,4000})'`,
  String.raw`(?<secret>[^\s"'#|>&*!{}[\],%@\x60]\S{0,4000})`,
];
const line = (value: string): RegExp =>
  new RegExp(
    String.raw`^(?<indent>[ \t]+)(?<q>["']?)(?<key>[A-Za-z0-9_.-]{1,120})\k<q>[ \t]*:[ \t]+${value}(?:[ \t]+#[^\r\n]*)?[ \t]*\r?$`,
    'gmd',
  );
const KEYWORDS = ['kind: secret', 'kind: "secret"', "kind: 'secret'"];

export function kubernetesSecrets(knownPrefixes: Iterable<string>): PatternRule {
  const prefixes = [...new Set(knownPrefixes)].filter((p) => p.length >= 3);
  /** A value worth reporting: see the module comment. */
  const strong = (value: string): boolean =>
    value.length >= 8 &&
    value.length <= 4000 &&
    !/[\r\n]/.test(value) &&
    !isLookAlike(value) &&
    !/^(?:[./~]|[a-z][a-z0-9+.-]*:\/\/|vault:|ref\+|arn:|projects\/)/i.test(value) &&
    charClasses(value) >= 2 &&
    shannonEntropy(value) >= 2.5;
  /**
   * A value with an issuer's prefix is that issuer's finding: on the same text (stringData), or
   * in the decoded `data:` value (the engine decodes it and names the token by family).
   */
  const issuers = (value: string): boolean => prefixes.some((p) => value.startsWith(p));
  const inBlock = (block: 'stringData' | 'data') => (_secret: string, match: RegExpMatchArray) => {
    const key = match.groups?.key ?? '';
    if (!SECRET_KEY.test(key) || ABOUT_KEY.test(key) || PUBLIC_KEY.test(key)) return false;
    return secretBlockOf(match.input ?? '', match.index ?? 0) === block;
  };
  return patternRule('@pipeguard/secretlint-rule-kubernetes', DOCS, [
    ...VALUE_FORMS.map((value) => ({
      name: 'kubernetes-secret-string-data',
      title: 'Kubernetes Secret value (stringData)',
      help: help(
        'the system the value belongs to (then keep the manifest free of it: External Secrets, Sealed Secrets or SOPS)',
      ),
      severity: 'high' as const,
      family: 'Kubernetes Secret manifest',
      formats: '`kind: Secret` → `stringData:` plain value under a secret-named key',
      peers: peers('g'),
      keywords: KEYWORDS,
      pattern: line(value),
      accept: (secret: string, match: RegExpMatchArray) =>
        inBlock('stringData')(secret, match) && strong(secret) && !issuers(secret),
    })),
    ...VALUE_FORMS.map((value) => ({
      name: 'kubernetes-secret-data',
      title: 'Kubernetes Secret value (data, base64)',
      help: help(
        'the system the value belongs to (then keep the manifest free of it: External Secrets, Sealed Secrets or SOPS)',
      ),
      severity: 'high' as const,
      family: 'Kubernetes Secret manifest',
      formats: '`kind: Secret` → `data:` base64 value under a secret-named key, judged decoded',
      peers: peers('g'),
      keywords: KEYWORDS,
      pattern: line(value),
      accept: (secret: string, match: RegExpMatchArray) => {
        if (!inBlock('data')(secret, match)) return false;
        const decoded = decodeBase64Value(secret);
        return decoded !== undefined && strong(decoded) && !issuers(decoded);
      },
    })),
  ]);
}

/** Lowercase, uppercase, digits, other: how many occur. */
function charClasses(value: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
}

/** Direct children of a Secret's `stringData:` / `data:`: line start → block (the last text's). */
let lastText: string | undefined;
let lastLines = new Map<number, 'stringData' | 'data'>();

/**
 * The block (`stringData` / `data`) that directly holds the line starting at `at`, when that
 * block belongs to a `kind: Secret` object of the same YAML document; else undefined. One linear
 * pass over the text, remembered for the text's other lines (a manifest of many keys costs one
 * pass, not one per key).
 */
function secretBlockOf(text: string, at: number): string | undefined {
  if (text !== lastText) {
    lastLines = secretBlockLines(text);
    lastText = text;
  }
  return lastLines.get(at);
}

interface Block {
  kind: 'stringData' | 'data';
  /** Indentation of the `data:` line, and its column with a list dash (`- data:`). */
  lead: number;
  pad: number;
  children: number[];
  childLead: number;
}

function secretBlockLines(text: string): Map<number, 'stringData' | 'data'> {
  const out = new Map<number, 'stringData' | 'data'>();
  let blocks: Block[] = [];
  let secretPads = new Set<number>();
  let open: Block | undefined;
  const endDocument = (): void => {
    for (const block of blocks)
      if (secretPads.has(block.pad)) for (const line of block.children) out.set(line, block.kind);
    blocks = [];
    secretPads = new Set();
    open = undefined;
  };
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    const lineStart = start;
    start = end + 1;
    if (/^(?:---|\.\.\.)(?:\s|$)/.test(line)) {
      endDocument();
      continue;
    }
    if (/^[ \t]*(?:#.*)?\r?$/.test(line)) continue;
    const lead = /^[ \t]*/.exec(line)![0].length;
    if (open && lead > open.lead) {
      if (open.childLead < 0) open.childLead = lead;
      if (lead === open.childLead) open.children.push(lineStart);
      continue;
    }
    open = undefined;
    const kind = /^([ \t]*(?:-[ \t]+)?)kind:[ \t]*(["']?)Secret\2[ \t]*(?:#.*)?\r?$/.exec(line);
    if (kind) secretPads.add(kind[1]!.length);
    const block = /^([ \t]*(?:-[ \t]+)?)(stringData|data):[ \t]*(?:#.*)?\r?$/.exec(line);
    if (block) {
      open = {
        kind: block[2] as 'stringData' | 'data',
        lead,
        pad: block[1]!.length,
        children: [],
        childLead: -1,
      };
      blocks.push(open);
    }
  }
  endDocument();
  return out;
}
