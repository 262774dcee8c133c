import { RowProblem } from '../import.errors.js';
import type { Field } from '../mapping/compile-field.js';
import type { CompiledMapping } from '../mapping/compile-mapping.js';
import { decimalToMinorUnits, decimalToUnitPrice } from '../values/decimal-minor-units.js';
import { toInstantIn } from '../values/local-time.js';

type Values = readonly string[];

/** Reads of one mapped field, each throwing a RowProblem that names the column when the value is unusable. */
export function text(field: Field | undefined, values: Values): string | undefined {
  const value = field?.read(values);
  return value === undefined ? undefined : String(value);
}

export function requiredText(field: Field, values: Values): string {
  const value = text(field, values);
  if (value === undefined) throw new RowProblem(`${field.label} is empty`);
  return value;
}

export function integer(field: Field, values: Values): number {
  const value = requiredText(field, values);
  if (!/^[+-]?\d+$/.test(value) || !Number.isSafeInteger(Number(value))) throw new RowProblem(`${field.label} must be a whole number`);
  return Number(value);
}

export function minorUnits(field: Field, values: Values, currency: string): number {
  try {
    return decimalToMinorUnits(requiredText(field, values), currency);
  } catch (error) {
    if (error instanceof RangeError) throw new RowProblem(`${field.label} ${error.message}`);
    throw error;
  }
}

export function unitPrice(field: Field, values: Values, currency: string): number {
  try {
    return decimalToUnitPrice(requiredText(field, values), currency);
  } catch (error) {
    if (error instanceof RangeError) throw new RowProblem(`${field.label} ${error.message}`);
    throw error;
  }
}

export function instant(field: Field | undefined, values: Values, mapping: CompiledMapping): string | undefined {
  const value = text(field, values);
  if (value === undefined) return undefined;
  try {
    return toInstantIn(value, mapping.timeZone);
  } catch (error) {
    throw new RowProblem(`${field!.label} ${(error as Error).message}`);
  }
}

/** Runs a read, reporting its RowProblem as the row's reason; other errors are bugs and propagate. */
export function rowProblemOf(error: unknown): string {
  if (error instanceof RowProblem) return error.message;
  throw error;
}
