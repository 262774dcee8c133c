import { execFileSync } from 'node:child_process';
import pg from 'pg';

type RunConfig = { testPathPatterns?: { patterns?: readonly string[] } };

/**
 * `npm test -- kurrentdb` runs only the KurrentDB backend's files, which need no PostgreSQL: they
 * must run beside nothing but `docker compose up kurrentdb` (docs/kurrentdb.md).
 */
function onlyKurrentDb(config: RunConfig): boolean {
  const patterns = config.testPathPatterns?.patterns ?? [];
  return patterns.length > 0 && patterns.every((pattern) => /kurrentdb/i.test(pattern));
}

// Fail the whole run at once, with one line, when the services the tests need are down.
export default async function globalSetup(config: RunConfig = {}): Promise<void> {
  if (!process.env.EVENTSTORE_URL) {
    process.stdout.write('\nKurrentDB contract tests: skipped (EVENTSTORE_URL is not set)\n');
  }
  if (onlyKurrentDb(config)) return;
  const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable at ${new URL(url).host} (${(error as Error).message}); start it before running the tests`);
  } finally {
    await client.end().catch(() => undefined);
  }
  // Once per run, and only when its sources changed: every browser spec serves this build.
  execFileSync(process.execPath, ['tools/build-web.js'], { stdio: ['ignore', 'inherit', 'inherit'] });
}
