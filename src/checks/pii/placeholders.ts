/**
 * Values that look personal and are not: reserved domains (RFC 2606 / RFC 6761), fictional phone
 * ranges, the card issuers' and payment providers' published test numbers, and the IBANs and
 * national ids printed in standards and official documentation. A match is never a finding.
 */

// RFC 2606 / RFC 6761 reserved names, plus GitHub's no-reply addresses (not a person's mailbox).
const RESERVED_TLDS = new Set(['test', 'invalid', 'example', 'localhost', 'local', 'internal']);
const RESERVED_DOMAINS = ['example.com', 'example.org', 'example.net', 'users.noreply.github.com'];

/** An e-mail domain that names no real mailbox: example.com/.org/.net, .test, .invalid, .example … */
export function isPlaceholderDomain(domain: string): boolean {
  const lower = domain.toLowerCase().replace(/\.$/, '');
  const tld = lower.slice(lower.lastIndexOf('.') + 1);
  if (RESERVED_TLDS.has(tld)) return true;
  return RESERVED_DOMAINS.some((d) => lower === d || lower.endsWith(`.${d}`));
}

/** Local parts that are roles or robots rather than people. */
const ROLE_LOCAL_PARTS =
  /^(?:no-?reply|do-?not-?reply|mailer-daemon|postmaster|hostmaster|abuse|root|admin|git|noc)$/i;

export function isRoleMailbox(local: string): boolean {
  return ROLE_LOCAL_PARTS.test(local);
}

/**
 * Fictional phone numbers reserved for films and documentation, as E.164: North America's
 * 555-0100…0199 (every area code), Ofcom's drama ranges, and ACMA's.
 */
const FICTIONAL_E164: RegExp[] = [
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

export function isFictionalPhone(e164: string): boolean {
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
export function isTestCard(digits: string): boolean {
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

export function isDocumentationIban(compact: string): boolean {
  return DOCUMENTATION_IBANS.has(compact);
}

// The SSA's voided and advertising numbers, and the pattern documentation prints.
const DOCUMENTATION_SSNS = new Set(['078051120', '219099999', '123456789', '987654320']);

/** A US SSN that documentation prints (078-05-1120 …) or the SSA's advertising range 987-65-432x. */
export function isDocumentationSsn(digits: string): boolean {
  return DOCUMENTATION_SSNS.has(digits) || /^98765432\d$/.test(digits);
}

// HMRC's own example NINO (QQ123456C, whose Q makes it invalid anyway) and AB123456C of forms.
const DOCUMENTATION_NINOS = new Set(['QQ123456C', 'QQ123456A', 'AB123456C', 'AB123456A']);

export function isDocumentationNino(compact: string): boolean {
  return DOCUMENTATION_NINOS.has(compact);
}

// The German BZSt's and UIDAI's sample numbers.
const DOCUMENTATION_IDS = new Set(['86095742719', '65929970489', '12345678995', '499999999999']);

export function isDocumentationId(digits: string): boolean {
  return DOCUMENTATION_IDS.has(digits);
}
