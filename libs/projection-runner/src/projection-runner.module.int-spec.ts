import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { EVENT_STORE } from '#crm/event-store';
import type { EventDecoder } from './projection-dependencies.js';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { projectionSchema } from './projection.js';
import { ProjectionRebuilder } from './projection-rebuilder.js';
import { ProjectionRunner } from './projection-runner.js';
import { ProjectionRunnerModule } from './projection-runner.module.js';
import { ProjectionStatusService } from './projection-status.service.js';
import { markingDecoder } from './testing/test-decoder.js';
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

  const CODEC = Symbol('TestCodec');

  @Global()
  @Module({
    providers: [
      // A factory: the store is opened in beforeAll, after this class is declared.
      { provide: EVENT_STORE, useFactory: () => stores.store },
      { provide: CODEC, useValue: markingDecoder },
    ],
    exports: [EVENT_STORE, CODEC],
  })
  class EventStoreTestModule {}

  it('runs the projections from bootstrap to shutdown and provides status and rebuilds', async () => {
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

  it('builds the decoder from what it injects, for the runner and the rebuilder alike', async () => {
    const app = await Test.createTestingModule({
      imports: [
        EventStoreTestModule,
        ProjectionRunnerModule.register({
          projections: [countingProjection({ name: 'decoded' })],
          database: { useValue: stores.db },
          decode: { useFactory: (codec: EventDecoder) => codec, inject: [CODEC] },
        }),
      ],
    }).compile();
    await app.init();

    const last = await appendCounted(stores.store, 'customer-b', 2);
    await app.get(ProjectionRunner).waitFor('decoded', last.position);
    expect(await readCounts(stores.db, projectionSchema('decoded'))).toEqual({ 'decoded:customer-a': 3, 'decoded:customer-b': 2 });
    await app.get(ProjectionRebuilder).rebuild('decoded');
    expect(await readCounts(stores.db, projectionSchema('decoded'))).toEqual({ 'decoded:customer-a': 3, 'decoded:customer-b': 2 });
    await app.close();
  });
});
