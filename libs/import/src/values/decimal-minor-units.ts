import { minorUnitDigits } from '#crm/domain';

const DECIMAL = /^([+-])?(\d+)(?:\.(\d*))?$|^([+-])?\.(\d+)$/;

/**
 * Decimal text in major units ("2.55" GBP) to integer minor units (255), digit by digit: a float
 * would turn 0.29 × 100 into 28.999999999999996. Throws a reason when the text is not a decimal or
 * holds a fraction of the smallest unit (0.001 GBP).
 */
export function decimalToMinorUnits(text: string, currency: string): number {
  const match = DECIMAL.exec(text.trim());
  if (!match) throw new RangeError('is not a decimal number');
  const sign = match[1] ?? match[4];
  const whole = match[2] ?? '0';
  const fraction = match[3] ?? match[5] ?? '';
  const digits = minorUnitDigits(currency);
  if (/[1-9]/.test(fraction.slice(digits))) throw new RangeError(`has a fraction of the smallest unit of ${currency}`);
  const units = Number(whole + fraction.slice(0, digits).padEnd(digits, '0'));
  if (!Number.isSafeInteger(units)) throw new RangeError('is too large to count exactly');
  return sign === '-' && units !== 0 ? -units : units;
}
