import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '#test/support/free-port';
import { assertPostgresReachable, resolveDatabaseUrl, startEmbeddedPostgres, type RunningPostgres } from './index.js';

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  let dataDir: string;
  let port: number;
  let running: RunningPostgres | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'crm-embedded-pg-'));
    // mkdtemp makes the folder private; run as root, postgres runs as the `postgres` user.
    await chmod(dataDir, 0o755);
    port = await freePort();
  });

  afterAll(async () => {
    await running?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('initialises a new folder, creates the crm database and stops', async () => {
    running = await startEmbeddedPostgres({ dataDir, port });
    expect(running.url).toMatch(new RegExp(`^postgres://postgres:[^@]+@127\\.0\\.0\\.1:${port}/crm$`));
    await query(running.url, 'create table kept (value text); insert into kept values (\'still here\')');

    await running.stop();
    running = undefined;
    await expect(assertPostgresReachable(`postgres://postgres@127.0.0.1:${port}/crm`, 1000)).rejects.toMatchObject({
      message: `PostgreSQL unreachable at 127.0.0.1:${port}/crm: connect ECONNREFUSED`,
    });
  });

  it('restarts on the existing data, also past a postmaster.pid left by a killed run', async () => {
    const version = await readFile(join(dataDir, 'postgres', 'PG_VERSION'), 'utf8');
    await writeFile(join(dataDir, 'postgres', 'postmaster.pid'), `1\n${join(dataDir, 'postgres')}\n`);

    running = await startEmbeddedPostgres({ dataDir, port });
    expect(await query(running.url, 'select value from kept')).toEqual([{ value: 'still here' }]);
    expect(await readFile(join(dataDir, 'postgres', 'PG_VERSION'), 'utf8')).toBe(version);
  });

  it('is what resolveDatabaseUrl gives without DATABASE_URL', async () => {
    await running?.stop();
    const resolved = await resolveDatabaseUrl({ dataDir, embeddedPostgresPort: port });
    running = resolved.embedded;
    expect(resolved.url).toBe(running?.url);
    expect(await query(resolved.url, 'select count(*)::int as n from kept')).toEqual([{ n: 1 }]);
  });

  it('reports an unreachable DATABASE_URL in one line naming host, port and database', async () => {
    const closed = await freePort();
    await expect(
      resolveDatabaseUrl({ databaseUrl: `postgres://crm:secret@127.0.0.1:${closed}/crm`, dataDir, embeddedPostgresPort: port }),
    ).rejects.toMatchObject({ message: `PostgreSQL unreachable at 127.0.0.1:${closed}/crm: connect ECONNREFUSED` });
  });
});
