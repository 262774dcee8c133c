import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { sql, type Kysely } from 'kysely';
import { actorIdFor, type Actor } from './actor.js';
import { validateApiKeyInput, type CreateApiKeyInput } from './api-key-input.js';
import { API_KEY_PREFIX, generateApiKey, hashApiKey } from './api-key-secret.js';
import { ApiKeyNotFoundError } from './auth.errors.js';
import type { ApiKeyRow, AuthDatabase } from './auth.tables.js';
import { AUTH_DATABASE } from './auth.tokens.js';
import type { Role } from './roles.js';

export interface CreatedApiKey {
  id: string;
  /** The plain key: it exists only in this value and is never stored. */
  key: string;
  role: Role;
  name: string;
}

export interface ApiKeySummary {
  id: string;
  name: string;
  role: Role;
  staffId: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Far longer than any key we issue; anything longer is refused before it reaches the database.
const MAX_PRESENTED_KEY_LENGTH = 256;

function toSummary(row: ApiKeyRow): ApiKeySummary {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    staffId: row.staff_id,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

@Injectable()
export class ApiKeyService {
  constructor(@Inject(AUTH_DATABASE) private readonly db: Kysely<AuthDatabase>) {}

  create(input: CreateApiKeyInput): Promise<CreatedApiKey> {
    return this.insert(this.db, input);
  }

  async authenticate(presentedKey: string): Promise<Actor | null> {
    if (!presentedKey.startsWith(API_KEY_PREFIX) || presentedKey.length > MAX_PRESENTED_KEY_LENGTH) return null;
    const row = await this.db
      .selectFrom('api_key')
      .select(['id', 'name', 'role', 'staff_id'])
      .where('key_hash', '=', hashApiKey(presentedKey))
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (!row) return null;
    await this.recordUse(row.id);
    return {
      id: actorIdFor({ id: row.id, staffId: row.staff_id }),
      role: row.role,
      name: row.name,
      staffId: row.staff_id,
      keyId: row.id,
      credential: 'api-key',
    };
  }

  /** Revoking twice keeps the first revocation time. */
  async revoke(id: string): Promise<ApiKeySummary> {
    const row = UUID.test(id)
      ? await this.db
          .updateTable('api_key')
          .set({ revoked_at: sql<Date>`coalesce(revoked_at, now())` })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirst()
      : undefined;
    if (!row) throw new ApiKeyNotFoundError(id);
    return toSummary(row);
  }

  async list(): Promise<ApiKeySummary[]> {
    const rows = await this.db.selectFrom('api_key').selectAll().orderBy('created_at').orderBy('id').execute();
    return rows.map(toSummary);
  }

  /**
   * Creates the first admin key when no key has ever existed, so a fresh install can be reached.
   * The advisory lock makes two processes starting together agree on a single key; revoked keys
   * count as existing, so revoking the bootstrap key never brings it back.
   */
  ensureBootstrapAdminKey(): Promise<{ key: string } | null> {
    return this.db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(hashtext('crm:auth:bootstrap-admin-key'))`.execute(trx);
      const existing = await trx.selectFrom('api_key').select('id').limit(1).executeTakeFirst();
      if (existing) return null;
      const { key } = await this.insert(trx, { role: 'admin', name: 'bootstrap admin' });
      return { key };
    });
  }

  private async insert(db: Kysely<AuthDatabase>, input: CreateApiKeyInput): Promise<CreatedApiKey> {
    const { role, name, staffId } = validateApiKeyInput(input);
    const id = randomUUID();
    const key = generateApiKey();
    await db
      .insertInto('api_key')
      .values({ id, key_hash: hashApiKey(key), name, role, staff_id: staffId })
      .execute();
    return { id, key, role, name };
  }

  /** At most one write a minute per key, so busy keys do not turn every request into an update. */
  private async recordUse(id: string): Promise<void> {
    await this.db
      .updateTable('api_key')
      .set({ last_used_at: sql<Date>`now()` })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', sql<Date>`now() - interval '1 minute'`)]))
      .execute();
  }
}
