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

/**
 * Unit prices are in minor units but may be finer than them (wholesale, fuel and per-unit parts are
 * priced to 0.001 GBP): up to four decimal places of the major unit, so 0.1 pence, 0.0001 JPY.
 */
export const UNIT_PRICE_DECIMALS = 4;

const unitPriceScale = (currency: string) => 10 ** Math.max(0, UNIT_PRICE_DECIMALS - minorUnitDigits(currency));

/** The unit price in integer steps of 10^-4 of the major unit, or null when it is not a multiple of one. */
function scaledUnitPrice(unitPrice: number, currency: string): number | null {
  const scale = unitPriceScale(currency);
  const scaled = Math.round(unitPrice * scale);
  // Equal only when unitPrice is the double nearest a decimal with at most that many places.
  return Number.isSafeInteger(scaled) && scaled / scale === unitPrice ? scaled : null;
}

export function unitPriceProblem(value: unknown, currency: string): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number of minor units (cents)';
  if (!isCurrencyCode(currency)) return null;
  if (scaledUnitPrice(value, currency) === null) return `must have at most ${UNIT_PRICE_DECIMALS} decimal places in ${currency}`;
  return null;
}

/**
 * A line's amount in integer minor units: quantity × unit price, computed exactly, then rounded to
 * the minor unit half away from zero (0.5 pence → 1 pence, −0.5 → −1), so a line taken back
 * cancels the same line bought. Each line is rounded before the lines are added. Null when the
 * price is not a valid unit price or the product is too large to count exactly.
 */
export function lineAmount(quantity: number, unitPrice: number, currency: string): number | null {
  const scaled = scaledUnitPrice(unitPrice, currency);
  if (scaled === null) return null;
  const product = quantity * scaled;
  if (!Number.isSafeInteger(product)) return null;
  const scale = unitPriceScale(currency);
  const rounded = Math.floor((Math.abs(product) * 2 + scale) / (2 * scale));
  return product < 0 ? -rounded : rounded;
}

export function moneyChecks(field: string, value: unknown, options: { min?: number } = {}): Check[] {
  const money = (typeof value === 'object' && value !== null ? value : {}) as Partial<Money>;
  return [
    [`${field}.amount`, minorUnitsProblem(money.amount, options)],
    [`${field}.currency`, currencyProblem(money.currency)],
  ];
}

/** `3050, 'EUR'` → `30.50`: the amount in the major unit, as exact decimal text (never divides a float). */
export function decimalAmount({ amount, currency }: Money): string {
  const digits = minorUnitDigits(currency);
  const sign = amount < 0 ? '-' : '';
  const units = Math.abs(amount)
    .toString()
    .padStart(digits + 1, '0');
  const whole = units.slice(0, units.length - digits);
  const fraction = digits > 0 ? `.${units.slice(units.length - digits)}` : '';
  return `${sign}${whole}${fraction}`;
}

/** `3050, 'EUR'` → `30.50 EUR`. */
export function formatMoney(money: Money): string {
  return `${decimalAmount(money)} ${money.currency}`;
}
