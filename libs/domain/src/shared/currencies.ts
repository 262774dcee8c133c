/**
 * ISO 4217 currencies in circulation (List One, 2025, including fund codes), with the number of
 * digits of their minor unit. Codes without a minor unit (gold, SDR, test codes) are left out:
 * they cannot be counted in integer minor units. Withdrawn codes (HRK, ANG, ZWL, SLL...) are left
 * out too; history in them must be converted on import.
 */
const THREE_DIGITS = ['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND'];
const FOUR_DIGITS = ['CLF', 'UYW'];
const NO_DIGITS = [
  'BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV',
  'XAF', 'XOF', 'XPF',
];
const TWO_DIGITS = [
  'AED', 'AFN', 'ALL', 'AMD', 'AOA', 'ARS', 'AUD', 'AWG', 'AZN', 'BAM', 'BBD', 'BDT', 'BGN', 'BMD',
  'BND', 'BOB', 'BOV', 'BRL', 'BSD', 'BTN', 'BWP', 'BYN', 'BZD', 'CAD', 'CDF', 'CHE', 'CHF', 'CHW',
  'CNY', 'COP', 'COU', 'CRC', 'CUP', 'CVE', 'CZK', 'DKK', 'DOP', 'DZD', 'EGP', 'ERN', 'ETB', 'EUR',
  'FJD', 'FKP', 'GBP', 'GEL', 'GHS', 'GIP', 'GMD', 'GTQ', 'GYD', 'HKD', 'HNL', 'HTG', 'HUF', 'IDR',
  'ILS', 'INR', 'IRR', 'JMD', 'KES', 'KGS', 'KHR', 'KPW', 'KYD', 'KZT', 'LAK', 'LBP', 'LKR', 'LRD',
  'LSL', 'MAD', 'MDL', 'MGA', 'MKD', 'MMK', 'MNT', 'MOP', 'MRU', 'MUR', 'MVR', 'MWK', 'MXN', 'MXV',
  'MYR', 'MZN', 'NAD', 'NGN', 'NIO', 'NOK', 'NPR', 'NZD', 'PAB', 'PEN', 'PGK', 'PHP', 'PKR', 'PLN',
  'QAR', 'RON', 'RSD', 'RUB', 'SAR', 'SBD', 'SCR', 'SDG', 'SEK', 'SGD', 'SHP', 'SLE', 'SOS', 'SRD',
  'SSP', 'STN', 'SVC', 'SYP', 'SZL', 'THB', 'TJS', 'TMT', 'TOP', 'TRY', 'TTD', 'TWD', 'TZS', 'UAH',
  'USD', 'USN', 'UYU', 'UZS', 'VED', 'VES', 'WST', 'XCD', 'XCG', 'YER', 'ZAR', 'ZMW', 'ZWG',
];

const minorDigits: ReadonlyMap<string, number> = new Map([
  ...NO_DIGITS.map((code) => [code, 0] as const),
  ...TWO_DIGITS.map((code) => [code, 2] as const),
  ...THREE_DIGITS.map((code) => [code, 3] as const),
  ...FOUR_DIGITS.map((code) => [code, 4] as const),
]);

export const currencyCodes: readonly string[] = [...minorDigits.keys()].sort();

export function isCurrencyCode(value: unknown): value is string {
  return typeof value === 'string' && minorDigits.has(value);
}

/** Digits after the decimal point: 2 for EUR (cents), 0 for JPY, 3 for KWD. */
export function minorUnitDigits(currency: string): number {
  const digits = minorDigits.get(currency);
  if (digits === undefined) throw new RangeError(`${currency} is not an ISO 4217 currency with a minor unit`);
  return digits;
}
