import { InvalidAuthInputError } from '../auth.errors.js';

/** The console's languages. */
export const LOCALES = ['en', 'es', 'ca'] as const;

export type Locale = (typeof LOCALES)[number];

export function parseLocale(value: unknown): Locale {
  if (typeof value !== 'string' || !(LOCALES as readonly string[]).includes(value)) {
    throw new InvalidAuthInputError('locale', `must be one of ${LOCALES.join(', ')}`);
  }
  return value as Locale;
}
