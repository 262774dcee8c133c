import { execFileSync } from 'node:child_process';
import pg from 'pg';

// Fail the whole run at once, with one line, when the services the tests need are down.
export default async function globalSetup(): Promise<void> {
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
  if (!process.env.EVENTSTORE_URL) {
    process.stdout.write('\nKurrentDB contract tests: skipped (EVENTSTORE_URL is not set)\n');
  }
}
