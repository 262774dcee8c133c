import { randomUUID } from 'node:crypto';
import { customerStreamName, defaultLifecycleRules as rules } from '#crm/domain';
import type { PostgresEventStore } from '#crm/event-store';
import { ProjectionRunner } from '#crm/projection-runner';
import type { Kysely } from 'kysely';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { aCustomer } from '#test/support/builders';
import { openTestStores, type TestStores } from '../../libs/projection-runner/src/testing/test-stores.js';
import { LifecycleSweeper } from './lifecycle-sweeper.js';
import { lifecycleProjection } from './lifecycle.projection.js';
import { customerLifecycle } from './lifecycle.queries.js';

const customerId = '3f1c9a7e-2b4d-4e6f-8a0b-1c2d3e4f5a6b';

describe('LifecycleSweeper', () => {
  let database: TestDatabase;
  let stores: TestStores;
  let store: PostgresEventStore;
  let db: Kysely<any>;
  let runner: ProjectionRunner;

  beforeAll(async () => {
    database = await createTestDatabase('lifecycle_sweeper');
    stores = await openTestStores(database.url);
    ({ store, db } = stores);
    const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
    runner = new ProjectionRunner({ store, db, projections: [lifecycleProjection], logger: quiet });
    await runner.start();
  });

  afterAll(async () => {
    await runner.stop();
    await stores.close();
    await database.drop();
  });

  it('sweeps the live lifecycle tables, serialised with the runner on the checkpoint row', async () => {
    const registeredAt = new Date();
    const appended = await store.appendToStream(customerStreamName(customerId), [
      {
        id: randomUUID(),
        ...aCustomer(customerId).registeredAt(registeredAt.toISOString()).registered(),
        metadata: { schemaVersion: 1 },
      },
    ]);
    await runner.waitFor('lifecycle', appended.position);
    const lead = await customerLifecycle(db, customerId);
    expect(lead).toMatchObject({ stage: 'lead', nextChangeAt: expect.any(String) });

    const sweeper = new LifecycleSweeper(db, runner);
    expect(await sweeper.sweep(new Date(Date.parse(lead!.nextChangeAt!) - 1))).toBe(0);
    expect(await sweeper.sweep(new Date(lead!.nextChangeAt!))).toBe(1);
    const lost = await customerLifecycle(db, customerId);
    expect(lost).toMatchObject({ stage: 'lost', since: lead!.nextChangeAt, nextChangeAt: null });
    expect(Date.parse(lost!.since) - registeredAt.getTime()).toBe(rules.leadLapseDays * 86_400_000);
  });
});
