import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { findCheckpoint } from './checkpoint/checkpoint.queries.js';
import { projectionSchema } from './projection.js';
import { ProjectionRebuilder } from './projection-rebuilder.js';
import { ProjectionRunner } from './projection-runner.js';
import { appendCounted } from './testing/test-events.js';
import { countingProjection, readApplications, readCounts } from './testing/test-projections.js';
import { openTestStores, type TestStores } from './testing/test-stores.js';

const testing = (file: string) => fileURLToPath(new URL(`./testing/${file}`, import.meta.url));

/** Starts the child projector and resolves once it has started its `batches`-th batch. */
function startChildUntilBatch(url: string, batches: number): { child: ChildProcess; applying: Promise<void> } {
  const child = spawn(process.execPath, ['--conditions=crm-source', '--import', testing('register-typescript.mjs'), testing('runner-child.ts')], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const applying = new Promise<void>((resolve, reject) => {
    let seen = 0;
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('applying') && ++seen === batches) resolve();
    });
    child.on('exit', (code) => reject(new Error(`runner child exited (${code}) before batch ${batches}: ${stderr}`)));
  });
  return { child, applying };
}

describe('ProjectionRunner killed in the middle of a batch', () => {
  let database: TestDatabase;
  let stores: TestStores;

  beforeAll(async () => {
    database = await createTestDatabase('projection_crash');
    stores = await openTestStores(database.url);
  });

  afterAll(async () => {
    await stores.close();
    await database.drop();
  });

  it('keeps effects and checkpoint together, and a restart ends equal to a rebuild', async () => {
    await appendCounted(stores.store, 'customer-a', 150, { perAppend: 30 });
    await appendCounted(stores.store, 'customer-b', 50, { perAppend: 25 });

    const { child, applying } = startChildUntilBatch(database.url, 4);
    await applying;
    child.kill('SIGKILL');
    await once(child, 'exit');

    // Three full batches of 20 committed; the fourth had written its rows and died with its connection.
    const checkpoint = await findCheckpoint(stores.db, 'counter');
    const applied = await readApplications(stores.db, projectionSchema('counter'));
    expect(applied).toEqual({ total: 60, distinct: 60 });
    expect(checkpoint!.eventsApplied).toBe(60);

    const runner = new ProjectionRunner({
      store: stores.store,
      db: stores.db,
      projections: [countingProjection()],
      logger: { log: () => undefined, warn: () => undefined, error: () => undefined },
      standbyPollMs: 100,
    });
    await runner.start();
    const end = await appendCounted(stores.store, 'customer-c', 1);
    await runner.waitFor('counter', end.position);
    const restarted = await readCounts(stores.db, projectionSchema('counter'));
    expect(restarted).toEqual({ 'customer-a': 150, 'customer-b': 50, 'customer-c': 1 });
    expect(await readApplications(stores.db, projectionSchema('counter'))).toEqual({ total: 201, distinct: 201 });

    await new ProjectionRebuilder({ store: stores.store, db: stores.db, projections: [countingProjection()] }).rebuild('counter');
    await runner.stop();
    expect(await readCounts(stores.db, projectionSchema('counter'))).toEqual(restarted);
  });
});
