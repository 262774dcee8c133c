import { Controller, Module, Post, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { ApiKeyService, Public } from '#crm/auth';
import { loadConfig } from '#crm/config';
import { openDatabases, shutdown, type Databases } from '#crm/database';
import { createHttpApp } from '#crm/http';
import { RequiresJobs } from '#crm/jobs';
import { ProjectionRunner } from '#crm/projection-runner';
import { allProjections } from '#crm/projections';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { freePort } from '#test/support/free-port';
import { ProjectorAppModule } from '../../../projector/src/projector-app.module.js';
import { ApiAppModule } from '../api-app.module.js';

@Controller('exports')
class ExportProbeController {
  // Public so the answer is the jobs check's alone, not the API key guard's.
  @Public()
  @Post()
  @RequiresJobs()
  start(): { queued: true } {
    return { queued: true };
  }
}

@Module({ controllers: [ExportProbeController] })
class ExportProbeModule {}

/** The runner emits nothing when its workers are live, so this polls its own view of them. */
async function allLive(runner: ProjectionRunner): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!allProjections.every((projection) => runner.stateOf(projection.name) === 'live')) {
    if (Date.now() > deadline) throw new Error('the projections did not go live within 20 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('GET /health', () => {
  let database: TestDatabase;
  let databases: Databases;

  async function apiWith(redisUrl: string, env: Record<string, string> = {}): Promise<NestFastifyApplication> {
    const config = loadConfig({ DATABASE_URL: database.url, REDIS_URL: redisUrl, LOG_LEVEL: 'fatal', ...env });
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

    it('reports the projections stopped, hence degraded, while no projector runs', async () => {
      const response = await app.inject({ method: 'GET', url: '/health' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ status: 'degraded', redis: { ok: true }, projector: { ok: false } });
      expect(response.json().projector.reason).toMatch(/is stopped/);
    });

    it('reports every component working once a projector runs, with each projection and its lag', async () => {
      const config = loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'fatal' });
      const projector: INestApplicationContext = await NestFactory.createApplicationContext(ProjectorAppModule.forRoot(config, databases), {
        logger: false,
      });
      try {
        await projector.init();
        await allLive(projector.get(ProjectionRunner, { strict: false }));
        const response = await app.inject({ method: 'GET', url: '/health' });
        expect(response.statusCode).toBe(200);
        const report = response.json();
        expect(report).toMatchObject({
          status: 'ok',
          eventStore: { backend: 'postgresql', ok: true },
          database: { ok: true },
          redis: { ok: true },
          projector: { ok: true },
        });
        expect(report.projector.projections.map((projection: { name: string }) => projection.name).sort()).toEqual(
          allProjections.map((projection) => projection.name).sort(),
        );
        expect(report.projector.projections[0]).toEqual({ name: expect.any(String), state: expect.any(String), lagEvents: 0, lagMs: 0 });
      } finally {
        await projector.close();
      }
    });

    it('names in /health and GET /projections a write transaction held open past CRM_HORIZON_WARN_SECONDS, never its query', async () => {
      const warning = await apiWith('redis://127.0.0.1:6379', { CRM_HORIZON_WARN_SECONDS: '0' });
      const client = new pg.Client({ connectionString: database.url, application_name: 'health-hold' });
      await client.connect();
      try {
        await client.query('begin');
        await client.query('select pg_current_xact_id() /* secret-query-text */');
        const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
        const hold = { pid: rows[0].pid, applicationName: 'health-hold', database: database.name };
        const key = (await warning.get(ApiKeyService).create({ role: 'analyst', name: 'horizon' })).key;

        const health = (await warning.inject({ method: 'GET', url: '/health' })).json();
        expect(health.projector.heldBackBy).toContainEqual({ ...hold, since: expect.any(String), ageMs: expect.any(Number) });
        const projections = (await warning.inject({ method: 'GET', url: '/projections', headers: { 'x-api-key': key } })).json();
        for (const projection of projections) expect(projection.heldBackBy).toContainEqual(expect.objectContaining(hold));
        expect(JSON.stringify([health, projections])).not.toContain('secret-query-text');
        // The default threshold (5 s) is far older than this transaction.
        expect((await app.inject({ method: 'GET', url: '/health' })).json().projector.heldBackBy).not.toContainEqual(expect.objectContaining(hold));
      } finally {
        await client.end();
        await warning.close();
      }
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
