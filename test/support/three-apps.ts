import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiKeyService } from '#crm/auth';
import { loadConfig } from '#crm/config';
import { openDatabases, shutdown, type Databases } from '#crm/database';
import { createHttpApp } from '#crm/http';
import { ApiAppModule } from '../../apps/api/src/api-app.module.js';
import { ProjectorAppModule } from '../../apps/projector/src/projector-app.module.js';
import { WorkerAppModule } from '../../apps/worker/src/worker-app.module.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface ThreeApps {
  database: TestDatabase;
  databases: Databases;
  api: NestFastifyApplication;
  projector: INestApplicationContext;
  /** Null unless asked for. */
  worker: INestApplicationContext | null;
  /** An admin API key. */
  key: string;
  close(): Promise<void>;
}

/**
 * The api, the projector and (if `worker`) the worker as their main.ts boot them, in this process,
 * on one fresh database (on `serverUrl`'s PostgreSQL, default the shared one); `env(database)` may name it.
 */
export async function startThreeApps(
  label: string,
  env: Record<string, string> | ((database: TestDatabase) => Record<string, string>),
  { worker = false, serverUrl }: { worker?: boolean; serverUrl?: string } = {},
): Promise<ThreeApps> {
  const database = await createTestDatabase(label, serverUrl);
  const config = loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'fatal', ...(typeof env === 'function' ? env(database) : env) });
  const databases = await openDatabases(config);
  const api = await createHttpApp(ApiAppModule.forRoot(config, databases), config);
  await api.init();
  await api.getHttpAdapter().getInstance().ready();
  const projector = await NestFactory.createApplicationContext(ProjectorAppModule.forRoot(config, databases), { logger: false });
  await projector.init();
  const workerApp = worker ? await NestFactory.createApplicationContext(WorkerAppModule.forRoot(config, databases), { logger: false }) : null;
  await workerApp?.init();
  const key = (await api.get(ApiKeyService).create({ role: 'admin', name: `${label} admin` })).key;
  return {
    database,
    databases,
    api,
    projector,
    worker: workerApp,
    key,
    async close() {
      await workerApp?.close();
      await projector.close();
      await api.close();
      await shutdown(() => undefined);
      await database.drop();
    },
  };
}
