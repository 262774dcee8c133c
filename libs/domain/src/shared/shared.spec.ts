import { occurredAtOf } from './occurred-at.js';
import { personalDataOf } from './personal-data.js';
import { normalizeEmail, normalizePhone, phoneProblem, emailProblem } from './contact.js';
import { countryCodeCount, countryProblem } from './countries.js';
import { currencyCodes, isCurrencyCode, minorUnitDigits } from './currencies.js';
import { ValidationError } from './errors.js';
import { formatMoney, minorUnitsProblem } from './money.js';
import { customerStreamName, opportunityStreamName, parseStreamName, staffStreamName } from './stream-names.js';

const id = '3F1C9A7E-2B4D-4E6F-8A0B-1C2D3E4F5A6B';

describe('stream names', () => {
  it('names streams <category>-<uuid> and parses them back', () => {
    expect(customerStreamName(id)).toBe(`customer-${id.toLowerCase()}`);
    expect(parseStreamName(staffStreamName(id))).toEqual({ category: 'staff', id: id.toLowerCase() });
    expect(parseStreamName(opportunityStreamName(id))).toEqual({ category: 'opportunity', id: id.toLowerCase() });
  });

  it('returns null for streams that are not ours', () => {
    expect(parseStreamName('$ce-customer')).toBeNull();
    expect(parseStreamName('invoice-' + id)).toBeNull();
    expect(parseStreamName('customer-42')).toBeNull();
  });

  it('refuses an id that is not a UUID', () => {
    expect(() => customerStreamName('42')).toThrow(ValidationError);
  });
});

describe('money', () => {
  it('formats minor units with the currency’s own digits', () => {
    expect(formatMoney({ amount: 3000, currency: 'EUR' })).toBe('30.00 EUR');
    expect(formatMoney({ amount: 5, currency: 'USD' })).toBe('0.05 USD');
    expect(formatMoney({ amount: -1234, currency: 'JPY' })).toBe('-1234 JPY');
    expect(formatMoney({ amount: 1, currency: 'BHD' })).toBe('0.001 BHD');
    expect(formatMoney({ amount: Number.MAX_SAFE_INTEGER, currency: 'EUR' })).toBe('90071992547409.91 EUR');
  });

  it('knows ISO 4217 currencies and their minor units', () => {
    expect(currencyCodes).toContain('EUR');
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('eur')).toBe(false);
    expect(isCurrencyCode('BTC')).toBe(false);
    expect(minorUnitDigits('CLF')).toBe(4);
    expect(() => minorUnitDigits('XAU')).toThrow(RangeError);
  });

  it('takes only safe integers as amounts', () => {
    expect(minorUnitsProblem(100)).toBeNull();
    expect(minorUnitsProblem(0.1 + 0.2)).not.toBeNull();
    expect(minorUnitsProblem(2 ** 53)).not.toBeNull();
    expect(minorUnitsProblem('100')).not.toBeNull();
  });
});

describe('contact details', () => {
  it('checks and normalises emails', () => {
    expect(emailProblem('ada@example.org')).toBeNull();
    expect(emailProblem('ada@localhost')).not.toBeNull();
    expect(emailProblem('ada example@x.org')).not.toBeNull();
    expect(normalizeEmail(' Ada@Example.ORG ')).toBe('Ada@example.org');
  });

  it('checks and normalises phones to E.164', () => {
    expect(phoneProblem('+33 1 23 45 67 89')).toBeNull();
    expect(phoneProblem('01 23 45 67 89')).not.toBeNull();
    expect(normalizePhone('+1 (415) 555-0100')).toBe('+14155550100');
  });

  it('knows the 249 ISO 3166-1 countries', () => {
    expect(countryCodeCount).toBe(249);
    expect(countryProblem('fr')).toBeNull();
    expect(countryProblem('UK')).not.toBeNull();
  });
});

describe('event helpers for the pipeline', () => {
  it('finds the personal part of an event, if any', () => {
    expect(personalDataOf({ data: { customerId: id, personal: { text: 'x' } } })).toEqual({ text: 'x' });
    expect(personalDataOf({ data: { customerId: id } })).toBeNull();
  });

  it('finds the business time of an event, if any', () => {
    expect(occurredAtOf({ data: { occurredAt: '2025-01-01T00:00:00.000Z' } })).toBe('2025-01-01T00:00:00.000Z');
    expect(occurredAtOf({ data: { ownerId: id } })).toBeNull();
  });
});
