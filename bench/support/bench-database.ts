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
const created = new Set<string>();

/** Drops whatever this run created and has not dropped yet: for a run that dies half way. */
export async function dropLeftovers(): Promise<void> {
  for (const name of [...created]) await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
  created.clear();
}

/** `crm_bench_<run>_<label>`: one per group of cases, so one case's rows never weigh on another's. */
export async function createBenchDatabase(label: string): Promise<BenchDatabase> {
  const name = `crm_bench_${runId}_${label}`;
  await onServer(`CREATE DATABASE "${name}"`);
  created.add(name);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    created.delete(name);
  };
  return { name, url: url.toString(), drop };
}
