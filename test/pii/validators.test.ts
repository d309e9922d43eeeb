import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JavaScript shared with bench/pii (no types)
import * as oracle from '../../bench/pii/corpus.mjs';
import {
  detectPii,
  ibanIn,
  isCard,
  isPersonalEmail,
  isPhone,
} from '../../src/checks/pii/detect.js';
import { isTestCard } from '../../src/checks/pii/placeholders.js';
import {
  aadhaarValid,
  cardBrand,
  deTaxIdValid,
  ibanMod97,
  ibanValid,
  luhnValid,
  mod11_10CheckDigit,
  ninoValid,
  ssnValid,
  verhoeffValid,
} from '../../src/checks/pii/validators.js';

const digitString = (min: number, max: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max })
    .map((d) => d.join(''));

describe('checksums', () => {
  it('Luhn: a completed number is valid, and any one changed digit breaks it', () => {
    fc.assert(
      fc.property(
        digitString(12, 18),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (body, at, delta) => {
          const full: string = oracle.luhnComplete(body);
          expect(luhnValid(full)).toBe(true);
          const i = at % full.length;
          const changed =
            full.slice(0, i) + String((Number(full[i]) + delta) % 10) + full.slice(i + 1);
          expect(luhnValid(changed)).toBe(false);
        },
      ),
    );
  });

  it('Luhn never throws and refuses non-digits', () => {
    fc.assert(fc.property(fc.string(), (s) => void luhnValid(s)));
    expect(luhnValid('4111-1111')).toBe(false);
  });

  it('Verhoeff: completed numbers are valid; one changed digit or an adjacent swap is caught', () => {
    fc.assert(
      fc.property(digitString(5, 15), fc.nat(), (body, at) => {
        const full: string = oracle.verhoeffComplete(body);
        expect(verhoeffValid(full)).toBe(true);
        const i = at % (full.length - 1);
        if (full[i] !== full[i + 1]) {
          const swapped = full.slice(0, i) + full[i + 1] + full[i] + full.slice(i + 2);
          expect(verhoeffValid(swapped)).toBe(false);
        }
      }),
    );
  });

  it('ISO 7064 MOD 11,10 agrees with the oracle', () => {
    fc.assert(
      fc.property(digitString(10, 10), (body) => {
        expect(String(mod11_10CheckDigit(body))).toBe((oracle.mod1110Complete(body) as string)[10]);
      }),
    );
  });

  it('IBAN: mod 97 of a completed IBAN is 1; ibantools agrees on country, length and BBAN', () => {
    fc.assert(
      fc.property(digitString(18, 18), (bban) => {
        const iban: string = oracle.ibanComplete('DE', bban);
        expect(ibanMod97(iban)).toBe(1);
        expect(ibanValid(iban)).toBe(true);
        // One digit too few or too many: Germany's IBAN is 22 characters.
        expect(ibanValid(oracle.ibanComplete('DE', bban.slice(1)))).toBe(false);
        expect(ibanValid(oracle.ibanComplete('DE', `${bban}1`))).toBe(false);
        const bad = `${iban.slice(0, 2)}${String((Number(iban.slice(2, 4)) + 1) % 100).padStart(2, '0')}${iban.slice(4)}`;
        expect(ibanValid(bad)).toBe(false);
      }),
    );
    expect(ibanValid('XX00123456789012345')).toBe(false);
  });

  it('IBANs are found compact or printed in fours, never as a shifted prefix', () => {
    fc.assert(
      fc.property(digitString(18, 18), fc.boolean(), (bban, spaced) => {
        const iban: string = oracle.ibanComplete('DE', bban);
        const printed = spaced ? iban.replace(/(.{4})(?=.)/g, '$1 ') : iban;
        expect(ibanIn(`${printed} AB`.split(' AB')[0]!)).toBe(printed);
        expect(detectPii(`iban: ${printed} OK`).map((h) => h.value)).toEqual([printed]);
      }),
    );
  });
});

describe('identifiers', () => {
  it('US SSN rules: area 000, 666 and 900+ never; group 00 and serial 0000 never', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 9999 }),
        (a, g, s) => {
          const valid = ssnValid(
            String(a).padStart(3, '0'),
            String(g).padStart(2, '0'),
            String(s).padStart(4, '0'),
          );
          expect(valid).toBe(a !== 0 && a !== 666 && a < 900 && g !== 0 && s !== 0);
        },
      ),
    );
  });

  it('UK NINO prefixes and suffixes', () => {
    expect(ninoValid('JG103759A')).toBe(true);
    for (const bad of [
      'QQ123456C',
      'GB123456A',
      'NK123456A',
      'DA123456A',
      'AO123456A',
      'JG103759E',
      'JG10375A',
    ])
      expect(ninoValid(bad)).toBe(false);
  });

  it('German tax id: digit distribution and check digit', () => {
    expect(deTaxIdValid('57549285017')).toBe(true);
    expect(deTaxIdValid('57549285018')).toBe(false);
    expect(deTaxIdValid('12345678903')).toBe(false); // no digit repeated
    expect(deTaxIdValid('02476291358')).toBe(false); // leading zero
    fc.assert(fc.property(fc.string(), (s) => void deTaxIdValid(s)));
  });

  it('Aadhaar: first digit 2–9 and Verhoeff', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), digitString(10, 10), (first, rest) => {
        const full: string = oracle.verhoeffComplete(`${first}${rest}`);
        expect(aadhaarValid(full)).toBe(first >= 2 && !/^(\d)\1+$/.test(full));
      }),
    );
  });

  it('cards: network ranges and lengths, published test numbers never', () => {
    expect(cardBrand('4539148803436467')).toBe('Visa');
    expect(cardBrand('2221000000000009')).toBe('Mastercard');
    expect(cardBrand('371449635398431')).toBe('American Express');
    expect(cardBrand('9111111111111111')).toBeUndefined();
    expect(isCard('4539 1488 0343 6467')).toBe(true);
    expect(isCard('4539-1488 0343-6467')).toBe(false); // mixed separators
    expect(isCard('45391 48803 43646 7')).toBe(false); // not a printed grouping
    for (const test of [
      '4111111111111111',
      '4242424242424242',
      '5555555555554444',
      '378282246310005',
    ]) {
      expect(luhnValid(test)).toBe(true);
      expect(isTestCard(test)).toBe(true);
      expect(detectPii(`card ${test}`)).toEqual([]);
    }
    fc.assert(
      fc.property(digitString(14, 14), (body) => {
        const card: string = oracle.luhnComplete(`4${body}`);
        expect(detectPii(`pan=${card};`).map((h) => h.rule)).toEqual(
          isTestCard(card) ? [] : ['pii-payment-card'],
        );
        // Inside a longer digit run it is no card.
        expect(detectPii(`id=${card}12345`)).toEqual([]);
      }),
    );
  });

  it('phones: valid numbers, never the fictional ranges or bare digit runs', () => {
    expect(isPhone('+1 415 867 5309')).toBe(true);
    expect(isPhone('(415) 867-5309', 'US')).toBe(true);
    expect(isPhone('(415) 555-0123', 'US')).toBe(false);
    expect(isPhone('+44 7700 900123')).toBe(false);
    expect(isPhone('+1 (415 867 5309')).toBe(false);
    expect(detectPii('id 4158675309')).toEqual([]);
    expect(detectPii('call 415-867.5309')).toEqual([]); // mixed separators
    fc.assert(fc.property(fc.string(), (s) => void detectPii(s)));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('212', '415', '617'),
        (n, area) => {
          const fictional = `${area}-555-01${String(n).padStart(2, '0')}`;
          expect(detectPii(`call ${fictional}`)).toEqual([]);
        },
      ),
    );
  });

  it('e-mail: reserved domains, role mailboxes and file names are no personal address', () => {
    expect(isPersonalEmail('anna', 'web.de')).toBe(true);
    for (const [local, domain] of [
      ['anna', 'example.com'],
      ['anna', 'mail.example.org'],
      ['anna', 'corp.test'],
      ['anna', 'x.invalid'],
      ['anna', 'shop.example'],
      ['noreply', 'github.com'],
      ['icon', '2x.png'],
    ] as const)
      expect(isPersonalEmail(local, domain)).toBe(false);
    expect(detectPii('from "Anna" <anna.schmidt@web.de>.').map((h) => h.value)).toEqual([
      'anna.schmidt@web.de',
    ]);
    expect(detectPii('pkg lodash@4.17.21 and @types/node@20.1.0')).toEqual([]);
  });

  it('German tax ids and Aadhaar numbers need their keyword on the line', () => {
    expect(detectPii('Steuer-ID: 57549285017').map((h) => h.rule)).toEqual(['pii-de-tax-id']);
    expect(detectPii('order 57549285017')).toEqual([]);
    expect(detectPii('aadhaar 2341 2341 2346').map((h) => h.rule)).toEqual(['pii-in-aadhaar']);
    expect(detectPii('account 2341 2341 2346')).toEqual([]);
    expect(detectPii('steuer\n57549285017')).toEqual([]);
  });

  it('hit offsets always point at the value in the text', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom('a', ' ', '\n', '-', '@', '+', '1', '4', '.', 'x'), {
            maxLength: 60,
          })
          .map((c) => c.join('')),
        (noise) => {
          const text = `${noise} jonas.tanaka@web.de ${noise} +1 415 867 5309 ${noise}`;
          for (const hit of detectPii(text)) expect(text.slice(hit.start, hit.end)).toBe(hit.value);
        },
      ),
    );
  });
});
