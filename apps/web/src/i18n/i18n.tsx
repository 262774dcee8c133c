import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { catalogs, format, isLocale, type Locale } from './catalogs.js';
import type { MessageKey } from './en.js';

const STORAGE_KEY = 'crm.locale';

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number format made once per locale and options: making one costs more than using it, and a
 * timeline page formats dozens of amounts and call durations.
 */
export function numberFormatOf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  const made = numberFormats.get(key) ?? new Intl.NumberFormat(locale, options);
  numberFormats.set(key, made);
  return made;
}

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  dateTime(iso: string | Date): string;
  date(iso: string | Date): string;
  number(value: number): string;
  /** A ratio (0.25) as the locale writes a percentage. */
  percent(ratio: number): string;
  /** Minor units (cents) in the given currency, as the locale writes money. */
  money(minor: number, currency: string): string;
}

const I18nContext = createContext<I18n | null>(null);

/** Before sign-in the browser's choice (or the last one made here); after, the user's own. */
function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  const browser = navigator.language.slice(0, 2);
  return isLocale(browser) ? browser : 'en';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const value = useMemo<I18n>(() => {
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const numberFormat = new Intl.NumberFormat(locale);
    const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    return {
      locale,
      setLocale(next) {
        localStorage.setItem(STORAGE_KEY, next);
        document.documentElement.lang = next;
        setLocaleState(next);
      },
      // Keys built from API values (an event type added later) may be missing: show the value itself.
      t: (key, vars) => format(catalogs[locale][key] ?? key.slice(key.indexOf('.') + 1), vars),
      dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
      date: (iso) => dateFormat.format(new Date(iso)),
      number: (value) => numberFormat.format(value),
      percent: (ratio) => percentFormat.format(ratio),
      money(minor, currency) {
        const money = numberFormatOf(locale, { style: 'currency', currency });
        const digits = money.resolvedOptions().maximumFractionDigits ?? 2;
        return money.format(minor / 10 ** digits);
      },
    };
  }, [locale]);
  document.documentElement.lang = locale;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
