import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server every case runs on; each run makes databases of its own there and drops them. */
export const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

const runId = randomBytes(4).toString('hex');

/** `crm_bench_<run>_<label>`: one per group of cases, so one case's rows never weigh on another's. */
export async function createBenchDatabase(label: string): Promise<BenchDatabase> {
  const name = `crm_bench_${runId}_${label}`;
  await onServer(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
