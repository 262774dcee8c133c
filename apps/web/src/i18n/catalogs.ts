import { ca } from './ca.js';
import { en, type Catalog } from './en.js';
import { es } from './es.js';

export const locales = ['en', 'es', 'ca'] as const;
export type Locale = (typeof locales)[number];

export const catalogs: Record<Locale, Catalog> = { en, es, ca };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** `{name}` placeholders filled from vars; a missing var stays visible rather than vanishing. */
export function format(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
