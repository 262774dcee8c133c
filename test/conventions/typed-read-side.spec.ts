import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Production code keeps the read side typed and makes schema only through migrations. Until the
 * lint rules say so, this spec does: each pattern below must appear nowhere in apps/, libs/ and
 * projections/ outside specs and testing helpers.
 */
const root = join(import.meta.dirname, '../..');

function productionFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'testing' ? [] : productionFiles(path);
    return path.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(path) ? [path] : [];
  });
}

const files = ['apps', 'libs', 'projections'].flatMap((dir) => productionFiles(join(root, dir)));
const inMigrations = (path: string) => /\/migrations\//.test(path);

const forbidden: { what: string; pattern: RegExp; allowedIn?: (path: string) => boolean }[] = [
  { what: 'Kysely<any>', pattern: /Kysely<any>/ },
  { what: 'Transaction<any>', pattern: /Transaction<any>/ },
  { what: 'a cast to a Kysely type', pattern: /as unknown as (Kysely|Transaction)\b/ },
  { what: 'Record<string, any>', pattern: /Record<string, any>/ },
  { what: 'as any', pattern: /\bas any\b/ },
  // Schema is made by migrations (and by a projection's declared tables), never at boot.
  { what: 'create table if not exists', pattern: /create table if not exists/i, allowedIn: inMigrations },
  { what: 'a probe for a table', pattern: /to_regclass/ },
  { what: 'a migrator of its own', pattern: /new Migrator\(/, allowedIn: (path) => /read-store\/src\/run-migrations\.ts$|event-store\/src\/postgresql\//.test(path) },
];

describe('the read side stays typed and schema comes from migrations', () => {
  it.each(forbidden)('no $what in production code', ({ pattern, allowedIn }) => {
    const offenders = files.filter((path) => !allowedIn?.(path) && pattern.test(readFileSync(path, 'utf8'))).map((path) => relative(root, path));
    expect(offenders).toEqual([]);
  });

  it('finds the production files it guards', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(files.some((path) => path.endsWith('libs/read-store/src/read-database.ts'))).toBe(true);
  });
});
