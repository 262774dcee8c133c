import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Controller, Get } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { ErrorResponseFilter } from '#crm/http';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import type { Actor } from './actor.js';
import { ApiKeyService } from './api-key.service.js';
import { migrateAuth } from './auth.migrations.js';
import { AuthModule } from './auth.module.js';
import { CurrentActor } from './current-actor.decorator.js';
import { Public } from './public.decorator.js';
import { Roles } from './roles.decorator.js';
import type { Role } from './roles.js';

@Controller('probe')
class ProbeController {
  @Get('customers')
  @Roles('operator')
  customers(@CurrentActor() actor: Actor): Actor {
    return actor;
  }

  @Get('health')
  @Public()
  health(): { ok: true } {
    return { ok: true };
  }

  @Get('forgotten')
  forgotten(): { ok: true } {
    return { ok: true };
  }
}

@Controller('probe/audit')
@Roles('compliance')
class AuditProbeController {
  @Get()
  audit(): { ok: true } {
    return { ok: true };
  }
}

let database: TestDatabase;
let db: Kysely<any>;
let app: NestFastifyApplication;
const keyFor = {} as Record<Role, string>;

beforeAll(async () => {
  database = await createTestDatabase('auth_guard');
  db = new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url }) }) });
  await migrateAuth(db);
  const moduleRef = await Test.createTestingModule({
    imports: [AuthModule.forRoot({ database: { useValue: db } })],
    controllers: [ProbeController, AuditProbeController],
  }).compile();
  app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
  // The guard throws coded errors; the API's one filter turns them into statuses.
  app.useGlobalFilters(new ErrorResponseFilter());
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const keys = app.get(ApiKeyService);
  for (const role of ['operator', 'analyst', 'compliance', 'admin'] as const) {
    keyFor[role] = (await keys.create({ role, name: `${role} key`, staffId: `staff-${role}` })).key;
  }
});

afterAll(async () => {
  await app?.close();
  await db?.destroy();
  await database?.drop();
});

function get(url: string, headers: Record<string, string> = {}) {
  return app.inject({ method: 'GET', url, headers });
}

describe('ApiKeyGuard', () => {
  it('refuses a request without a key', async () => {
    const response = await get('/probe/customers');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ statusCode: 401, message: 'missing or invalid API key' });
  });

  it('refuses an unknown key', async () => {
    const response = await get('/probe/customers', { authorization: 'Bearer crm_notarealkey' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ statusCode: 401, message: 'missing or invalid API key' });
  });

  it('refuses a revoked key', async () => {
    const keys = app.get(ApiKeyService);
    const created = await keys.create({ role: 'operator', name: 'revoked' });
    await keys.revoke(created.id);
    expect((await get('/probe/customers', { 'x-api-key': created.key })).statusCode).toBe(401);
  });

  it('refuses a role the route does not allow, naming role and route', async () => {
    const response = await get('/probe/customers', { authorization: `Bearer ${keyFor.analyst}` });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ statusCode: 403, message: 'role analyst may not GET /probe/customers' });
  });

  it('lets the right role through, with the actor taken from the key', async () => {
    const response = await get('/probe/customers', { authorization: `Bearer ${keyFor.operator}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: 'staff-operator', role: 'operator', name: 'operator key', staffId: 'staff-operator' });
  });

  it('accepts the key in X-Api-Key as well', async () => {
    expect((await get('/probe/customers', { 'x-api-key': keyFor.operator })).statusCode).toBe(200);
  });

  it('applies roles set on the controller', async () => {
    expect((await get('/probe/audit', { 'x-api-key': keyFor.compliance })).statusCode).toBe(200);
    expect((await get('/probe/audit', { 'x-api-key': keyFor.operator })).statusCode).toBe(403);
  });

  it('always lets admin through', async () => {
    expect((await get('/probe/customers', { 'x-api-key': keyFor.admin })).statusCode).toBe(200);
    expect((await get('/probe/audit', { 'x-api-key': keyFor.admin })).statusCode).toBe(200);
  });

  it('opens @Public routes to callers without a key', async () => {
    const response = await get('/probe/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ok: true });
  });

  it('refuses a route with neither @Roles nor @Public to every key, admin included', async () => {
    expect((await get('/probe/forgotten')).statusCode).toBe(401);
    const response = await get('/probe/forgotten', { 'x-api-key': keyFor.admin });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ message: 'GET /probe/forgotten declares no roles, so no key may call it' });
  });
});
