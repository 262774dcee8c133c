import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Kysely } from 'kysely';
import { ApiKeyService, AuthModule, type Role } from '#crm/auth';
import { currentEventDecoder, EVENT_CODEC } from '#crm/commands';
import { ConfigModule, loadConfig } from '#crm/config';
import { CryptoModule } from '#crm/crypto';
import { EVENT_STORE, PostgresEventStore } from '#crm/event-store';
import { createHttpApp } from '#crm/http';
import { ProjectionRunner, type Projection } from '#crm/projection-runner';
import { createReadDb, READ_DB, ReadStoreModule, migrateReadStore, type ReadDatabase } from '#crm/read-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';

export interface ReadModelTestApp {
  app: NestFastifyApplication;
  store: PostgresEventStore;
  db: Kysely<ReadDatabase>;
  /** The database's URL, for a process of the CRM beside the app (a `crm` command). */
  databaseUrl: string;
  runner: ProjectionRunner;
  /** An API key per role. */
  keys: Record<Role, string>;
  /** Resolves once every projection has applied everything appended so far. */
  caughtUp(): Promise<void>;
  get(url: string, role?: Role): ReturnType<NestFastifyApplication['inject']>;
  close(): Promise<void>;
}

/** The HTTP feature modules over a database of their own, with API keys and a projection runner. */
export async function startReadModelTestApp(label: string, features: unknown[], projections: Projection[]): Promise<ReadModelTestApp> {
  const database: TestDatabase = await createTestDatabase(label);
  const store = await PostgresEventStore.connect({ connectionString: database.url });
  const db: Kysely<ReadDatabase> = createReadDb(database.url);
  await migrateReadStore(db);
  const stores = { module: class TestStoresModule {}, global: true, imports: [ReadStoreModule.forRoot(db)], providers: [{ provide: EVENT_STORE, useValue: store }], exports: [EVENT_STORE] };
  const config = loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'fatal' });
  // What every app root provides besides the features: config, the event codec and the API key guard.
  const app = await createHttpApp(
    { imports: [stores, ConfigModule.forRoot(config), CryptoModule, AuthModule.forRoot({ database: { useExisting: READ_DB } }), ...features] } as never,
    config,
  );
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const runner = new ProjectionRunner({
    store,
    db,
    projections,
    decode: currentEventDecoder(app.get(EVENT_CODEC)),
    standbyPollMs: 100,
    logger: { log: () => undefined, warn: () => undefined, error: () => undefined },
  });
  await runner.start();
  const keys = {} as Record<Role, string>;
  for (const role of ['operator', 'analyst', 'compliance', 'admin'] as const) {
    keys[role] = (await app.get(ApiKeyService).create({ role, name: `${role} key` })).key;
  }
  return {
    app,
    store,
    db,
    databaseUrl: database.url,
    runner,
    keys,
    async caughtUp() {
      // The head seen now may lag what was appended while other databases' transactions hold the
      // cluster's xmin back; a marker appended after everything is readable only once all of it is.
      const marker = await store.appendToStream(`test-marker-${randomUUID()}`, [{ id: randomUUID(), type: 'TestMarker', data: {}, metadata: {} }]);
      await Promise.all(projections.map((projection) => runner.waitFor(projection.name, marker.position, { timeoutMs: 300_000 })));
    },
    get: (url, role = 'analyst') => app.inject({ method: 'GET', url, headers: { 'x-api-key': keys[role] } }),
    async close() {
      await runner.stop();
      await app.close();
      await store.close();
      await db.destroy();
      await database.drop();
    },
  };
}
