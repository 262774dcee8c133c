import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiKeyService } from '#crm/auth';
import { loadConfig, logLevelsUpTo } from '#crm/config';
import { openDatabases, shutdown } from '#crm/database';
import { createHttpApp } from '#crm/http';
import { appLogger, JsonLogger } from '#crm/telemetry';
import { buildWorker, startBuiltWorker } from '#test/support/built-worker';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { ApiAppModule } from '../../apps/api/src/api-app.module.js';

const MASTER_KEY = randomBytes(32).toString('base64');
const STAFF_ID = '6f1d9a52-3c1e-4c7a-9d55-2b9a0d2f7e10';
const PERSON = { name: 'Zoe Quintana-Marsh', email: 'zoe.quintana@example.org', phone: '+34 611 222 333' };

describe('LOG_FORMAT=json', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let key: string;
  const lines: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('logs_json');
    const config = loadConfig({ DATABASE_URL: database.url, LOG_FORMAT: 'json', LOG_LEVEL: 'verbose', CRM_MASTER_KEY: MASTER_KEY });
    expect(appLogger(config)).toBeInstanceOf(JsonLogger);
    const databases = await openDatabases(config);
    app = await createHttpApp(ApiAppModule.forRoot(config, databases), config);
    // The logger main.ts gets, writing to this test instead of stdout.
    app.useLogger(new JsonLogger(logLevelsUpTo(config.logLevel), (line) => lines.push(line)));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    key = (await app.get(ApiKeyService).create({ role: 'admin', name: 'json logs', staffId: STAFF_ID })).key;
  });

  afterAll(async () => {
    await app?.close();
    await shutdown(() => undefined);
    await database?.drop();
  });

  it('writes one JSON object per line with the request, correlation and actor ids, and no personal data', async () => {
    const correlationId = 'corr-json-logs-1';
    const created = await app.inject({
      method: 'POST',
      url: '/customers',
      payload: { kind: 'person', ...PERSON },
      headers: { 'x-api-key': key, 'x-correlation-id': correlationId },
    });
    expect(created.statusCode).toBe(201);
    const id: string = created.json().id;
    await app.inject({ method: 'GET', url: `/customers/${id}`, headers: { 'x-api-key': key } });
    await app.inject({ method: 'GET', url: `/customers?q=${encodeURIComponent(PERSON.name)}`, headers: { 'x-api-key': key } });
    await app.inject({ method: 'POST', url: '/leads', payload: { name: PERSON.name, email: PERSON.email, form: 'contact', website: 'bot' } });

    expect(lines.length).toBeGreaterThan(0);
    const records = lines.map((line) => {
      expect(line.endsWith('\n')).toBe(true);
      expect(line.trimEnd()).not.toContain('\n');
      return JSON.parse(line) as Record<string, string | undefined>;
    });
    for (const record of records) {
      expect(typeof record.time).toBe('string');
      expect(new Date(record.time!).toISOString()).toBe(record.time);
      expect(['fatal', 'error', 'warn', 'log', 'debug', 'verbose']).toContain(record.level);
      expect(typeof record.message).toBe('string');
    }
    const write = records.find((record) => /^POST \/customers handled in \d+ ms$/.test(record.message ?? ''));
    expect(write).toMatchObject({ context: 'HTTP', level: 'debug', correlationId, actorId: STAFF_ID });
    expect(write?.requestId).toEqual(expect.any(String));
    // The event written carries the correlation id the log line shows.
    const history = (await app.inject({ method: 'GET', url: `/customers/${id}/history`, headers: { 'x-api-key': key } })).json();
    expect(history.events[0].metadata.correlationId).toBe(correlationId);
    expect(records.some((record) => record.message === 'a web lead with the honeypot field filled was ignored')).toBe(true);

    const everything = lines.join('').toLowerCase();
    for (const personal of [PERSON.name, PERSON.email, PERSON.phone, 'quintana', id]) expect(everything).not.toContain(personal.toLowerCase());
  });

  it('makes every line a started process writes a JSON object, from its first to its last', async () => {
    await buildWorker();
    const worker = await startBuiltWorker({ DATABASE_URL: database.url, LOG_FORMAT: 'json', LOG_LEVEL: 'verbose', CRM_MASTER_KEY: MASTER_KEY });
    await worker.kill('SIGTERM');
    const printed = worker.output().split('\n').filter((line) => line.trim() !== '');
    expect(printed.length).toBeGreaterThan(3);
    for (const line of printed) expect(() => JSON.parse(line)).not.toThrow();
    expect(printed.map((line) => JSON.parse(line).message)).toContain('CRM worker running');
  }, 180_000);
});
