import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { RedisAvailability } from '#crm/jobs';
import { anotherApiProcess, startTestApp, type TestApp } from '#test/support/app';
import { answersBreakingContract } from '#test/support/openapi-contract';
import { freePort } from '#test/support/free-port';
import { createUser, signIn, withSession } from '#test/support/users';

const LIMIT = 5;

const PREFIX = `e2e-rate-${process.pid}`;

describe('rate limits per API key or signed-in user', () => {
  let api: TestApp;
  let other: NestFastifyApplication;

  beforeAll(async () => {
    api = await startTestApp('e2e_rate_limits', { RATE_LIMIT_PER_MINUTE: String(LIMIT), JOBS_PREFIX: PREFIX });
    other = await anotherApiProcess(api, {});
    expect(api.app.get(RedisAvailability).isAvailable()).toBe(true);
  });

  afterAll(async () => {
    await other?.close();
    await api?.close();
  });

  it('shares one count between api processes through Redis, and answers 429 with Retry-After', async () => {
    const asOperator = (app: NestFastifyApplication) => app.inject({ method: 'GET', url: '/auth/me', headers: { 'x-api-key': api.keys.operator } });
    for (let i = 0; i < 3; i++) expect((await asOperator(api.app)).statusCode).not.toBe(429);
    for (let i = 0; i < 2; i++) expect((await asOperator(other)).statusCode).not.toBe(429);
    const refused = await asOperator(other);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ statusCode: 429, message: expect.stringContaining('too many requests') });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await asOperator(api.app)).statusCode).toBe(429);

    // Another key has its own count, and public routes are not counted.
    expect((await api.request({ role: 'analyst', method: 'GET', url: '/auth/me' })).statusCode).toBe(404);
    for (let i = 0; i < LIMIT + 1; i++) expect((await api.request({ role: null, method: 'GET', url: '/health' })).statusCode).not.toBe(429);
  });

  it('counts a signed-in user like a key', async () => {
    const user = await createUser(api, 'analyst');
    const cookie = await signIn(api, user);
    const me = () => api.request({ role: null, method: 'GET', url: '/auth/me', headers: withSession(cookie) });
    for (let i = 0; i < LIMIT; i++) expect((await me()).statusCode).toBe(200);
    expect((await me()).statusCode).toBe(429);
  });

  it('still limits, per process, while Redis is down', async () => {
    const offline = await anotherApiProcess(api, { REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    try {
      expect(offline.get(RedisAvailability).isAvailable()).toBe(false);
      const asCompliance = () => offline.inject({ method: 'GET', url: '/auth/me', headers: { 'x-api-key': api.keys.compliance } });
      for (let i = 0; i < LIMIT; i++) expect((await asCompliance()).statusCode).not.toBe(429);
      const refused = await asCompliance();
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['retry-after']).toBeDefined();
    } finally {
      await offline.close();
    }
  });

  it('answered everything as the OpenAPI document says', async () => {
    expect(await answersBreakingContract(api)).toEqual([]);
  });
});
