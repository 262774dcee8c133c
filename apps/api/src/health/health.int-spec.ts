import { Controller, Module, Post } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@crm/config';
import { openDatabases, shutdown, type Databases } from '@crm/database';
import { createHttpApp } from '@crm/http';
import { RequiresJobs } from '@crm/jobs';
import { createTestDatabase, type TestDatabase } from '@test/support/database.js';
import { freePort } from '@test/support/free-port.js';
import { ApiAppModule } from '../api-app.module.js';

@Controller('exports')
class ExportProbeController {
  @Post()
  @RequiresJobs()
  start(): { queued: true } {
    return { queued: true };
  }
}

@Module({ controllers: [ExportProbeController] })
class ExportProbeModule {}

describe('GET /health', () => {
  let database: TestDatabase;
  let databases: Databases;

  async function apiWith(redisUrl: string): Promise<NestFastifyApplication> {
    const config = loadConfig({ DATABASE_URL: database.url, REDIS_URL: redisUrl, LOG_LEVEL: 'fatal' });
    const app = await createHttpApp({ imports: [ApiAppModule.forRoot(config, databases), ExportProbeModule] }, config);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    return app;
  }

  beforeAll(async () => {
    database = await createTestDatabase('health');
    databases = await openDatabases(loadConfig({ DATABASE_URL: database.url }));
  });

  afterAll(async () => {
    
    await shutdown();
    
    await database.drop();
  });

  describe('with Redis up', () => {
    let app: NestFastifyApplication;
    beforeAll(async () => (app = await apiWith('redis://127.0.0.1:6379')));
    afterAll(() => app.close());

    it('reports every component working', async () => {
      const response = await app.inject({ method: 'GET', url: '/health' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        status: 'ok',
        eventStore: { backend: 'postgresql', ok: true },
        database: { ok: true },
        redis: { ok: true },
        projector: { ok: true, projections: [] },
      });
    });

    it('lets endpoints that need jobs through', async () => {
      const response = await app.inject({ method: 'POST', url: '/exports' });
      expect(response.statusCode).toBe(201);
    });
  });

  describe('with Redis down', () => {
    let app: NestFastifyApplication;
    let reason: string;
    beforeAll(async () => {
      const port = await freePort();
      reason = `Redis unreachable at 127.0.0.1:${port}: connect ECONNREFUSED`;
      app = await apiWith(`redis://127.0.0.1:${port}`);
    });
    afterAll(() => app.close());

    it('still answers, degraded, saying why', async () => {
      const response = await app.inject({ method: 'GET', url: '/health' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ status: 'degraded', database: { ok: true }, redis: { ok: false, reason } });
    });

    it('answers 503 on endpoints that need jobs', async () => {
      const response = await app.inject({ method: 'POST', url: '/exports' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({ statusCode: 503, message: `jobs unavailable: ${reason}` });
    });
  });

  describe('with the event log closed', () => {
    it('reports the api down with 503', async () => {
      const app = await apiWith('redis://127.0.0.1:6379');
      try {
        await databases.eventStore.close();
        const response = await app.inject({ method: 'GET', url: '/health' });
        expect(response.statusCode).toBe(503);
        expect(response.json()).toMatchObject({ status: 'down', eventStore: { backend: 'postgresql', ok: false }, database: { ok: true } });
      } finally {
        await app.close();
      }
    });
  });
});
