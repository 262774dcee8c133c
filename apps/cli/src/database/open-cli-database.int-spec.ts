import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { assertPostgresReachable, startEmbeddedPostgres, type RunningPostgres } from '#crm/database';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { freePort } from '#test/support/free-port';
import { openCliDatabase } from './open-cli-database.js';

// Starting PostgreSQL from scratch (initdb) takes a while on a busy machine.
const SLOW = 180_000;

describe('openCliDatabase with DATABASE_URL', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('cli_open');
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('uses the given database', async () => {
    const cli = await openCliDatabase({ databaseUrl: database.url, dataDir: '/nonexistent', embeddedPostgresPort: 1 });
    try {
      const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(cli.db);
      expect(rows).toEqual([{ name: database.name }]);
    } finally {
      await cli.close();
    }
  });
});

describe('openCliDatabase without DATABASE_URL', () => {
  let dataDir: string;
  let port: number;
  let app: RunningPostgres | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'crm-cli-db-'));
    // mkdtemp makes the folder private; run as root, postgres runs as the `postgres` user.
    await chmod(dataDir, 0o755);
    port = await freePort();
  });

  afterAll(async () => {
    await app?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const config = () => ({ dataDir, embeddedPostgresPort: port });

  it('starts the embedded PostgreSQL when the app is not running, and stops it when done', async () => {
    const cli = await openCliDatabase(config());
    await sql`create table written_by_cli (value text)`.execute(cli.db);
    await cli.close();
    await expect(assertPostgresReachable(`postgres://postgres@127.0.0.1:${port}/crm`, 1000)).rejects.toThrow(
      `PostgreSQL unreachable at 127.0.0.1:${port}/crm`,
    );
  }, SLOW);

  it('joins the embedded PostgreSQL of a running app and leaves it running', async () => {
    app = await startEmbeddedPostgres({ dataDir, port });
    const cli = await openCliDatabase(config());
    expect(cli.url).toBe(app.url);
    await sql`insert into written_by_cli values ('while the app runs')`.execute(cli.db);
    await cli.close();
    await expect(assertPostgresReachable(app.url)).resolves.toBeUndefined();
    await app.stop();
    app = undefined;
  }, SLOW);

  it('starts its own when postmaster.pid names a live process that is not serving', async () => {
    // Left by a killed run whose pid now belongs to someone else (pid 1 is always alive).
    await writeFile(join(dataDir, 'postgres', 'postmaster.pid'), `1\n${join(dataDir, 'postgres')}\n0\n${port}\n`);
    const cli = await openCliDatabase(config());
    try {
      const { rows } = await sql<{ value: string }>`select value from written_by_cli`.execute(cli.db);
      expect(rows).toEqual([{ value: 'while the app runs' }]);
    } finally {
      await cli.close();
    }
  }, SLOW);
});
