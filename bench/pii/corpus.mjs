// The pii look-alike corpus: real-shaped personal identifiers (with valid checksums, computed here
// independently of src/) and the values that look like them and are not (placeholders, test
// cards, documentation IBANs, broken checksums, timestamps, versions, ids, hashes). Deterministic:
// one seed, the same lines every run. Used by bench/pii/index.mjs (precision/recall of the built
// CLI) and test/pii/corpus.test.ts (precision 1 on the corpus).

/** mulberry32: a small seeded PRNG. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function luhnComplete(body) {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

export function ibanComplete(country, bban) {
  const numeric = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of numeric) rest = (rest * 10 + Number(d)) % 97;
  return `${country}${String(98 - rest).padStart(2, '0')}${bban}`;
}

const VD = [
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
const VP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

export function verhoeffComplete(body) {
  let c = 0;
  for (let i = 0; i < body.length; i++)
    c = VD[c][VP[(i + 1) % 8][Number(body[body.length - 1 - i])]];
  return body + String(VINV[c]);
}

export function mod1110Complete(body) {
  let product = 10;
  for (const ch of body) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return body + String(check === 10 ? 0 : check);
}

const FIRST = ['anna', 'ben', 'chloe', 'dmitri', 'eva', 'farah', 'goran', 'hiro', 'ines', 'jonas'];
const LAST = ['schmidt', 'okafor', 'nguyen', 'garcia', 'kowalski', 'tanaka', 'smith', 'rossi'];
const MAIL_DOMAINS = [
  'gmail.com',
  'outlook.de',
  'web.de',
  'yahoo.fr',
  'uni-heidelberg.de',
  'acme-corp.co.uk',
  'proton.me',
];
const AREA_CODES = ['212', '415', '617', '312', '206', '303', '512', '718', '202', '646'];

export function buildCorpus(size = 400, seed = 17) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const digits = (n) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
  const letters = (n) =>
    Array.from({ length: n }, () => String.fromCharCode(65 + Math.floor(r() * 26))).join('');
  const ts = () =>
    `2026-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}T0${Math.floor(r() * 9)}:1${Math.floor(r() * 9)}:2${Math.floor(r() * 9)}Z`;
  const lines = [];
  const positive = (rule, value, make) => lines.push({ rule, text: make(value) });
  const negative = (kind, text) => lines.push({ rule: null, kind, text });

  const positives = {
    'pii-email': () => `${pick(FIRST)}.${pick(LAST)}${Math.floor(r() * 99)}@${pick(MAIL_DOMAINS)}`,
    'pii-phone': () => {
      const area = pick(AREA_CODES);
      const exchange = String(200 + Math.floor(r() * 700)).replace(/^555$/, '556');
      const line = digits(4);
      return pick([
        `(${area}) ${exchange}-${line}`,
        `${area}-${exchange}-${line}`,
        `+1 ${area} ${exchange} ${line}`,
        `+44 20 7${digits(3)} ${digits(4)}`.replace(/^\+44 20 7946/, '+44 20 7947'),
        `+49 30 ${digits(8)}`,
        `+33 6 ${pick(['12', '20', '45', '70', '07'])} ${digits(2)} ${digits(2)} ${digits(2)}`,
      ]);
    },
    'pii-payment-card': () => {
      const kind = pick(['visa', 'mc', 'amex', 'visa-bare']);
      if (kind === 'amex') {
        const n = luhnComplete(pick(['34', '37']) + digits(12));
        return `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`;
      }
      const n = luhnComplete(
        (kind === 'mc' ? `5${1 + Math.floor(r() * 5)}` : '4') + digits(kind === 'mc' ? 13 : 14),
      );
      return kind === 'visa-bare' ? n : n.replace(/(\d{4})(?=\d)/g, '$1 ');
    },
    'pii-iban': () => {
      const country = pick(['DE', 'GB', 'AT', 'CH', 'IE']);
      const bban =
        country === 'DE'
          ? digits(18)
          : country === 'GB'
            ? letters(4) + digits(14)
            : country === 'AT'
              ? digits(16)
              : country === 'CH'
                ? digits(17)
                : letters(4) + digits(14);
      const iban = ibanComplete(country, bban);
      return r() < 0.5 ? iban : iban.replace(/(.{4})(?=.)/g, '$1 ');
    },
    'pii-us-ssn': () => {
      let area = 1 + Math.floor(r() * 899);
      if (area === 666) area = 667;
      return `${String(area).padStart(3, '0')}-${String(1 + Math.floor(r() * 99)).padStart(2, '0')}-${String(1 + Math.floor(r() * 9999)).padStart(4, '0')}`;
    },
    'pii-uk-nino': () =>
      `${pick(['JG', 'AB', 'CE', 'PR', 'SK', 'WL'])}${digits(6)}${pick(['A', 'B', 'C', 'D'])}`.replace(
        /^AB(\d{6})C$/,
        'AC$1C',
      ),
    'pii-de-tax-id': () => {
      for (;;) {
        const pool = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'].sort(() => r() - 0.5);
        const body = pool.slice(0, 9);
        body.splice(1 + Math.floor(r() * 8), 0, body[Math.floor(r() * 9)]);
        if (body[0] === '0') continue;
        const b = body.join('');
        if (/(\d)\1\1/.test(b)) continue;
        const full = mod1110Complete(b);
        return full;
      }
    },
    'pii-in-aadhaar': () => {
      const n = verhoeffComplete(String(2 + Math.floor(r() * 8)) + digits(10));
      return `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}`;
    },
  };
  const contexts = {
    'pii-de-tax-id': (v) => `{"ts":"${ts()}","kunde":"x","steuer_id":"${v}"}`,
    'pii-in-aadhaar': (v) => `${ts()} INFO kyc aadhaar=${v} verified`,
  };
  const negatives = [
    [
      'placeholder e-mail',
      () =>
        `contact ${pick(['alice', 'bob', 'ops'])}@${pick(['example.com', 'example.org', 'mail.example.net', 'corp.test', 'host.invalid', 'foo.example', 'localhost'])}`,
    ],
    [
      'role mailbox',
      () => `from ${pick(['noreply', 'no-reply', 'postmaster', 'mailer-daemon'])}@github.com`,
    ],
    [
      'file name with @',
      () => `asset icon@2x.png and logo@3x.${pick(['png', 'jpg', 'svg', 'webp'])}`,
    ],
    [
      'package@version',
      () =>
        `installed ${pick(['lodash', 'react', 'left-pad'])}@${Math.floor(r() * 20)}.${Math.floor(r() * 20)}.${Math.floor(r() * 20)}`,
    ],
    [
      'fictional 555-01xx',
      () =>
        pick([
          `(${pick(AREA_CODES)}) 555-01${digits(2)}`,
          `+1 ${pick(AREA_CODES)} 555 01${digits(2)}`,
          `${pick(AREA_CODES)}-555-01${digits(2)}`,
        ]),
    ],
    [
      'Ofcom drama number',
      () =>
        pick([
          `+44 20 7946 0${digits(3)}`,
          `+44 7700 900${digits(3)}`,
          `+44 113 496 0${digits(3)}`,
        ]),
    ],
    ['invalid area code', () => `call ${pick(['123', '011', '199'])}-${digits(3)}-${digits(4)}`],
    ['timestamp', () => `${ts()} step=${digits(4)} loss=0.${digits(6)}`],
    ['epoch millis and nanos', () => `ts=17${digits(11)} ns=17${digits(17)}`],
    [
      'version and ip',
      () =>
        `v${digits(1)}.${digits(2)}.${digits(3)} from 10.${Math.floor(r() * 255)}.${Math.floor(r() * 255)}.${Math.floor(r() * 255)}`,
    ],
    ['uuid', () => `run ${digits(8)}-${digits(4)}-4${digits(3)}-a${digits(3)}-${digits(12)}`],
    [
      'sha256',
      () =>
        `sha256:${Array.from({ length: 64 }, () => '0123456789abcdef'[Math.floor(r() * 16)]).join('')}`,
    ],
    [
      'test card',
      () =>
        pick([
          '4111 1111 1111 1111',
          '4242424242424242',
          '5555 5555 5555 4444',
          '378282246310005',
          '6011111111111117',
          '4000 0566 5566 5556',
          '5105105105105100',
        ]),
    ],
    [
      'Luhn-invalid card',
      () => {
        const n = luhnComplete('4' + digits(14));
        return `card ${n.slice(0, 15)}${(Number(n[15]) + 1 + Math.floor(r() * 8)) % 10}`;
      },
    ],
    [
      'Luhn-valid, no network',
      () => `order ${luhnComplete(pick(['1', '7', '8', '9']) + digits(14))}`,
    ],
    ['long numeric id', () => `id ${luhnComplete('4' + digits(20))}`],
    [
      'digit groups in a table',
      () => `${digits(4)} ${digits(4)} ${digits(4)} ${digits(4)} ${digits(4)}`,
    ],
    [
      'documentation IBAN',
      () =>
        pick([
          'GB82 WEST 1234 5698 7654 32',
          'DE89370400440532013000',
          'FR1420041010050500013M02606',
          'NL91ABNA0417164300',
          'CH9300762011623852957',
        ]),
    ],
    [
      'IBAN with a wrong check',
      () => {
        const iban = ibanComplete('DE', digits(18));
        return `${iban.slice(0, 2)}${String((Number(iban.slice(2, 4)) + 1) % 100).padStart(2, '0')}${iban.slice(4)}`;
      },
    ],
    ['IBAN-like wrong length', () => ibanComplete('DE', digits(17))],
    [
      'invalid SSN area',
      () =>
        `${pick(['000', '666', '900', '987'])}-${digits(2)}-${digits(4)}`.replace(
          /^987-(\d\d)/,
          '987-65-432',
        ),
    ],
    ['documentation SSN', () => pick(['078-05-1120', '123-45-6789', '219-09-9999'])],
    [
      'SSN-shaped with zeros',
      () => `${String(1 + Math.floor(r() * 800)).padStart(3, '0')}-00-${digits(4)}`,
    ],
    [
      'NINO-shaped invalid',
      () => `${pick(['QQ', 'DA', 'GB', 'ZZ', 'FO', 'AO'])}${digits(6)}${pick(['A', 'C'])}`,
    ],
    ['NINO with bad suffix', () => `JG${digits(6)}${pick(['E', 'X', 'Z'])}`],
    [
      '11-digit id, no keyword',
      () => `invoice ${String(1 + Math.floor(r() * 9))}${digits(10)} paid`,
    ],
    [
      'tax id with broken check',
      () => {
        const n = positives['pii-de-tax-id']();
        return `steuer_id=${n.slice(0, 10)}${(Number(n[10]) + 1) % 10}`;
      },
    ],
    [
      '12-digit id, no keyword',
      () => `account ${String(2 + Math.floor(r() * 8))}${digits(3)} ${digits(4)} ${digits(4)}`,
    ],
    [
      'Aadhaar with broken check',
      () => {
        const n = verhoeffComplete(String(2 + Math.floor(r() * 8)) + digits(10));
        return `aadhaar ${n.slice(0, 11)}${(Number(n[11]) + 1) % 10}`;
      },
    ],
    [
      'dates and money',
      () =>
        `paid EUR ${digits(3)}.${digits(2)} on 2026-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-1${digits(1)}, ref ${letters(2)}${digits(2)}-${digits(4)}`,
    ],
  ];
  const rules = Object.keys(positives);
  for (let i = 0; i < size; i++) {
    if (i % 2 === 0) {
      const rule = rules[(i / 2) % rules.length];
      const value = positives[rule]();
      positive(
        rule,
        value,
        contexts[rule] ?? ((v) => `${ts()} INFO user=${JSON.stringify(v)} id=${digits(6)}`),
      );
    } else {
      const [kind, make] = negatives[((i - 1) / 2) % negatives.length];
      negative(kind, `${ts()} DEBUG ${make()}`);
    }
  }
  return lines;
}
