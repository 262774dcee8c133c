/**
 * The projector as it ships (dist/apps/projector), killed with SIGKILL while it catches up on a
 * real imported log, then started again: every read model ends equal, row for row, to a rebuild
 * from scratch (`crm projections rebuild`). The runner's own crash test shows the mechanism with a
 * test projection; this one shows it for the CRM's read models.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { loadConfig } from '#crm/config';
import { openDatabases, shutdown } from '#crm/database';
import { ProjectionRunner } from '#crm/projection-runner';
import { allProjections } from '#crm/projections';
import { createReadDb, migrateReadStore } from '#crm/read-store';
import { buildCli, runBuiltCli } from '#test/support/built-cli';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { describeWithData } from '#test/support/real-data';
import { lastAppendedPosition } from '#test/support/last-appended-position';
import { readModels } from '#test/support/read-models';
import { ProjectorAppModule } from '../../apps/projector/src/projector-app.module.js';


const CHECKPOINT_CHANNEL = 'test_checkpoint_moved';
/** Deals imported: enough for every projection to need several batches (500 events each), a sixth of the file to keep the run short. */
const DEALS = 1_500;

describeWithData('projector killed while catching up', ['maven-crm'], (maven) => {
  let database: TestDatabase;
  let db: Kysely<any>;
  let projector: ChildProcess | undefined;
  let folder: string;
  const masterKey = randomBytes(32).toString('base64');
  const env = () => ({ DATABASE_URL: database.url, CRM_MASTER_KEY: masterKey, LOG_LEVEL: 'error' });

  beforeAll(async () => {
    await buildCli();
    database = await createTestDatabase('projector_crash');
    db = createReadDb(database.url, { maxConnections: 2 });
    folder = await mkdtemp(join(tmpdir(), 'crm-projector-crash-'));
    const deals = join(folder, 'sales_pipeline.csv');
    const lines = (await readFile(join(maven, 'sales_pipeline.csv'), 'utf8')).split('\n');
    await writeFile(deals, `${lines.slice(0, DEALS + 1).join('\n')}\n`);
    // The mapping looks the deals' products up in the file beside them.
    await copyFile(join(maven, 'products.csv'), join(folder, 'products.csv'));
    for (const [kind, file, mapping] of [
      ['staff', join(maven, 'sales_teams.csv'), 'maven-crm-sales-teams.json'],
      ['organizations', join(maven, 'accounts.csv'), 'maven-crm-accounts.json'],
      ['opportunities', deals, 'maven-crm-sales-pipeline.json'],
    ]) {
      const imported = await runBuiltCli(['import', kind, file, '--mapping', join('mappings', mapping), '--json'], env());
      expect(imported).toMatchObject({ code: 0 });
    }
    // A committed batch of any projection announces itself, so the kill lands during catch-up, not after.
    await migrateReadStore(db);
    await sql`create function test_checkpoint_moved() returns trigger language plpgsql as $$
      begin perform pg_notify(${sql.lit(CHECKPOINT_CHANNEL)}, new.name); return new; end $$`.execute(db);
    await sql`create trigger test_checkpoint_moved after update on projection_checkpoint
      for each row when (new.commit_position >= 0) execute function test_checkpoint_moved()`.execute(db);
  }, 300_000);

  afterAll(async () => {
    projector?.kill('SIGKILL');
    await db?.destroy();
    await database?.drop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('keeps every read model equal to a rebuild after a SIGKILL and a restart', async () => {
    const listener = new pg.Client({ connectionString: database.url });
    await listener.connect();
    await listener.query(`listen ${CHECKPOINT_CHANNEL}`);
    const firstBatch = once(listener, 'notification');

    projector = spawn('node', ['dist/apps/projector/src/main.js'], { env: { PATH: process.env.PATH, ...env() }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    projector.stderr!.on('data', (chunk) => (stderr += chunk));
    const exitedEarly = once(projector, 'exit').then(([code]) => Promise.reject(new Error(`the projector exited (${code}) before its first batch: ${stderr}`)));
    await Promise.race([firstBatch, exitedEarly]);
    exitedEarly.catch(() => undefined); // the exit that follows is ours
    projector.kill('SIGKILL');
    await once(projector, 'exit');
    await listener.end();

    // Not vacuous: the kill left work behind for the restart.
    const { rows: behind } = await sql<{ name: string }>`
      select name from projection_checkpoint
      where (commit_position, prepare_position) < (select transaction_id::text::bigint, position from events order by transaction_id desc, position desc limit 1)`.execute(db);
    expect(behind.length).toBeGreaterThan(0);

    const config = loadConfig(env());
    const databases = await openDatabases(config);
    const restarted = await NestFactory.createApplicationContext(ProjectorAppModule.forRoot(config, databases), { logger: false });
    try {
      await restarted.init();
      const last = (await lastAppendedPosition(db))!;
      const runner = restarted.get(ProjectionRunner);
      await Promise.all(allProjections.map((projection) => runner.waitFor(projection.name, last, { timeoutMs: 240_000 })));
    } finally {
      await restarted.close();
      await shutdown(() => undefined);
    }
    const afterRestart = await readModels(db);

    const rebuilt = await runBuiltCli(['projections', 'rebuild'], env());
    expect(rebuilt).toMatchObject({ code: 0 });
    const afterRebuild = await readModels(db);

    expect(Object.keys(afterRestart)).toHaveLength(Object.keys(afterRebuild).length);
    for (const table of Object.keys(afterRebuild)) expect([table, afterRestart[table]]).toEqual([table, afterRebuild[table]]);
    expect(afterRebuild['proj_timeline.timeline_entry']!.length).toBeGreaterThan(1000);
  }, 300_000);
});
