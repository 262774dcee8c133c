import { isCurrencyCode, minorUnitDigits } from './currencies.js';
import type { Check } from './validation.js';

/** An amount in integer minor units (cents for EUR), never a float, with its ISO 4217 code. */
export type Money = { amount: number; currency: string };

export function currencyProblem(value: unknown): string | null {
  return isCurrencyCode(value) ? null : 'must be an ISO 4217 currency code such as EUR';
}

export function minorUnitsProblem(value: unknown, options: { min?: number } = {}): string | null {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    return 'must be a whole number of minor units (cents), not a decimal';
  }
  return options.min !== undefined && value < options.min ? `must be at least ${options.min}` : null;
}

export function moneyChecks(field: string, value: unknown, options: { min?: number } = {}): Check[] {
  const money = (typeof value === 'object' && value !== null ? value : {}) as Partial<Money>;
  return [
    [`${field}.amount`, minorUnitsProblem(money.amount, options)],
    [`${field}.currency`, currencyProblem(money.currency)],
  ];
}

/** `3050, 'EUR'` → `30.50 EUR`; exact for any safe integer, since it never divides a float. */
export function formatMoney({ amount, currency }: Money): string {
  const digits = minorUnitDigits(currency);
  const sign = amount < 0 ? '-' : '';
  const units = Math.abs(amount).toString().padStart(digits + 1, '0');
  const whole = units.slice(0, units.length - digits);
  const fraction = digits > 0 ? `.${units.slice(units.length - digits)}` : '';
  return `${sign}${whole}${fraction} ${currency}`;
}
