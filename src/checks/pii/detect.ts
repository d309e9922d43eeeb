/**
 * Find personal identifiers in text: a loose candidate pattern per kind, then the kind's own
 * structure and checksum (validators.ts), then the documentation and test values
 * (placeholders.ts). Precision first: a pattern that could as well be an order number or a
 * timestamp needs its separators (SSNs, North American phone numbers) or a keyword on the line
 * (German tax ids, Aadhaar numbers, whose bare digits a checksum alone cannot tell apart).
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import tldList from 'tlds' with { type: 'json' };
import type { Severity } from '../../report/model.js';
import {
  isDocumentationIban,
  isDocumentationId,
  isDocumentationNino,
  isDocumentationSsn,
  isFictionalPhone,
  isPlaceholderDomain,
  isRoleMailbox,
  isTestCard,
} from './placeholders.js';
import {
  aadhaarValid,
  cardBrand,
  cardValid,
  deTaxIdValid,
  ibanValid,
  ninoValid,
  ssnValid,
} from './validators.js';

export interface PiiRule {
  id: string;
  title: string;
  severity: Severity;
  help: string;
}

const HELP =
  'Remove the value from the committed file (and from history), or replace it with a placeholder (example.com, 555-01xx, a test card number); real data belongs in access-controlled storage.';

export const PII_RULES = {
  'pii-email': { title: 'E-mail address', severity: 'medium' },
  'pii-phone': { title: 'Phone number', severity: 'medium' },
  'pii-payment-card': { title: 'Payment card number', severity: 'critical' },
  'pii-iban': { title: 'IBAN (bank account)', severity: 'high' },
  'pii-us-ssn': { title: 'US Social Security number', severity: 'critical' },
  'pii-uk-nino': { title: 'UK National Insurance number', severity: 'high' },
  'pii-de-tax-id': { title: 'German tax identification number', severity: 'high' },
  'pii-in-aadhaar': { title: 'Indian Aadhaar number', severity: 'critical' },
} satisfies Record<string, Omit<PiiRule, 'id' | 'help'>>;

export type PiiRuleId = keyof typeof PII_RULES;
export const PII_RULE_IDS = Object.keys(PII_RULES) as PiiRuleId[];

export function piiRule(id: PiiRuleId): PiiRule {
  return { id, ...PII_RULES[id], help: HELP };
}

export interface PiiHit {
  rule: PiiRuleId;
  /** The value as written (separators kept): never rendered, only masked and hashed. */
  value: string;
  /** Offsets in the scanned text, end exclusive. */
  start: number;
  end: number;
}

const TLDS = new Set(tldList as string[]);

const EMAIL =
  /(?<![\w.%+-])([A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?)@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})(?![\w-]|\.[A-Za-z0-9])/g;
// `+` and a country code, digits in groups; or North American (NXX) NXX-XXXX with separators.
const PHONE_INTL = /(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){1,6}(?![\w]|[.-]?\d)/g;
const PHONE_NANP = /(?<![\w+.-])(?:\(\d{3}\) ?|\d{3}([-. ]))\d{3}([-. ])\d{4}(?![\w]|[.-]?\d)/g;
const CARD = /(?<![\w.,+-]|\d[ -])\d(?:[ -]?\d){12,18}(?![\w]|[.,]\d|[ -]\d)/g;
const IBAN = /(?<![\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}(?![\w])/g;
const SSN = /(?<![\w-])(\d{3})-(\d{2})-(\d{4})(?![\w]|-\d)/g;
const NINO = /(?<![\w])[A-Z]{2}( ?)\d{2}\1\d{2}\1\d{2}\1[A-D](?![\w])/g;
const DE_TAX_ID = /(?<![\w.-])(?:[1-9]\d{10}|[1-9]\d (?:\d{3} ){2}\d{3})(?![\w]|[.-]?\d)/g;
const AADHAAR = /(?<![\w.-])[2-9]\d{3}([ -]?)\d{4}\1\d{4}(?![\w]|[.-]?\d)/g;
const DE_TAX_KEYWORD = /steuer|\bidnr\b|identifikationsnummer|\btax[ _-]?id\b|\btin\b/i;
const AADHAAR_KEYWORD = /aadh?aar|\buidai\b|\buid\b/i;
/** How far before a number its keyword may stand on the same line. */
const KEYWORD_REACH = 60;

/** Every identifier in the text, in order; overlapping candidates keep the earlier, longer one. */
export function detectPii(text: string, enabled: ReadonlySet<PiiRuleId> = ALL): PiiHit[] {
  const hits: PiiHit[] = [];
  const add = (rule: PiiRuleId, start: number, value: string): void => {
    if (enabled.has(rule)) hits.push({ rule, value, start, end: start + value.length });
  };
  if (enabled.has('pii-email'))
    for (const m of text.matchAll(EMAIL))
      if (isPersonalEmail(m[1]!, m[2]!)) add('pii-email', m.index, m[0]);
  if (enabled.has('pii-iban'))
    for (const m of text.matchAll(IBAN)) {
      const found = ibanIn(m[0]);
      if (found) add('pii-iban', m.index, found);
    }
  if (enabled.has('pii-payment-card'))
    for (const m of text.matchAll(CARD)) if (isCard(m[0])) add('pii-payment-card', m.index, m[0]);
  if (enabled.has('pii-us-ssn'))
    for (const m of text.matchAll(SSN))
      if (ssnValid(m[1]!, m[2]!, m[3]!) && !isDocumentationSsn(m[1]! + m[2]! + m[3]!))
        add('pii-us-ssn', m.index, m[0]);
  if (enabled.has('pii-uk-nino'))
    for (const m of text.matchAll(NINO)) {
      const compact = m[0].replace(/ /g, '');
      if (ninoValid(compact) && !isDocumentationNino(compact)) add('pii-uk-nino', m.index, m[0]);
    }
  if (enabled.has('pii-de-tax-id'))
    for (const m of text.matchAll(DE_TAX_ID)) {
      const digits = m[0].replace(/ /g, '');
      if (
        deTaxIdValid(digits) &&
        !isDocumentationId(digits) &&
        keywordBefore(text, m.index, DE_TAX_KEYWORD)
      )
        add('pii-de-tax-id', m.index, m[0]);
    }
  if (enabled.has('pii-in-aadhaar'))
    for (const m of text.matchAll(AADHAAR)) {
      const digits = m[0].replace(/[ -]/g, '');
      if (
        aadhaarValid(digits) &&
        !isDocumentationId(digits) &&
        keywordBefore(text, m.index, AADHAAR_KEYWORD)
      )
        add('pii-in-aadhaar', m.index, m[0]);
    }
  if (enabled.has('pii-phone')) {
    for (const m of text.matchAll(PHONE_INTL)) if (isPhone(m[0])) add('pii-phone', m.index, m[0]);
    for (const m of text.matchAll(PHONE_NANP))
      if (m[1] === undefined || m[1] === m[2])
        if (isPhone(m[0], 'US')) add('pii-phone', m.index, m[0]);
  }
  return withoutOverlaps(hits);
}

const ALL: ReadonlySet<PiiRuleId> = new Set(PII_RULE_IDS);

export function isPersonalEmail(local: string, domain: string): boolean {
  if (local.includes('..') || domain.length > 253) return false;
  const tld = domain.slice(domain.lastIndexOf('.') + 1).toLowerCase();
  if (!TLDS.has(tld)) return false;
  return !isPlaceholderDomain(domain) && !isRoleMailbox(local);
}

/** A phone number libphonenumber's full metadata calls valid, outside the fictional ranges. */
export function isPhone(candidate: string, region?: 'US'): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (digits.length < 8 || digits.length > 15) return false;
  // Parentheses must pair, and separators never double up (`1--2`, `( 2`).
  if ((candidate.match(/\(/g) ?? []).length !== (candidate.match(/\)/g) ?? []).length) return false;
  if (/[ .-]{2}|\([ .-]|[ .-]\)/.test(candidate)) return false;
  // Cheap refusals before the metadata lookup: fictional ranges, and North American numbers whose
  // area code or exchange starts with 0 or 1 (NANP reserves them).
  const e164 = region ? `+1${digits}` : `+${digits}`;
  if (isFictionalPhone(e164)) return false;
  if (region && !/^[2-9]\d{2}[2-9]/.test(digits)) return false;
  const parsed = parsePhoneNumberFromString(candidate, region ? { defaultCountry: region } : {});
  if (!parsed?.isValid()) return false;
  return !isFictionalPhone(parsed.number);
}

/** A card: digits alone, or in the groups cards are printed in (4-4-4-4[-3], 4-6-5, 4-6-4). */
export function isCard(candidate: string): boolean {
  const digits = candidate.replace(/[ -]/g, '');
  if (!cardValid(digits) || isTestCard(digits)) return false;
  if (digits === candidate) return true;
  const separators = new Set(candidate.replace(/\d/g, ''));
  if (separators.size !== 1) return false;
  const groups = candidate
    .split([...separators][0]!)
    .map((g) => g.length)
    .join('-');
  return /^4-4-4-4(-[1-3])?$|^4-6-5$|^4-6-4$/.test(groups) && cardBrand(digits) !== undefined;
}

/**
 * The IBAN inside a candidate: compact, or printed in groups of four (a trailing word in capitals
 * may have been swallowed, so shorter prefixes of whole groups are tried too).
 */
export function ibanIn(candidate: string): string | undefined {
  const groups = candidate.split(' ');
  if (groups[0]!.length > 4) {
    // Compact; whatever followed after a space is another word.
    const compact = groups[0]!;
    return ibanValid(compact) && !isDocumentationIban(compact) ? compact : undefined;
  }
  for (let n = groups.length; n >= 4; n--) {
    const kept = groups.slice(0, n);
    if (kept.slice(0, -1).some((g) => g.length !== 4)) continue;
    const compact = kept.join('');
    if (ibanValid(compact)) return isDocumentationIban(compact) ? undefined : kept.join(' ');
  }
  return undefined;
}

function keywordBefore(text: string, index: number, keyword: RegExp): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  return keyword.test(text.slice(Math.max(lineStart, index - KEYWORD_REACH), index));
}

function withoutOverlaps(hits: PiiHit[]): PiiHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PiiHit[] = [];
  for (const hit of hits) {
    const last = kept.at(-1);
    if (last && hit.start < last.end) continue;
    kept.push(hit);
  }
  return kept;
}
