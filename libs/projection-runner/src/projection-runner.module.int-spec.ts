import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { EVENT_STORE } from '@crm/event-store';
import { createTestDatabase, type TestDatabase } from '@test/support/database.js';
import { projectionSchema } from './projection.js';
import { ProjectionRebuilder } from './projection-rebuilder.js';
import { ProjectionRunner } from './projection-runner.js';
import { ProjectionRunnerModule } from './projection-runner.module.js';
import { ProjectionStatusService } from './projection-status.service.js';
import { appendCounted } from './testing/test-events.js';
import { countingProjection, readCounts } from './testing/test-projections.js';
import { openTestStores, type TestStores } from './testing/test-stores.js';

describe('ProjectionRunnerModule', () => {
  let database: TestDatabase;
  let stores: TestStores;

  beforeAll(async () => {
    database = await createTestDatabase('projection_module');
    stores = await openTestStores(database.url);
  });

  afterAll(async () => {
    await stores.close();
    await database.drop();
  });

  it('runs the projections from bootstrap to shutdown and provides status and rebuilds', async () => {
    @Global()
    @Module({ providers: [{ provide: EVENT_STORE, useValue: stores.store }], exports: [EVENT_STORE] })
    class EventStoreTestModule {}

    const app = await Test.createTestingModule({
      imports: [
        EventStoreTestModule,
        ProjectionRunnerModule.register({ projections: [countingProjection()], database: { useValue: stores.db } }),
      ],
    }).compile();
    await app.init();

    const last = await appendCounted(stores.store, 'customer-a', 3);
    await app.get(ProjectionRunner).waitFor('counter', last.position);
    expect(await readCounts(stores.db, projectionSchema('counter'))).toEqual({ 'customer-a': 3 });
    expect((await app.get(ProjectionRebuilder).rebuild('counter')).eventsApplied).toBe(3);
    const status = app.get(ProjectionStatusService);
    expect((await status.get('counter')).eventsApplied).toBe(3);

    await app.close();
    expect((await status.get('counter')).state).toBe('stopped');
  });
});
