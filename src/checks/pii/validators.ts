/**
 * Checksums and structure rules of the personal identifiers the pii check looks for. Each validator
 * takes the compact form (digits or upper-case alphanumerics, separators removed) and answers
 * whether it can be a real identifier; documentation and test values are answered by
 * `placeholders.ts`, not here.
 */
import { isValidIBAN } from 'ibantools';

/** Luhn (ISO/IEC 7812-1) over a digit string. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

interface Brand {
  name: string;
  /** Issuer identification number ranges: [low, high] over the first `digits` digits. */
  ranges: Array<[number, number]>;
  digits: number;
  lengths: number[];
}

// The card networks' published IIN ranges and lengths (ISO/IEC 7812 registry as the networks
// document it); a Luhn-valid number outside every range is not taken for a card.
const BRANDS: Brand[] = [
  { name: 'Visa', ranges: [[4, 4]], digits: 1, lengths: [13, 16, 19] },
  {
    name: 'Mastercard',
    ranges: [
      [51, 55],
      [2221, 2720],
    ],
    digits: 0,
    lengths: [16],
  },
  {
    name: 'American Express',
    ranges: [
      [34, 34],
      [37, 37],
    ],
    digits: 2,
    lengths: [15],
  },
  {
    name: 'Discover',
    ranges: [
      [6011, 6011],
      [644, 649],
      [65, 65],
    ],
    digits: 0,
    lengths: [16, 19],
  },
  { name: 'JCB', ranges: [[3528, 3589]], digits: 4, lengths: [16, 17, 18, 19] },
  {
    name: 'Diners Club',
    ranges: [
      [300, 305],
      [36, 36],
      [38, 39],
    ],
    digits: 0,
    lengths: [14, 16, 19],
  },
  { name: 'UnionPay', ranges: [[62, 62]], digits: 2, lengths: [16, 17, 18, 19] },
];

/** The card network a number belongs to (IIN range and length), or undefined. */
export function cardBrand(digits: string): string | undefined {
  for (const brand of BRANDS) {
    if (!brand.lengths.includes(digits.length)) continue;
    for (const [low, high] of brand.ranges) {
      const width = brand.digits || String(low).length;
      const prefix = Number(digits.slice(0, width));
      if (prefix >= low && prefix <= high) return brand.name;
    }
  }
  return undefined;
}

/** A payment card number: a known network's range and length, Luhn-valid, not one digit repeated. */
export function cardValid(digits: string): boolean {
  return /^\d{13,19}$/.test(digits) && !/^(\d)\1+$/.test(digits.slice(1)) && luhnValid(digits)
    ? cardBrand(digits) !== undefined
    : false;
}

/**
 * An IBAN: known country, that country's length and BBAN structure, ISO 7064 mod 97-10 check
 * digits (ibantools keeps the per-country table of the SWIFT IBAN registry).
 */
export function ibanValid(compact: string): boolean {
  return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact) && isValidIBAN(compact);
}

/** ISO 7064 mod 97-10 over an IBAN (letters as 10–35), kept for the property tests' oracle. */
export function ibanMod97(compact: string): number {
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let rest = 0;
  for (const char of rearranged) {
    const value = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of value) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest;
}

/**
 * A US Social Security number as the SSA issues them: area 001–899 except 666, group 01–99,
 * serial 0001–9999 (randomized issuance since 2011 kept these rules).
 */
export function ssnValid(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  return (
    /^\d{3}$/.test(area) &&
    /^\d{2}$/.test(group) &&
    /^\d{4}$/.test(serial) &&
    a !== 0 &&
    a !== 666 &&
    a < 900 &&
    group !== '00' &&
    serial !== '0000'
  );
}

// HMRC's NIM39110: the first letter is not D, F, I, Q, U or V; the second not D, F, I, O, Q, U or V;
// BG, GB, KN, NK, NT, TN and ZZ are never allocated; the suffix is A–D.
const NINO = /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/;

/** A UK National Insurance number (format rules; it carries no check digit). */
export function ninoValid(compact: string): boolean {
  return NINO.test(compact);
}

/**
 * A German tax identification number (Steuerliche Identifikationsnummer, §139b AO): 11 digits, no
 * leading 0; in the first ten exactly one digit occurs two or three times (three never in a row)
 * and the others at most once; the eleventh is the ISO 7064 MOD 11,10 check digit.
 */
export function deTaxIdValid(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const body = digits.slice(0, 10);
  const counts = new Map<string, number>();
  for (const d of body) counts.set(d, (counts.get(d) ?? 0) + 1);
  const repeated = [...counts.values()].filter((c) => c > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  if (repeated[0] === 3 && /(\d)\1\1/.test(body)) return false;
  return mod11_10CheckDigit(body) === Number(digits[10]);
}

/** ISO 7064 MOD 11,10 check digit of a digit string. */
export function mod11_10CheckDigit(digits: string): number {
  let product = 10;
  for (const char of digits) {
    let sum = (Number(char) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

// Verhoeff's dihedral-group tables (multiplication, permutation, inverse).
const D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Verhoeff checksum over a digit string (valid when the whole string, check digit included, is 0). */
export function verhoeffValid(digits: string): boolean {
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(digits.length - 1 - i) - 48;
    c = D[c]![P[i % 8]![d]!]!;
  }
  return c === 0;
}

/** An Indian Aadhaar number (UIDAI): 12 digits, first 2–9, Verhoeff check digit last. */
export function aadhaarValid(digits: string): boolean {
  return /^[2-9]\d{11}$/.test(digits) && !/^(\d)\1+$/.test(digits) && verhoeffValid(digits);
}
