export const id = 9779;
export const ids = [9779];
export const modules = {

/***/ 9779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECK: () => (/* binding */ CHECK),
  DEFAULT_PII_GLOBS: () => (/* binding */ DEFAULT_PII_GLOBS),
  notebookOutputRanges: () => (/* binding */ notebookOutputRanges),
  piiCheck: () => (/* binding */ piiCheck),
  runPii: () => (/* binding */ runPii)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(2143);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/schema/json-source.ts
var json_source = __webpack_require__(4267);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __webpack_require__(1917);
// EXTERNAL MODULE: ./src/util/git.ts
var git = __webpack_require__(3968);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
// EXTERNAL MODULE: ./src/checks/define.ts
var checks_define = __webpack_require__(2494);
// EXTERNAL MODULE: ./src/checks/secrets/files.ts
var secrets_files = __webpack_require__(6692);
// EXTERNAL MODULE: ./src/checks/secrets/findings.ts
var findings = __webpack_require__(2561);
// EXTERNAL MODULE: ./src/checks/secrets/suppress.ts
var suppress = __webpack_require__(9172);
// EXTERNAL MODULE: ./node_modules/libphonenumber-js/max/exports/parsePhoneNumber.js + 42 modules
var parsePhoneNumber = __webpack_require__(2713);
// EXTERNAL MODULE: ./node_modules/tlds/index.json
var tlds = __webpack_require__(9011);
;// CONCATENATED MODULE: ./src/checks/pii/placeholders.ts
/**
 * Values that look personal and are not: reserved domains (RFC 2606 / RFC 6761), fictional phone
 * ranges, the card issuers' and payment providers' published test numbers, and the IBANs and
 * national ids printed in standards and official documentation. A match is never a finding.
 */
// RFC 2606 / RFC 6761 reserved names, plus GitHub's no-reply addresses (not a person's mailbox).
const RESERVED_TLDS = new Set(['test', 'invalid', 'example', 'localhost', 'local', 'internal']);
const RESERVED_DOMAINS = ['example.com', 'example.org', 'example.net', 'users.noreply.github.com'];
/** An e-mail domain that names no real mailbox: example.com/.org/.net, .test, .invalid, .example … */
function isPlaceholderDomain(domain) {
    const lower = domain.toLowerCase().replace(/\.$/, '');
    const tld = lower.slice(lower.lastIndexOf('.') + 1);
    if (RESERVED_TLDS.has(tld))
        return true;
    return RESERVED_DOMAINS.some((d) => lower === d || lower.endsWith(`.${d}`));
}
/** Local parts that are roles or robots rather than people. */
const ROLE_LOCAL_PARTS = /^(?:no-?reply|do-?not-?reply|mailer-daemon|postmaster|hostmaster|abuse|root|admin|git|noc)$/i;
function isRoleMailbox(local) {
    return ROLE_LOCAL_PARTS.test(local);
}
/**
 * Fictional phone numbers reserved for films and documentation, as E.164: North America's
 * 555-0100…0199 (every area code), Ofcom's drama ranges, and ACMA's.
 */
const FICTIONAL_E164 = [
    /^\+1\d{3}5550[1]\d{2}$/,
    /^\+447700900\d{3}$/,
    /^\+442079460\d{3}$/,
    /^\+44(?:113|114|115|116|117|118|121|131|141|151|161)4960\d{3}$/,
    /^\+441914980\d{3}$/,
    /^\+442896496\d{3}$/,
    /^\+4429\d{2}018\d{3}$/,
    /^\+441632960\d{3}$/,
    /^\+61491570\d{3}$/,
    /^\+61(?:2|3|7|8)5550\d{4}$/,
];
function isFictionalPhone(e164) {
    return FICTIONAL_E164.some((r) => r.test(e164));
}
// Published test card numbers (Stripe, Adyen, Braintree, PayPal, Worldpay, the networks' own).
const TEST_CARDS = new Set([
    '4111111111111111',
    '4242424242424242',
    '4000056655665556',
    '4012888888881881',
    '4222222222222',
    '4000000000000002',
    '4000000000009995',
    '4000000000000077',
    '4000000000000093',
    '4000000000003220',
    '4000002500003155',
    '4000000000000341',
    '4917610000000000',
    '4462030000000000',
    '4917300800000000',
    '4484070000000000',
    '4988438843884305',
    '4166676667666746',
    '4646464646464644',
    '4000000000001000',
    '4000000000001091',
    '4012000033330026',
    '4005519200000004',
    '4009348888881881',
    '4012000077777777',
    '4217651111111119',
    '4500600000000061',
    '5555555555554444',
    '5200828282828210',
    '5105105105105100',
    '5431111111111111',
    '5454545454545454',
    '5101180000000007',
    '5555341244441115',
    '5577000055770004',
    '5136333333333335',
    '2223003122003222',
    '2222400070000005',
    '2223000048400011',
    '378282246310005',
    '371449635398431',
    '378734493671000',
    '370000000000002',
    '340000000000009',
    '6011111111111117',
    '6011000990139424',
    '6011000400000000',
    '6011601160116611',
    '6445644564456445',
    '3530111333300000',
    '3566002020360505',
    '3566111111111113',
    '30569309025904',
    '38520000023237',
    '36006666333344',
    '36700102000000',
    '36148900647913',
    '6200000000000005',
    '6205500000000000004',
    '6243030000000001',
]);
/** A published test card number, or the usual 4111…/4242… pattern any test suite writes. */
function isTestCard(digits) {
    return TEST_CARDS.has(digits);
}
// Example IBANs of the SWIFT IBAN registry, the ECBS and national banks' documentation.
const DOCUMENTATION_IBANS = new Set([
    'GB82WEST12345698765432',
    'GB29NWBK60161331926819',
    'GB33BUKB20201555555555',
    'DE89370400440532013000',
    'DE75512108001245126199',
    'DE02120300000000202051',
    'DE44500105175407324931',
    'FR1420041010050500013M02606',
    'FR7630006000011234567890189',
    'NL91ABNA0417164300',
    'NL02ABNA0123456789',
    'BE68539007547034',
    'BE71096123456769',
    'ES9121000418450200051332',
    'IT60X0542811101000000123456',
    'AT611904300234573201',
    'CH9300762011623852957',
    'CH5604835012345678009',
    'IE29AIBK93115212345678',
    'PL61109010140000071219812874',
    'SE4550000000058398257466',
    'DK5000400440116243',
    'FI2112345600000785',
    'NO9386011117947',
    'PT50000201231234567890154',
    'LU280019400644750000',
    'CZ6508000000192000145399',
    'HU42117730161111101800000000',
    'GR1601101250000000012300695',
    'SA0380000000608010167519',
    'AE070331234567890123456',
    'MT84MALT011000012345MTLCAST001S',
    'CY17002001280000001200527600',
]);
function isDocumentationIban(compact) {
    return DOCUMENTATION_IBANS.has(compact);
}
// The SSA's voided and advertising numbers, and the pattern documentation prints.
const DOCUMENTATION_SSNS = new Set(['078051120', '219099999', '123456789', '987654320']);
/** A US SSN that documentation prints (078-05-1120 …) or the SSA's advertising range 987-65-432x. */
function isDocumentationSsn(digits) {
    return DOCUMENTATION_SSNS.has(digits) || /^98765432\d$/.test(digits);
}
// HMRC's own example NINO (QQ123456C, whose Q makes it invalid anyway) and AB123456C of forms.
const DOCUMENTATION_NINOS = new Set(['QQ123456C', 'QQ123456A', 'AB123456C', 'AB123456A']);
function isDocumentationNino(compact) {
    return DOCUMENTATION_NINOS.has(compact);
}
// The German BZSt's and UIDAI's sample numbers.
const DOCUMENTATION_IDS = new Set(['86095742719', '65929970489', '12345678995', '499999999999']);
function isDocumentationId(digits) {
    return DOCUMENTATION_IDS.has(digits);
}

// EXTERNAL MODULE: ./node_modules/ibantools/jsnext/ibantools.js
var ibantools = __webpack_require__(6858);
;// CONCATENATED MODULE: ./src/checks/pii/validators.ts
/**
 * Checksums and structure rules of the personal identifiers the pii check looks for. Each validator
 * takes the compact form (digits or upper-case alphanumerics, separators removed) and answers
 * whether it can be a real identifier; documentation and test values are answered by
 * `placeholders.ts`, not here.
 */

/** Luhn (ISO/IEC 7812-1) over a digit string. */
function luhnValid(digits) {
    if (!/^\d+$/.test(digits))
        return false;
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
        let d = digits.charCodeAt(digits.length - 1 - i) - 48;
        if (i % 2 === 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 === 0;
}
// The card networks' published IIN ranges and lengths (ISO/IEC 7812 registry as the networks
// document it); a Luhn-valid number outside every range is not taken for a card.
const BRANDS = [
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
function cardBrand(digits) {
    for (const brand of BRANDS) {
        if (!brand.lengths.includes(digits.length))
            continue;
        for (const [low, high] of brand.ranges) {
            const width = brand.digits || String(low).length;
            const prefix = Number(digits.slice(0, width));
            if (prefix >= low && prefix <= high)
                return brand.name;
        }
    }
    return undefined;
}
/** A payment card number: a known network's range and length, Luhn-valid, not one digit repeated. */
function cardValid(digits) {
    return /^\d{13,19}$/.test(digits) && !/^(\d)\1+$/.test(digits.slice(1)) && luhnValid(digits)
        ? cardBrand(digits) !== undefined
        : false;
}
/**
 * An IBAN: known country, that country's length and BBAN structure, ISO 7064 mod 97-10 check
 * digits (ibantools keeps the per-country table of the SWIFT IBAN registry).
 */
function ibanValid(compact) {
    return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact) && (0,ibantools/* isValidIBAN */.DT)(compact);
}
/** ISO 7064 mod 97-10 over an IBAN (letters as 10–35), kept for the property tests' oracle. */
function ibanMod97(compact) {
    const rearranged = compact.slice(4) + compact.slice(0, 4);
    let rest = 0;
    for (const char of rearranged) {
        const value = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
        for (const digit of value)
            rest = (rest * 10 + Number(digit)) % 97;
    }
    return rest;
}
/**
 * A US Social Security number as the SSA issues them: area 001–899 except 666, group 01–99,
 * serial 0001–9999 (randomized issuance since 2011 kept these rules).
 */
function ssnValid(area, group, serial) {
    const a = Number(area);
    return (/^\d{3}$/.test(area) &&
        /^\d{2}$/.test(group) &&
        /^\d{4}$/.test(serial) &&
        a !== 0 &&
        a !== 666 &&
        a < 900 &&
        group !== '00' &&
        serial !== '0000');
}
// HMRC's NIM39110: the first letter is not D, F, I, Q, U or V; the second not D, F, I, O, Q, U or V;
// BG, GB, KN, NK, NT, TN and ZZ are never allocated; the suffix is A–D.
const NINO = /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/;
/** A UK National Insurance number (format rules; it carries no check digit). */
function ninoValid(compact) {
    return NINO.test(compact);
}
/**
 * A German tax identification number (Steuerliche Identifikationsnummer, §139b AO): 11 digits, no
 * leading 0; in the first ten exactly one digit occurs two or three times (three never in a row)
 * and the others at most once; the eleventh is the ISO 7064 MOD 11,10 check digit.
 */
function deTaxIdValid(digits) {
    if (!/^[1-9]\d{10}$/.test(digits))
        return false;
    const body = digits.slice(0, 10);
    const counts = new Map();
    for (const d of body)
        counts.set(d, (counts.get(d) ?? 0) + 1);
    const repeated = [...counts.values()].filter((c) => c > 1);
    if (repeated.length !== 1 || repeated[0] > 3)
        return false;
    if (repeated[0] === 3 && /(\d)\1\1/.test(body))
        return false;
    return mod11_10CheckDigit(body) === Number(digits[10]);
}
/** ISO 7064 MOD 11,10 check digit of a digit string. */
function mod11_10CheckDigit(digits) {
    let product = 10;
    for (const char of digits) {
        let sum = (Number(char) + product) % 10;
        if (sum === 0)
            sum = 10;
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
function verhoeffValid(digits) {
    let c = 0;
    for (let i = 0; i < digits.length; i++) {
        const d = digits.charCodeAt(digits.length - 1 - i) - 48;
        c = D[c][P[i % 8][d]];
    }
    return c === 0;
}
/** An Indian Aadhaar number (UIDAI): 12 digits, first 2–9, Verhoeff check digit last. */
function aadhaarValid(digits) {
    return /^[2-9]\d{11}$/.test(digits) && !/^(\d)\1+$/.test(digits) && verhoeffValid(digits);
}

;// CONCATENATED MODULE: ./src/checks/pii/detect.ts
/**
 * Find personal identifiers in text: a loose candidate pattern per kind, then the kind's own
 * structure and checksum (validators.ts), then the documentation and test values
 * (placeholders.ts). Precision first: a pattern that could as well be an order number or a
 * timestamp needs its separators (SSNs, North American phone numbers) or a keyword on the line
 * (German tax ids, Aadhaar numbers, whose bare digits a checksum alone cannot tell apart).
 */




const HELP = 'Remove the value from the committed file (and from history), or replace it with a placeholder (example.com, 555-01xx, a test card number); real data belongs in access-controlled storage.';
const PII_RULES = {
    'pii-email': { title: 'E-mail address', severity: 'medium' },
    'pii-phone': { title: 'Phone number', severity: 'medium' },
    'pii-payment-card': { title: 'Payment card number', severity: 'critical' },
    'pii-iban': { title: 'IBAN (bank account)', severity: 'high' },
    'pii-us-ssn': { title: 'US Social Security number', severity: 'critical' },
    'pii-uk-nino': { title: 'UK National Insurance number', severity: 'high' },
    'pii-de-tax-id': { title: 'German tax identification number', severity: 'high' },
    'pii-in-aadhaar': { title: 'Indian Aadhaar number', severity: 'critical' },
};
const PII_RULE_IDS = Object.keys(PII_RULES);
function piiRule(id) {
    return { id, ...PII_RULES[id], help: HELP };
}
const TLDS = new Set(tlds);
const EMAIL = /(?<![\w.%+-])([A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?)@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})(?![\w-]|\.[A-Za-z0-9])/g;
// `+` and a country code, digits in groups; or North American (NXX) NXX-XXXX with separators.
const PHONE_INTL = /(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){1,6}(?![\w]|[.-]?\d)/g;
const PHONE_NANP = /(?<![\w+.-])(?:\(\d{3}\) ?|\d{3}([-. ]))\d{3}([-. ])\d{4}(?![\w]|[.-]?\d)/g;
const CARD = /(?<![\w.,+-]|\d[ -])\d(?:[ -]?\d){12,18}(?![\w]|[.,]\d|[ -]\d)/g;
const IBAN = /(?<![\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}(?![\w])/g;
const SSN = /(?<![\w-])(\d{3})-(\d{2})-(\d{4})(?![\w]|-\d)/g;
const detect_NINO = /(?<![\w])[A-Z]{2}( ?)\d{2}\1\d{2}\1\d{2}\1[A-D](?![\w])/g;
const DE_TAX_ID = /(?<![\w.-])(?:[1-9]\d{10}|[1-9]\d (?:\d{3} ){2}\d{3})(?![\w]|[.-]?\d)/g;
const AADHAAR = /(?<![\w.-])[2-9]\d{3}([ -]?)\d{4}\1\d{4}(?![\w]|[.-]?\d)/g;
const DE_TAX_KEYWORD = /steuer|\bidnr\b|identifikationsnummer|\btax[ _-]?id\b|\btin\b/i;
const AADHAAR_KEYWORD = /aadh?aar|\buidai\b|\buid\b/i;
/** How far before a number its keyword may stand on the same line. */
const KEYWORD_REACH = 60;
/** Every identifier in the text, in order; overlapping candidates keep the earlier, longer one. */
function detectPii(text, enabled = ALL) {
    const hits = [];
    const add = (rule, start, value) => {
        if (enabled.has(rule))
            hits.push({ rule, value, start, end: start + value.length });
    };
    if (enabled.has('pii-email'))
        for (const m of text.matchAll(EMAIL))
            if (isPersonalEmail(m[1], m[2]))
                add('pii-email', m.index, m[0]);
    if (enabled.has('pii-iban'))
        for (const m of text.matchAll(IBAN)) {
            const found = ibanIn(m[0]);
            if (found)
                add('pii-iban', m.index, found);
        }
    if (enabled.has('pii-payment-card'))
        for (const m of text.matchAll(CARD))
            if (isCard(m[0]))
                add('pii-payment-card', m.index, m[0]);
    if (enabled.has('pii-us-ssn'))
        for (const m of text.matchAll(SSN))
            if (ssnValid(m[1], m[2], m[3]) && !isDocumentationSsn(m[1] + m[2] + m[3]))
                add('pii-us-ssn', m.index, m[0]);
    if (enabled.has('pii-uk-nino'))
        for (const m of text.matchAll(detect_NINO)) {
            const compact = m[0].replace(/ /g, '');
            if (ninoValid(compact) && !isDocumentationNino(compact))
                add('pii-uk-nino', m.index, m[0]);
        }
    if (enabled.has('pii-de-tax-id'))
        for (const m of text.matchAll(DE_TAX_ID)) {
            const digits = m[0].replace(/ /g, '');
            if (deTaxIdValid(digits) &&
                !isDocumentationId(digits) &&
                keywordBefore(text, m.index, DE_TAX_KEYWORD))
                add('pii-de-tax-id', m.index, m[0]);
        }
    if (enabled.has('pii-in-aadhaar'))
        for (const m of text.matchAll(AADHAAR)) {
            const digits = m[0].replace(/[ -]/g, '');
            if (aadhaarValid(digits) &&
                !isDocumentationId(digits) &&
                keywordBefore(text, m.index, AADHAAR_KEYWORD))
                add('pii-in-aadhaar', m.index, m[0]);
        }
    if (enabled.has('pii-phone')) {
        for (const m of text.matchAll(PHONE_INTL))
            if (isPhone(m[0]))
                add('pii-phone', m.index, m[0]);
        for (const m of text.matchAll(PHONE_NANP))
            if (m[1] === undefined || m[1] === m[2])
                if (isPhone(m[0], 'US'))
                    add('pii-phone', m.index, m[0]);
    }
    return withoutOverlaps(hits);
}
const ALL = new Set(PII_RULE_IDS);
function isPersonalEmail(local, domain) {
    if (local.includes('..') || domain.length > 253)
        return false;
    const tld = domain.slice(domain.lastIndexOf('.') + 1).toLowerCase();
    if (!TLDS.has(tld))
        return false;
    return !isPlaceholderDomain(domain) && !isRoleMailbox(local);
}
/** A phone number libphonenumber's full metadata calls valid, outside the fictional ranges. */
function isPhone(candidate, region) {
    const digits = candidate.replace(/\D/g, '');
    if (digits.length < 8 || digits.length > 15)
        return false;
    // Parentheses must pair, and separators never double up (`1--2`, `( 2`).
    if ((candidate.match(/\(/g) ?? []).length !== (candidate.match(/\)/g) ?? []).length)
        return false;
    if (/[ .-]{2}|\([ .-]|[ .-]\)/.test(candidate))
        return false;
    // Cheap refusals before the metadata lookup: fictional ranges, and North American numbers whose
    // area code or exchange starts with 0 or 1 (NANP reserves them).
    const e164 = region ? `+1${digits}` : `+${digits}`;
    if (isFictionalPhone(e164))
        return false;
    if (region && !/^[2-9]\d{2}[2-9]/.test(digits))
        return false;
    const parsed = (0,parsePhoneNumber/* parsePhoneNumber */.l)(candidate, region ? { defaultCountry: region } : {});
    if (!parsed?.isValid())
        return false;
    return !isFictionalPhone(parsed.number);
}
/** A card: digits alone, or in the groups cards are printed in (4-4-4-4[-3], 4-6-5, 4-6-4). */
function isCard(candidate) {
    const digits = candidate.replace(/[ -]/g, '');
    if (!cardValid(digits) || isTestCard(digits))
        return false;
    if (digits === candidate)
        return true;
    const separators = new Set(candidate.replace(/\d/g, ''));
    if (separators.size !== 1)
        return false;
    const groups = candidate
        .split([...separators][0])
        .map((g) => g.length)
        .join('-');
    return /^4-4-4-4(-[1-3])?$|^4-6-5$|^4-6-4$/.test(groups) && cardBrand(digits) !== undefined;
}
/**
 * The IBAN inside a candidate: compact, or printed in groups of four (a trailing word in capitals
 * may have been swallowed, so shorter prefixes of whole groups are tried too).
 */
function ibanIn(candidate) {
    const groups = candidate.split(' ');
    if (groups[0].length > 4) {
        // Compact; whatever followed after a space is another word.
        const compact = groups[0];
        return ibanValid(compact) && !isDocumentationIban(compact) ? compact : undefined;
    }
    for (let n = groups.length; n >= 4; n--) {
        const kept = groups.slice(0, n);
        if (kept.slice(0, -1).some((g) => g.length !== 4))
            continue;
        const compact = kept.join('');
        if (ibanValid(compact))
            return isDocumentationIban(compact) ? undefined : kept.join(' ');
    }
    return undefined;
}
function keywordBefore(text, index, keyword) {
    const lineStart = text.lastIndexOf('\n', index - 1) + 1;
    return keyword.test(text.slice(Math.max(lineStart, index - KEYWORD_REACH), index));
}
function withoutOverlaps(hits) {
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept = [];
    for (const hit of hits) {
        const last = kept.at(-1);
        if (last && hit.start < last.end)
            continue;
        kept.push(hit);
    }
    return kept;
}

// EXTERNAL MODULE: ./src/checks/pii/spec.ts
var spec = __webpack_require__(9297);
;// CONCATENATED MODULE: ./src/checks/pii/index.ts
/**
 * The pii check: personal identifiers in the committed files that hold data (logs, JSONL, CSV,
 * fixtures, notebook outputs). Files are read as the secrets scan reads them (never through a
 * symlink, size-capped, binaries skipped), values are masked and fingerprinted as secrets are,
 * and every raw value is registered for log masking before anything renders.
 */















const CHECK = 'pii';
/** Files that hold data rather than code: what a run, a test or a notebook leaves behind. */
const DEFAULT_PII_GLOBS = [
    '**/*.log',
    '**/*.log.[0-9]',
    '**/logs/**/*.txt',
    '**/*.jsonl',
    '**/*.ndjson',
    '**/*.csv',
    '**/*.tsv',
    '**/fixtures/**',
    '**/__fixtures__/**',
    '**/testdata/**',
    '**/test-data/**',
    '**/*.ipynb',
];
const SKIP_RULE = 'pii-scan-skipped';
const REPORTED_SKIPS = new Set(['too-large', 'symlink-outside-root', 'unreadable']);
const RULES = {
    ...Object.fromEntries(PII_RULE_IDS.map((id) => {
        const rule = piiRule(id);
        return [id, { title: rule.title, help: rule.help, severity: rule.severity }];
    })),
    [SKIP_RULE]: {
        title: 'File not scanned for personal data',
        help: 'The file was too large, unreadable or a symlink leaving the root; scan it another way or exclude it.',
        severity: 'low',
    },
};
async function runPii(ctx, request) {
    const section = (0,types/* sectionOf */.Z)(ctx.config, 'pii');
    const unknown = (section.disable ?? []).filter((id) => !PII_RULE_IDS.includes(id));
    if (unknown.length)
        throw new errors/* InputError */.dz(`pii.disable names unknown rule(s): ${unknown.join(', ')}`, ctx.configSource);
    const enabled = new Set(PII_RULE_IDS.filter((id) => !section.disable?.includes(id)));
    const maxFileSize = (0,secrets_files/* parseSize */.DB)(request.maxFileSize ?? section['max-file-size'], secrets_files/* DEFAULT_MAX_FILE_SIZE */.Sj);
    const isData = picomatch_default()(section.globs ?? DEFAULT_PII_GLOBS, { dot: true });
    const excluded = section.exclude?.length
        ? picomatch_default()(section.exclude, { dot: true })
        : () => false;
    const ignoreDisplay = request.ignoreFile ?? section['ignore-file'] ?? spec/* DEFAULT_PII_IGNORE_FILE */.t;
    const ignores = await loadIgnores(ctx.root, ignoreDisplay, ignoreDisplay !== spec/* DEFAULT_PII_IGNORE_FILE */.t);
    const unreadable = await (0,secrets_files/* unreadablePaths */.G1)(ctx.root, request.paths);
    if (unreadable[0])
        throw (0,secrets_files/* unreadablePathError */.nf)(unreadable[0].path, unreadable[0].code);
    const named = new Set(request.paths.map((p) => (0,fs/* relativeToRoot */.yY)(ctx.root, (0,fs/* resolveInsideRoot */.Pk)(ctx.root, p))));
    const pathspecs = [...named].map((p) => p || '.');
    const inGit = await (0,git.isGitRepo)(ctx.root);
    const findings = [];
    const skips = [];
    let files = 0;
    let bytes = 0;
    for await (const rel of (0,secrets_files/* treeFiles */.CU)(ctx.root, inGit, pathspecs)) {
        if (excluded(rel) || (!named.has(rel) && !isData(rel)))
            continue;
        const read = (0,secrets_files/* readCandidateSync */.rt)(ctx.root, rel, maxFileSize);
        if (read.kind === 'skip') {
            skips.push(read.skip);
            continue;
        }
        if (read.kind !== 'text')
            continue;
        files++;
        bytes += read.bytes;
        const hits = hitsIn(rel, read.text, enabled);
        if (hits.length === 0)
            continue;
        const lines = new util_text/* LineIndex */.rr(read.text);
        for (const hit of hits) {
            ctx.registerSecret(hit.value);
            findings.push(findingOf(rel, hit, lines));
        }
    }
    for (const finding of findings) {
        const entry = ignores.get(finding.fingerprint);
        if (entry && !(0,suppress/* isExpired */._d)(entry, ctx.now))
            finding.suppressed = { kind: 'ignore-file', reason: entry.reason };
    }
    for (const s of skips.filter((s) => REPORTED_SKIPS.has(s.reason)))
        findings.push({
            check: CHECK,
            rule: SKIP_RULE,
            severity: 'low',
            message: `not scanned: ${s.reason}${s.detail ? ` (${s.detail})` : ''}`,
            file: s.path,
            fingerprint: (0,model/* fingerprintOf */.ax)(CHECK, SKIP_RULE, s.path, s.reason),
            remedy: RULES[SKIP_RULE].help,
        });
    const suppressed = findings.filter((f) => f.suppressed).length;
    const result = (0,model/* resultFromFindings */.Ot)(CHECK, findings, (0,types/* failOnFor */.p)(ctx.config, CHECK), (failing, total) => total === 0
        ? `no personal data in ${files} data file${files === 1 ? '' : 's'}`
        : `${total} finding(s) in ${files} data file(s)${failing ? `, ${failing} failing` : ''}${suppressed ? `, ${suppressed} suppressed` : ''}`, { files, bytes, suppressed, skipped: skips.length });
    return { ...result, rules: RULES };
}
/** Notebooks: only what their cells printed (outputs), never the code, which is not data. */
function hitsIn(rel, text, enabled) {
    const hits = detectPii(text, enabled);
    if (!rel.endsWith('.ipynb') || hits.length === 0)
        return hits;
    const ranges = notebookOutputRanges(text);
    if (!ranges)
        return hits; // Not a readable notebook: every line counts (fail closed).
    return hits.filter((h) => ranges.some(([start, end]) => h.start >= start && h.end <= end));
}
/** Offsets of every cell's `outputs` array, or undefined when the text is no notebook JSON. */
function notebookOutputRanges(text) {
    let root;
    try {
        root = (0,json_source/* indexJson */.Hh)(text);
    }
    catch {
        return undefined;
    }
    const cells = root.kind === 'object' ? root.entries.get('cells')?.value : undefined;
    if (cells?.kind !== 'array')
        return undefined;
    const ranges = [];
    for (const cell of cells.items) {
        const outputs = cell.kind === 'object' ? cell.entries.get('outputs')?.value : undefined;
        if (outputs)
            ranges.push([outputs.start, outputs.end]);
    }
    return ranges;
}
function findingOf(file, hit, lines) {
    const rule = piiRule(hit.rule);
    const from = lines.position(hit.start);
    const to = lines.position(hit.end);
    // One identity whatever its spelling: `4111 1111…` and `4111-1111…` are the same card.
    const canonical = hit.rule === 'pii-email' ? hit.value.toLowerCase() : hit.value.replace(/[\s().-]/g, '');
    return {
        check: CHECK,
        rule: rule.id,
        severity: rule.severity,
        message: `${rule.title}: ${(0,findings/* maskSecret */.$l)(hit.value)}`,
        file,
        line: from.line + 1,
        column: from.column + 1,
        endLine: to.line + 1,
        endColumn: to.column + 1,
        fingerprint: (0,model/* fingerprintOf */.ax)(CHECK, rule.id, file, (0,findings/* secretDigest */.bV)(canonical)),
        remedy: rule.help,
    };
}
async function loadIgnores(root, display, required) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)((0,fs/* resolveInsideRoot */.Pk)(root, display));
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' && !required)
            return new Map();
        throw new errors/* InputError */.dz(`cannot read the pii ignore file (${code ?? 'error'})`, display);
    }
    const entries = await (0,suppress/* parseIgnoreFile */.a0)((0,util_text/* decodeUtf8 */._6)(bytes, display), display);
    return new Map(entries.map((e) => [e.fingerprint, e]));
}
function requestFromArgs(args) {
    const { values } = args;
    return {
        paths: args.positionals,
        ...(typeof values['ignore-file'] === 'string' ? { ignoreFile: values['ignore-file'] } : {}),
        ...(typeof values['max-file-size'] === 'string'
            ? { maxFileSize: values['max-file-size'] }
            : {}),
    };
}
const piiCheck = (0,checks_define/* implementCheck */.gs)(spec/* PII_SPEC */.L, (ctx) => runPii(ctx, { paths: [] }), { pii: async (ctx, args) => [await runPii(ctx, requestFromArgs(args))] });


/***/ }),

/***/ 4267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F5: () => (/* binding */ shapeOf),
/* harmony export */   Gi: () => (/* binding */ JsonSourceError),
/* harmony export */   Hh: () => (/* binding */ indexJson),
/* harmony export */   RP: () => (/* binding */ valueOf),
/* harmony export */   SA: () => (/* binding */ countKeysInText),
/* harmony export */   oB: () => (/* binding */ nodeAt)
/* harmony export */ });
/* unused harmony export countProperties */
/* harmony import */ var _nesting_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5441);
/**
 * The one JSON reader with positions (validate, the eval gate, configs' JSON, provenance records).
 * The fast path is JSON.parse plus one walk that counts keys and depth (`shapeOf`, compared with
 * `countKeysInText`); the full index below runs only for documents that have errors, a duplicate
 * key, nesting beyond MAX_NESTING_DEPTH, that JSON.parse rejected (then it finds where and why,
 * since V8's messages carry no position for most errors), or whose positions are asked for.
 * With `nonFinite`, the literals Python's json module writes (NaN, Infinity, -Infinity) are read
 * as numbers, so a NaN metric fails as "not a finite number" instead of making a file unreadable.
 */

/**
 * Malformed JSON, a key written twice in one object, or nesting beyond MAX_NESTING_DEPTH: where,
 * and what a person should read.
 */
class JsonSourceError extends Error {
    offset;
    kind;
    duplicateKey;
    constructor(message, offset, kind = 'syntax', 
    /** The key written twice, for a duplicate-key error. */
    duplicateKey) {
        super(message);
        this.offset = offset;
        this.kind = kind;
        this.duplicateKey = duplicateKey;
        this.name = 'JsonSourceError';
    }
}
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
function isSpace(code) {
    return code === SPACE || code === LF || code === CR || code === TAB;
}
/**
 * How many property keys the text writes, duplicates included. Valid JSON only (call it after
 * JSON.parse succeeded): a string followed by `:` is a key. Cheap: one native indexOf per string.
 */
function countKeysInText(text) {
    let keys = 0;
    let open = text.indexOf('"');
    while (open !== -1) {
        let close = text.indexOf('"', open + 1);
        while (close !== -1 && isEscaped(text, close))
            close = text.indexOf('"', close + 1);
        if (close === -1)
            return keys;
        let next = close + 1;
        let code = text.charCodeAt(next);
        while (isSpace(code))
            code = text.charCodeAt(++next);
        if (code === COLON)
            keys++;
        open = text.indexOf('"', next);
    }
    return keys;
}
function isEscaped(text, quote) {
    let backslashes = 0;
    for (let i = quote - 1; text.charCodeAt(i) === BACKSLASH; i--)
        backslashes++;
    return backslashes % 2 === 1;
}
/**
 * How many own keys all objects in a parsed value hold, and how deeply its arrays and objects nest
 * (a scalar is depth 0, `[]` is 1). Iterative: deep nesting cannot overflow the stack.
 */
function shapeOf(value) {
    let properties = 0;
    let depth = 0;
    const pending = [value];
    const levels = [1];
    while (pending.length > 0) {
        const node = pending.pop();
        const level = levels.pop();
        if (node === null || typeof node !== 'object')
            continue;
        if (level > depth)
            depth = level;
        if (Array.isArray(node)) {
            for (const item of node) {
                if (item !== null && typeof item === 'object') {
                    pending.push(item);
                    levels.push(level + 1);
                }
            }
            continue;
        }
        for (const key in node) {
            properties++;
            const child = node[key];
            if (child !== null && typeof child === 'object') {
                pending.push(child);
                levels.push(level + 1);
            }
        }
    }
    return { properties, depth };
}
/** How many own keys all objects in a parsed value hold. */
function countProperties(value) {
    return shapeOf(value).properties;
}
/**
 * Strict JSON (RFC 8259) over `text[from, to)`, returning the node tree with offsets. Throws
 * JsonSourceError at the first syntax error, duplicate key, or array/object that opens nesting
 * level MAX_NESTING_DEPTH + 1. Iterative, so the call stack never limits it.
 */
function indexJson(text, from = 0, to = text.length, options = {}) {
    const stack = [];
    const describeAt = (pos) => pos >= to ? 'the end of the input' : `\`${text[pos] === '`' ? "'`'" : text[pos]}\``;
    const skip = (pos) => {
        while (pos < to && isSpace(text.charCodeAt(pos)))
            pos++;
        return pos;
    };
    const fail = (pos, message) => {
        throw new JsonSourceError(message, Math.min(pos, to));
    };
    const scanString = (start) => {
        let pos = start + 1;
        while (pos < to) {
            const code = text.charCodeAt(pos);
            if (code === QUOTE)
                return pos + 1;
            if (code < 0x20)
                fail(pos, 'control character inside a string (write it escaped)');
            if (code === BACKSLASH) {
                const escape = text[pos + 1];
                if (escape === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6)) || pos + 6 > to) {
                        fail(pos, 'invalid \\u escape in a string (four hex digits expected)');
                    }
                    pos += 6;
                    continue;
                }
                if (escape === undefined || pos + 1 >= to || !'"\\/bfnrt'.includes(escape)) {
                    fail(pos, 'invalid escape in a string');
                }
                pos += 2;
                continue;
            }
            pos++;
        }
        return fail(start, 'string is never closed');
    };
    const readKey = (frame, pos) => {
        if (text.charCodeAt(pos) !== QUOTE)
            fail(pos, `expected a property name in double quotes, found ${describeAt(pos)}`);
        const end = scanString(pos);
        const raw = text.slice(pos + 1, end - 1);
        frame.key = raw.includes('\\') ? JSON.parse(text.slice(pos, end)) : raw;
        frame.keyStart = pos;
        const colon = skip(end);
        if (text.charCodeAt(colon) !== COLON)
            fail(colon, `expected \`:\` after the property name, found ${describeAt(colon)}`);
        return skip(colon + 1);
    };
    let pos = skip(from);
    for (;;) {
        // Read one value at `pos`; containers push a frame and read their first member first.
        let value;
        const code = text.charCodeAt(pos);
        if (pos >= to)
            return fail(pos, 'unexpected end of the input, a value was expected');
        if ((code === OPEN_BRACE || code === OPEN_BRACKET) && stack.length >= _nesting_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_NESTING_DEPTH */ .wM) {
            throw new JsonSourceError(_nesting_js__WEBPACK_IMPORTED_MODULE_0__/* .NESTED_TOO_DEEP */ .GN, pos, 'too-deep');
        }
        if (code === OPEN_BRACE) {
            const node = { kind: 'object', start: pos, end: -1, entries: new Map() };
            const inner = skip(pos + 1);
            if (text.charCodeAt(inner) === CLOSE_BRACE) {
                node.end = inner + 1;
                value = node;
                pos = inner + 1;
            }
            else {
                const frame = { node };
                pos = readKey(frame, inner);
                stack.push(frame);
                continue;
            }
        }
        else if (code === OPEN_BRACKET) {
            const node = { kind: 'array', start: pos, end: -1, items: [] };
            const inner = skip(pos + 1);
            if (text.charCodeAt(inner) === CLOSE_BRACKET) {
                node.end = inner + 1;
                value = node;
                pos = inner + 1;
            }
            else {
                stack.push({ node });
                pos = inner;
                continue;
            }
        }
        else if (code === QUOTE) {
            const end = scanString(pos);
            value = { kind: 'scalar', start: pos, end };
            pos = end;
        }
        else {
            const end = scanLiteral(text, pos, to, options.nonFinite === true);
            if (end === pos)
                fail(pos, `unexpected ${describeAt(pos)}, a value was expected`);
            value = { kind: 'scalar', start: pos, end };
            pos = end;
        }
        // Attach the value to its container; close containers as their closers come.
        for (;;) {
            const frame = stack[stack.length - 1];
            if (!frame) {
                const after = skip(pos);
                if (after < to)
                    fail(after, `unexpected ${describeAt(after)} after the JSON value`);
                return value;
            }
            const container = frame.node;
            if (container.kind === 'object') {
                const key = frame.key;
                if (container.entries.has(key)) {
                    throw new JsonSourceError(`duplicate key \`${key}\``, frame.keyStart, 'duplicate-key', key);
                }
                container.entries.set(key, { keyStart: frame.keyStart, value });
            }
            else {
                container.items.push(value);
            }
            pos = skip(pos);
            const next = text.charCodeAt(pos);
            const closer = container.kind === 'object' ? CLOSE_BRACE : CLOSE_BRACKET;
            if (pos < to && next === COMMA) {
                pos = skip(pos + 1);
                if (container.kind === 'object')
                    pos = readKey(frame, pos);
                break;
            }
            if (pos < to && next === closer) {
                container.end = pos + 1;
                pos++;
                stack.pop();
                value = container;
                continue;
            }
            const expected = container.kind === 'object' ? '`,` or `}`' : '`,` or `]`';
            return fail(pos, `expected ${expected}, found ${describeAt(pos)}`);
        }
    }
}
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const WORDS = ['true', 'false', 'null'];
const NON_FINITE_WORDS = [...WORDS, 'NaN', 'Infinity', '-Infinity'];
/** End of a number or a literal word at `pos`, or `pos` when there is none. */
function scanLiteral(text, pos, to, nonFinite) {
    for (const word of nonFinite ? NON_FINITE_WORDS : WORDS) {
        if (text.startsWith(word, pos) && pos + word.length <= to)
            return pos + word.length;
    }
    NUMBER.lastIndex = pos;
    const match = NUMBER.exec(text);
    if (!match)
        return pos;
    const end = pos + match[0].length;
    return end <= to ? end : pos;
}
/**
 * The value a node tree stands for, as JSON.parse would build it (plus NaN and ±Infinity when the
 * tree was read with `nonFinite`). Recursive: indexJson bounded the depth.
 */
function valueOf(node, text) {
    if (node.kind === 'array')
        return node.items.map((item) => valueOf(item, text));
    if (node.kind === 'object') {
        const object = {};
        for (const [key, entry] of node.entries) {
            // `__proto__` must stay an own property, as JSON.parse keeps it.
            Object.defineProperty(object, key, {
                value: valueOf(entry.value, text),
                enumerable: true,
                writable: true,
                configurable: true,
            });
        }
        return object;
    }
    const source = text.slice(node.start, node.end);
    switch (source) {
        case 'NaN':
            return Number.NaN;
        case 'Infinity':
            return Number.POSITIVE_INFINITY;
        case '-Infinity':
            return Number.NEGATIVE_INFINITY;
        default:
            return JSON.parse(source);
    }
}
/** The node at a decoded JSON Pointer, with the key offset when the last step was a property. */
function nodeAt(root, segments) {
    let node = root;
    let keyStart;
    let depth = 0;
    for (const segment of segments) {
        if (node.kind === 'object') {
            const entry = node.entries.get(segment);
            if (!entry)
                break;
            node = entry.value;
            keyStart = entry.keyStart;
        }
        else if (node.kind === 'array') {
            if (!/^(0|[1-9][0-9]*)$/.test(segment))
                break;
            const item = node.items[Number(segment)];
            if (!item)
                break;
            node = item;
            keyStart = undefined;
        }
        else {
            break;
        }
        depth++;
    }
    return { node, keyStart, depth };
}


/***/ }),

/***/ 5441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fj: () => (/* binding */ yamlTokenNesting),
/* harmony export */   GN: () => (/* binding */ NESTED_TOO_DEEP),
/* harmony export */   oK: () => (/* binding */ aliasNestingProblem),
/* harmony export */   wM: () => (/* binding */ MAX_NESTING_DEPTH)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * How deeply a document's arrays and objects may nest, for every reader (JSON, JSONL, YAML).
 * No policy, envelope, config or metrics file comes near it; past it a document is refused with
 * the place where it crossed the limit, before any recursive code (the `yaml` composer, `toJS`,
 * schema validation, reports) could overflow the call stack on it.
 */

/** Levels of arrays / objects (sequences / mappings): `[]` is one level, `[[]]` two. */
const MAX_NESTING_DEPTH = 256;
const NESTED_TOO_DEEP = `nested deeper than ${MAX_NESTING_DEPTH} levels`;
/**
 * Check one document of the YAML parser's token tree (CST) before it is composed: the composer
 * recurses once per level. Iterative. Also says whether the document uses aliases, whose
 * expanded depth only the composed document can tell (`aliasNestingProblem`).
 */
function yamlTokenNesting(document) {
    let aliases = false;
    const pending = [[document, 0]];
    while (pending.length > 0) {
        const [token, level] = pending.pop();
        switch (token.type) {
            case 'document':
                if (token.value)
                    pending.push([token.value, level]);
                break;
            case 'alias':
                aliases = true;
                break;
            case 'block-map':
            case 'block-seq':
            case 'flow-collection': {
                const inner = level + 1;
                if (inner > MAX_NESTING_DEPTH)
                    return { problem: { offset: token.offset, message: NESTED_TOO_DEEP }, aliases };
                // Reversed, so the first crossing in the text is the one reported.
                for (let i = token.items.length - 1; i >= 0; i--) {
                    const item = token.items[i];
                    if (item.value)
                        pending.push([item.value, inner]);
                    if (item.key)
                        pending.push([item.key, inner]);
                }
                break;
            }
            default:
                break;
        }
    }
    return { aliases };
}
/**
 * Depth of a composed YAML document with its aliases expanded (an alias stands for its anchored
 * node wherever it is written): `a: &a [[…]]` then `b: [[*a]]` nests deeper than either. An alias
 * to a node that contains it would nest forever. Walks in document order, as aliases resolve to
 * the nearest anchor before them; iterative.
 */
function aliasNestingProblem(contents) {
    /** Anchor name → levels its node adds where an alias repeats it, or 'open' while inside it. */
    const anchors = new Map();
    const stack = [];
    const childrenOf = (node) => {
        const out = [];
        for (const item of ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) ? node.items : [])) {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item))
                out.push(item.key, item.value);
            else
                out.push(item);
        }
        return out;
    };
    const enter = (node, level) => {
        if (!node)
            return undefined;
        const parent = stack[stack.length - 1];
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            const target = anchors.get(node.source);
            const offset = node.range?.[0] ?? 0;
            if (target === 'open')
                return {
                    offset,
                    message: `${NESTED_TOO_DEEP} (alias *${node.source} repeats a node that contains it)`,
                };
            const reached = level + (target ?? 0);
            if (reached > MAX_NESTING_DEPTH)
                return { offset, message: `${NESTED_TOO_DEEP} (alias *${node.source} expands there)` };
            if (parent && reached > parent.deepest)
                parent.deepest = reached;
            return undefined;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            if (node.anchor)
                anchors.set(node.anchor, 'open');
            stack.push({
                node,
                level: level + 1,
                deepest: level + 1,
                children: childrenOf(node),
                next: 0,
            });
        }
        else if (node.anchor) {
            anchors.set(node.anchor, 0);
        }
        return undefined;
    };
    const first = enter(contents, 0);
    if (first)
        return first;
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        if (frame.next < frame.children.length) {
            const problem = enter(frame.children[frame.next++], frame.level);
            if (problem)
                return problem;
            continue;
        }
        stack.pop();
        const anchor = frame.node.anchor;
        if (anchor)
            anchors.set(anchor, frame.deepest - frame.level + 1);
        const parent = stack[stack.length - 1];
        if (parent && frame.deepest > parent.deepest)
            parent.deepest = frame.deepest;
    }
    return undefined;
}


/***/ })

};
