import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { ApiKeyService, type Role } from '#crm/auth';
import { EVENT_CODEC, type EventCodec } from '#crm/commands';
import { loadConfig } from '#crm/config';
import { openDatabases, shutdown, type Databases } from '#crm/database';
import type { RecordedEvent } from '#crm/event-store';
import { createHttpApp } from '#crm/http';
import { createReadDb } from '#crm/read-store';
import { ApiAppModule } from '../../apps/api/src/api-app.module.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface TestApp {
  app: NestFastifyApplication;
  database: TestDatabase;
  databases: Databases;
  /** An API key per role; the operator's acts for `operatorStaffId`. */
  keys: Record<Role, string>;
  operatorStaffId: string;
  /**
   * Every event in the log, committed, whatever the stream: "nothing appended" means this did not
   * move. Counted in the table itself, because the log's own readers hold back events until older
   * transactions anywhere on the server have ended.
   */
  eventCount(): Promise<number>;
  /** A stream's events as stored, but with personal data decrypted by the app's codec. */
  streamOf(streamName: string): Promise<RecordedEvent[]>;
  /** A request as `role` (default operator); `role: null` sends no key. */
  request(options: InjectOptions & { role?: Role | null }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export const OPERATOR_STAFF_ID = '0b6e2a4e-5d8f-4c1a-9a7e-1f2d3c4b5a69';

/**
 * The api as main.ts boots it (ApiAppModule over openDatabases), on a fresh database, with an API
 * key per role.
 */
export async function startTestApp(label: string): Promise<TestApp> {
  const database = await createTestDatabase(label);
  const config = loadConfig({ DATABASE_URL: database.url, REDIS_URL: 'redis://127.0.0.1:6379', LOG_LEVEL: 'fatal' });
  const databases = await openDatabases(config);
  const db = createReadDb(database.url, { maxConnections: 2 });
  const app = await createHttpApp(ApiAppModule.forRoot(config, databases), config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const apiKeys = app.get(ApiKeyService);
  const keys = {} as Record<Role, string>;
  for (const role of ['operator', 'analyst', 'compliance', 'admin'] as const) {
    const staffId = role === 'operator' ? OPERATOR_STAFF_ID : null;
    keys[role] = (await apiKeys.create({ role, name: `${role} key`, staffId })).key;
  }
  return {
    app,
    database,
    databases,
    keys,
    operatorStaffId: OPERATOR_STAFF_ID,
    eventCount: async () => Number((await sql<{ count: string }>`select count(*) from events`.execute(db)).rows[0].count),
    async streamOf(streamName) {
      const codec = app.get<EventCodec>(EVENT_CODEC);
      const events: RecordedEvent[] = [];
      for await (const event of databases.eventStore.readStream(streamName)) events.push({ ...event, data: await codec.decode(event) });
      return events;
    },
    request: ({ role = 'operator', headers, ...options }) =>
      app.inject({ ...options, headers: { ...(role ? { 'x-api-key': keys[role] } : {}), ...headers } }),
    async close() {
      await app.close();
      await db.destroy();
      await shutdown();
      await database.drop();
    },
  };
}
