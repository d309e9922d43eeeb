/**
 * The detection engine: secretlint's recommended preset and pipeguard's own rule modules, all
 * imported statically (bundled), run through secretlint's rule contract by `runRules` (not
 * `@secretlint/core`'s `lintSource`, whose duplicate filter is quadratic in the number of
 * findings), with a prefilter that hands a text only the rule modules whose triggers occur in it.
 * Returns raw hits (with the secret value, for fingerprinting and masking); they never leave the
 * check unmasked.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  FILTER_COMMENTS_ID,
  RULE_MODULES,
  ruleFor,
  supersededPresetRule,
  type RuleModule,
} from './catalog.js';
import { runRules, type RuleMessage } from './rule-runner.js';
import { KeywordSet, type Trigger } from './rules/keywords.js';
import { isLookAlike } from './rules/look-alikes.js';
import { PKCS12_EXTENSIONS } from './rules/pkcs12.js';

export interface TextUnit {
  /** Root-relative path, `/`-separated: what rules see (extension checks) and what findings name. */
  path: string;
  text: string;
  /** Absolute path of the file on disk, for rules that read binary formats themselves (.p12). */
  physicalPath?: string;
  /** The UTF-8 bytes `text` was decoded from, when at hand: the prefilter reads them. */
  utf8?: Uint8Array;
}

export interface Hit {
  /** pipeguard rule id. */
  rule: string;
  /** The raw secret: used for the fingerprint hash and registerSecret, never rendered. */
  secret: string;
  /** Character offsets of the secret in the text. */
  start: number;
  end: number;
  /** secretlint disable comments cover it: reported as suppressed. */
  disabledByComment?: boolean;
  /** The value is not text (a binary key file): nothing to register for log masking. */
  binary?: boolean;
}

const SECRET_DATA_KEYS = ['SECRET', 'TOKEN', 'KEY', 'ID', 'URI', 'URL', 'CREDENTIAL'];

const ALL_TRIGGERS = new KeywordSet(RULE_MODULES.flatMap((m) => m.triggers));

/** Each trigger and each file extension → the indexes of the rule modules it calls for. */
const MODULES_BY_TRIGGER = indexBy((m) => m.triggers);
const MODULES_BY_EXTENSION = indexBy((m) => m.extensions ?? []);
/** Modules with an empty trigger run on every text. */
const ALWAYS = RULE_MODULES.flatMap((m, index) => (m.triggers.includes('') ? [index] : []));

function indexBy<K>(keys: (module: RuleModule) => readonly K[]): Map<K, number[]> {
  const map = new Map<K, number[]>();
  RULE_MODULES.forEach((module, index) => {
    for (const key of new Set(keys(module))) map.set(key, [...(map.get(key) ?? []), index]);
  });
  return map;
}

/** Which rule modules a text needs (the prefilter), in catalog order. */
export function modulesFor(unit: TextUnit): {
  scanners: RuleModule[];
  comments: boolean;
  present: ReadonlySet<Trigger>;
} {
  const present = ALL_TRIGGERS.present(unit.text, unit.utf8);
  const wanted = new Uint8Array(RULE_MODULES.length);
  for (const index of ALWAYS) wanted[index] = 1;
  for (const index of MODULES_BY_EXTENSION.get(path.extname(unit.path).toLowerCase()) ?? [])
    wanted[index] = 1;
  for (const trigger of present)
    for (const index of MODULES_BY_TRIGGER.get(trigger) ?? []) wanted[index] = 1;
  const scanners: RuleModule[] = [];
  let comments = false;
  RULE_MODULES.forEach((module, index) => {
    if (wanted[index] !== 1) return;
    if (module.creator.meta.id === FILTER_COMMENTS_ID) comments = true;
    else scanners.push(module);
  });
  return { scanners, comments, present };
}

/** Scan one text with the rule modules its content calls for. */
export async function detectSecrets(unit: TextUnit): Promise<Hit[]> {
  const { scanners, comments, present } = modulesFor(unit);
  if (scanners.length === 0) return [];
  // secretlint's disable-comment rule runs alongside: what it covers is reported as suppressed.
  const modules = comments ? [...scanners, commentFilter()] : scanners;
  const hits: Hit[] = [];
  for (const message of await lint(unit, modules, present)) {
    const hit = toHit(unit, message);
    if (!hit) continue;
    if (message.ignored) hit.disabledByComment = true;
    hits.push(hit);
  }
  return dedupe(hits);
}

function lint(
  unit: TextUnit,
  modules: RuleModule[],
  present: ReadonlySet<Trigger>,
): Promise<RuleMessage[]> {
  const binary =
    unit.physicalPath !== undefined &&
    PKCS12_EXTENSIONS.includes(path.extname(unit.path).toLowerCase());
  return runRules(
    modules.map((m) => ({
      creator: m.creator,
      // pipeguard's own modules reuse the prefilter's result instead of searching again.
      options: m.origin === 'pipeguard' ? { presentKeywords: present } : {},
    })),
    {
      filePath: binary ? unit.physicalPath! : unit.path,
      ...(binary ? { physicalFilePath: unit.physicalPath! } : {}),
      content: unit.text,
      ext: path.extname(unit.path),
      contentType: binary ? 'binary' : 'text',
    },
  );
}

function commentFilter(): RuleModule {
  const module = RULE_MODULES.find((m) => m.creator.meta.id === FILTER_COMMENTS_ID);
  if (!module) throw new Error('secretlint filter-comments rule missing from the preset');
  return module;
}

function toHit(unit: TextUnit, message: RuleMessage): Hit | undefined {
  const rule = ruleFor(message.ruleId, message.messageId);
  if (message.messageId === 'PrivateKeyP12') {
    const bytes = unit.physicalPath
      ? readFileSync(unit.physicalPath)
      : Buffer.from(unit.text, 'latin1');
    return {
      rule: rule.id,
      secret: createHash('sha256').update(bytes).digest('hex'),
      start: 0,
      end: 0,
      binary: true,
    };
  }
  if (message.messageId === 'PrivateKeyJSON') return serviceAccountKeyHit(unit, rule.id);
  const [rangeStart, rangeEnd] = message.range;
  const secret = secretOf(message) ?? unit.text.slice(rangeStart, rangeEnd);
  if (secret.length === 0) return undefined;
  // Reported ranges are not always the secret's (the AWS rule points at the key name): find the value.
  const at = unit.text.indexOf(secret, rangeStart);
  const start = at >= 0 && at <= rangeEnd ? at : rangeStart;
  const end = at === start ? start + secret.length : rangeEnd;
  const fromPreset = !message.ruleId.startsWith('@pipeguard/');
  if (fromPreset && isLookAlike(secret, { allowHex: true, allowUuid: true })) return undefined;
  // A pipeguard pattern covers this preset rule's formats strictly (e.g. Slack placeholders).
  if (fromPreset && supersededPresetRule(rule.id)) return undefined;
  return { rule: rule.id, secret, start, end };
}

function secretOf(message: RuleMessage): string | undefined {
  const data = (message.data ?? {}) as Record<string, unknown>;
  for (const key of SECRET_DATA_KEYS) {
    const value = data[key];
    if (typeof value === 'string' && value.length > 0) return value;
  }
  return undefined;
}

/** A GCP service-account JSON: the secret is its private_key, the location the `private_key` member. */
function serviceAccountKeyHit(unit: TextUnit, rule: string): Hit | undefined {
  let key: unknown;
  try {
    key = (JSON.parse(unit.text) as Record<string, unknown>).private_key;
  } catch {
    return undefined;
  }
  if (typeof key !== 'string') return undefined;
  const member = /"private_key"\s*:\s*"/.exec(unit.text);
  const start = member ? member.index : 0;
  const close = member ? unit.text.indexOf('"', start + member[0].length) : -1;
  return { rule, secret: key, start, end: close > start ? close + 1 : start };
}

/**
 * One hit per secret occurrence: the same rule (or the same value) found twice at overlapping
 * places. Hits are taken by start; a hit overlaps an earlier one exactly when it starts before
 * that one's reach, so the furthest-reaching earlier hit per rule and per value is all that must
 * be remembered (linear, whatever the number of hits).
 */
function dedupe(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  const furthestByRule = new Map<string, Hit>();
  const furthestBySecret = new Map<string, Hit>();
  for (const hit of sorted) {
    const twin =
      overlapping(furthestByRule.get(hit.rule), hit) ??
      overlapping(furthestBySecret.get(hit.secret), hit);
    if (twin) {
      if (hit.disabledByComment !== twin.disabledByComment) twin.disabledByComment = false;
      continue;
    }
    kept.push(hit);
    for (const [map, key] of [
      [furthestByRule, hit.rule],
      [furthestBySecret, hit.secret],
    ] as const) {
      const previous = map.get(key);
      if (!previous || reach(hit) > reach(previous)) map.set(key, hit);
    }
  }
  return kept;
}

/** The end of a hit's span, an empty span counting as one character (binary hits). */
function reach(hit: Hit): number {
  return Math.max(hit.end, hit.start + 1);
}

/** `earlier` (which starts no later than `hit`) if the two spans overlap. */
function overlapping(earlier: Hit | undefined, hit: Hit): Hit | undefined {
  return earlier && hit.start < reach(earlier) ? earlier : undefined;
}
