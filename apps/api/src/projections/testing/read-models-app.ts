import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiKeyService, type Role } from '#crm/auth';
import { currentEventDecoder, EVENT_CODEC } from '#crm/commands';
import { loadConfig } from '#crm/config';
import { openDatabases, shutdown, type Databases } from '#crm/database';
import { currentSchemaVersion, customerStreamName, occurredAtOf, type DomainEvent } from '#crm/domain';
import type { AppendResult, LogPosition } from '#crm/event-store';
import { createHttpApp } from '#crm/http';
import { ProjectionRunner } from '#crm/projection-runner';
import { directoryProjection, lifecycleProjection, timelineProjection, validTimeProjection } from '#crm/projections';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { ApiAppModule } from '../../api-app.module.js';

export const readModelProjections = [timelineProjection, directoryProjection, lifecycleProjection, validTimeProjection];

export interface ReadModelsApp {
  app: NestFastifyApplication;
  databases: Databases;
  runner: ProjectionRunner;
  /** Appends events to a customer's stream as the command pipeline would envelope them. */
  append(customerId: string, events: DomainEvent[]): Promise<AppendResult>;
  /** Resolves once the read-model projections have applied everything appended so far. */
  caughtUp(): Promise<void>;
  request(method: 'GET' | 'POST', url: string, role?: Role, headers?: Record<string, string>): ReturnType<NestFastifyApplication['inject']>;
  close(): Promise<void>;
}

/** The api app as `npm run start:api` builds it, with API keys, beside a projector running the read models. */
export async function startReadModelsApp(label: string): Promise<ReadModelsApp> {
  const database: TestDatabase = await createTestDatabase(label);
  const config = loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'fatal' });
  const databases = await openDatabases(config);
  const app = await createHttpApp(ApiAppModule.forRoot(config, databases), config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
  const decode = currentEventDecoder(app.get(EVENT_CODEC));
  const runner = new ProjectionRunner({ store: databases.eventStore, db: databases.readDb, projections: readModelProjections, decode, logger: quiet });
  await runner.start();
  // The head may not show our latest appends yet (an older transaction elsewhere on the server holds
  // the log's visibility back), so the target is the position our own appends got.
  let lastAppend: LogPosition | undefined;
  const keys = {} as Record<Role, string>;
  for (const role of ['operator', 'analyst', 'compliance', 'admin'] as const) {
    keys[role] = (await app.get(ApiKeyService).create({ role, name: `${role} key` })).key;
  }
  return {
    app,
    databases,
    runner,
    append: async (customerId, events) => {
      const result = await databases.eventStore.appendToStream(
        customerStreamName(customerId),
        events.map((event) => ({
          id: randomUUID(),
          type: event.type,
          data: event.data as Record<string, unknown>,
          metadata: {
            schemaVersion: currentSchemaVersion(event.type),
            occurredAt: occurredAtOf(event) ?? new Date().toISOString(),
            actor: { id: 'api-key:test', role: 'operator' },
            channel: (event.data as { channel?: string }).channel ?? null,
          },
        })),
      );
      lastAppend = result.position;
      return result;
    },
    async caughtUp() {
      const target = lastAppend;
      if (target) await Promise.all(readModelProjections.map((projection) => runner.waitFor(projection.name, target)));
    },
    request: (method, url, role = 'analyst', headers = {}) => app.inject({ method, url, headers: { ...headers, 'x-api-key': keys[role] } }),
    async close() {
      await runner.stop();
      await app.close();
      await shutdown(() => undefined);
      await database.drop();
    },
  };
}
