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
  /** Every answer the app gave, for the response-contract check (test/support/openapi-contract.ts). */
  answers: SeenAnswer[];
  /** The variables startTestApp was given. */
  env: Record<string, string>;
  /** Every route Fastify registered, as `{ method, url: '/customers/:id' }`. */
  routes: RegisteredRoute[];
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

export interface SeenAnswer {
  method: string;
  /** The route's pattern: `/customers/:id`. */
  route: string;
  status: number;
  body: unknown;
  json: boolean;
}

export interface RegisteredRoute {
  method: string;
  url: string;
}

/**
 * Another api process beside `api`: the same database, log and keys, configured by `env` on top of
 * what startTestApp used. Close it before `api`.
 */
export async function anotherApiProcess(api: TestApp, env: Record<string, string>): Promise<NestFastifyApplication> {
  const config = loadConfig({ DATABASE_URL: api.database.url, REDIS_URL: 'redis://127.0.0.1:6379', LOG_LEVEL: 'fatal', ...api.env, ...env });
  const app = await createHttpApp(ApiAppModule.forRoot(config, api.databases), config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

export const OPERATOR_STAFF_ID = '0b6e2a4e-5d8f-4c1a-9a7e-1f2d3c4b5a69';

/** Adds every answer `app` gives to `answers`; call before the app is ready. */
export function recordAnswers(app: NestFastifyApplication, answers: SeenAnswer[]): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply, payload) => {
      if (request.routeOptions.url) {
        const json = String(reply.getHeader('content-type') ?? '').startsWith('application/json') && typeof payload === 'string';
        answers.push({ method: request.method, route: request.routeOptions.url, status: reply.statusCode, body: json ? JSON.parse(payload) : undefined, json });
      }
      return payload;
    });
}

/**
 * The api as main.ts boots it (ApiAppModule over openDatabases), on a fresh database, with an API
 * key per role; `env` adds or overrides variables (keys, for instance).
 */
export async function startTestApp(label: string, env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase(label);
  const config = loadConfig({ DATABASE_URL: database.url, REDIS_URL: 'redis://127.0.0.1:6379', LOG_LEVEL: 'fatal', ...env });
  const databases = await openDatabases(config);
  const db = createReadDb(database.url, { maxConnections: 2 });
  const app = await createHttpApp(ApiAppModule.forRoot(config, databases), config);
  const routes: RegisteredRoute[] = [];
  const answers: SeenAnswer[] = [];
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url });
  });
  recordAnswers(app, answers);
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
    env,
    routes,
    answers,
    operatorStaffId: OPERATOR_STAFF_ID,
    eventCount: async () => Number((await sql<{ count: string }>`select count(*) from events`.execute(db)).rows[0].count),
    async streamOf(streamName) {
      const codec = app.get<EventCodec>(EVENT_CODEC);
      const events: RecordedEvent[] = [];
      for await (const event of databases.eventStore.readStream(streamName)) events.push({ ...event, data: await codec.decode(event) });
      return events;
    },
    request: ({ role = 'operator', headers, ...options }) => app.inject({ ...options, headers: { ...(role ? { 'x-api-key': keys[role] } : {}), ...headers } }),
    async close() {
      await app.close();
      await db.destroy();
      await shutdown();
      await database.drop();
    },
  };
}
