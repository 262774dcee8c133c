import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { ApiKeyService } from './api-key.service.js';
import { ApiKeyNotFoundError, InvalidAuthInputError } from './auth.errors.js';
import { migrateAuth } from './auth.migrations.js';
import { printBootstrapAdminKey } from './bootstrap-admin-key.js';
import type { AuthDatabase } from './auth.tables.js';

let database: TestDatabase;
let db: Kysely<AuthDatabase>;
let keys: ApiKeyService;

function connect(url: string, max = 10): Kysely<AuthDatabase> {
  return new Kysely<AuthDatabase>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max }) }) });
}

beforeAll(async () => {
  database = await createTestDatabase('auth_keys');
  db = connect(database.url);
  await migrateAuth(db);
  keys = new ApiKeyService(db);
});

afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

describe('bootstrap admin key', () => {
  // Runs first: it needs the table to be empty.
  it('is created once even when several processes race for it', async () => {
    const processes = Array.from({ length: 4 }, () => connect(database.url, 1));
    // Connect first, so the race is between transactions rather than connection setups.
    await Promise.all(processes.map((each) => sql`select 1`.execute(each)));
    const results = await Promise.all(processes.map((each) => new ApiKeyService(each).ensureBootstrapAdminKey())).finally(() =>
      Promise.all(processes.map((each) => each.destroy())),
    );
    const created = results.filter((result) => result !== null);
    expect(created).toHaveLength(1);
    expect((await keys.authenticate(created[0]!.key))?.role).toBe('admin');
    expect(await keys.ensureBootstrapAdminKey()).toBeNull();
    expect((await keys.list()).filter((key) => key.role === 'admin')).toHaveLength(1);
  });

  it('is printed by the start that created it, and by no later one', async () => {
    const fresh = await createTestDatabase('auth_bootstrap');
    const freshDb = connect(fresh.url);
    try {
      await migrateAuth(freshDb);
      const freshKeys = new ApiKeyService(freshDb);
      const printed: string[] = [];
      expect(await printBootstrapAdminKey(freshKeys, (text) => printed.push(text))).toBe(true);
      const key = /crm_\S+/.exec(printed.join(''))?.[0];
      expect((await freshKeys.authenticate(key!))?.role).toBe('admin');

      expect(await printBootstrapAdminKey(freshKeys, (text) => printed.push(text))).toBe(false);
      expect(printed).toHaveLength(1);
    } finally {
      await freshDb.destroy();
      await fresh.drop();
    }
  });
});

describe('ApiKeyService', () => {
  it('creates a key that authenticates as its role, name and staff member', async () => {
    const created = await keys.create({ role: 'operator', name: 'front desk', staffId: 'staff-17' });
    expect(created.key).toMatch(/^crm_[A-Za-z0-9_-]{43}$/);

    expect(await keys.authenticate(created.key)).toEqual({
      id: 'staff-17',
      role: 'operator',
      name: 'front desk',
      staffId: 'staff-17',
      keyId: created.id,
    });
  });

  it('gives a machine key without a staff member the key itself as actor', async () => {
    const created = await keys.create({ role: 'analyst', name: 'dashboard' });
    expect(await keys.authenticate(created.key)).toMatchObject({ id: `api-key:${created.id}`, staffId: null });
  });

  it('stores only a hash: the plain key appears nowhere in the table', async () => {
    const created = await keys.create({ role: 'compliance', name: 'auditor' });
    const { rows } = await sql<{ row: string }>`select api_key::text as row from api_key`.execute(db);
    expect(rows.length).toBeGreaterThan(0);
    for (const { row } of rows) {
      expect(row).not.toContain(created.key);
      expect(row).not.toContain(created.key.slice('crm_'.length));
    }
  });

  it('refuses unknown and malformed keys', async () => {
    const created = await keys.create({ role: 'operator', name: 'x' });
    expect(await keys.authenticate(created.key.slice(0, -1) + (created.key.endsWith('A') ? 'B' : 'A'))).toBeNull();
    expect(await keys.authenticate('not-a-key')).toBeNull();
    expect(await keys.authenticate('')).toBeNull();
  });

  it('refuses a key once revoked, and keeps the first revocation time', async () => {
    const created = await keys.create({ role: 'operator', name: 'leaver' });
    const revoked = await keys.revoke(created.id);
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    expect(await keys.authenticate(created.key)).toBeNull();
    expect((await keys.revoke(created.id)).revokedAt).toEqual(revoked.revokedAt);
  });

  it('reports revoking a key that does not exist', async () => {
    await expect(keys.revoke('00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(ApiKeyNotFoundError);
    await expect(keys.revoke('nonsense')).rejects.toThrow('API key nonsense does not exist');
  });

  it('records use at most once a minute', async () => {
    const created = await keys.create({ role: 'analyst', name: 'busy' });
    const lastUsed = async () => (await keys.list()).find((key) => key.id === created.id)!.lastUsedAt;
    expect(await lastUsed()).toBeNull();

    await keys.authenticate(created.key);
    const first = await lastUsed();
    expect(first).toBeInstanceOf(Date);
    await keys.authenticate(created.key);
    expect(await lastUsed()).toEqual(first);

    await db.updateTable('api_key').set({ last_used_at: sql<Date>`now() - interval '2 minutes'` }).where('id', '=', created.id).execute();
    const aged = await lastUsed();
    await keys.authenticate(created.key);
    expect((await lastUsed())!.getTime()).toBeGreaterThan(aged!.getTime());
  });

  it('lists keys without their secrets', async () => {
    const created = await keys.create({ role: 'operator', name: 'listed', staffId: 's-1' });
    const listed = (await keys.list()).find((key) => key.id === created.id);
    expect(listed).toEqual({
      id: created.id,
      name: 'listed',
      role: 'operator',
      staffId: 's-1',
      createdAt: expect.any(Date),
      lastUsedAt: null,
      revokedAt: null,
    });
  });

  it('names the field and the reason for bad input', async () => {
    await expect(keys.create({ role: 'boss', name: 'x' })).rejects.toThrow(
      'role: "boss" is not a role; valid roles are operator, analyst, compliance, admin',
    );
    await expect(keys.create({ role: 'operator', name: '  ' })).rejects.toThrow('name: must be a non-empty string');
    await expect(keys.create({ role: 'operator', name: 'x', staffId: '' })).rejects.toBeInstanceOf(InvalidAuthInputError);
  });

  it('migrates idempotently', async () => {
    await expect(migrateAuth(db)).resolves.toBeUndefined();
  });
});
