import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogs, locales } from './catalogs.js';
import { en } from './en.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourcesUnder(join(folder, entry.name)) : /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [join(folder, entry.name)] : [],
  );
}

describe('the console’s message catalogs', () => {
  it.each(locales.filter((locale) => locale !== 'en'))('%s has every English key, no other, none empty, with the same placeholders', (locale) => {
    const catalog = catalogs[locale];
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      expect([key, catalog[key as keyof typeof en].trim() === '']).toEqual([key, false]);
      expect([key, placeholders(catalog[key as keyof typeof en])]).toEqual([key, placeholders(text)]);
    }
  });

  it('has no key the screens never use (a key is used literally, or by its prefix for values from the API)', () => {
    const catalogFiles = new Set(locales.map((locale) => join(import.meta.dirname, `${locale}.ts`)));
    const source = sourcesUnder(join(import.meta.dirname, '..')).filter((file) => !catalogFiles.has(file)).map((file) => readFileSync(file, 'utf8')).join('\n');
    const dynamicPrefixes = [...source.matchAll(/t\(`([\w.]+)\.\$\{|options\('([\w.]+)'/g)].map((match) => `${match[1] ?? match[2]}.`);
    const unused = Object.keys(en).filter((key) => !source.includes(`'${key}'`) && !dynamicPrefixes.some((prefix) => key.startsWith(prefix)));
    expect(unused).toEqual([]);
  });
});
