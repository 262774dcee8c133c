import { randomBytes, randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { DataKeyNotFoundError, MasterKeyMismatchError, SubjectErasedError } from '../crypto.errors.js';
import type { MasterKey } from '../master-key/master-key.js';
import type { CryptoDatabase } from './data-key.table.js';
import { describeSubject, type DataSubject } from './data-subject.js';
import { ExpiringCache } from './expiring-cache.js';

export type DataKey = { keyId: string; key: Buffer };

export type DataKeyStoreOptions = {
  /** How long an unwrapped key is reused before the table is asked again; 0 turns caching off. */
  cacheTtlMs?: number;
  maxCachedKeys?: number;
  /** Milliseconds, for the cache's expiry; tests move it by hand. */
  clock?: () => number;
};

const DESTROYED = 'destroyed';
type Cached = DataKey | typeof DESTROYED;

/**
 * The per-person data keys, wrapped with the master key, in a table apart from the event log.
 * Destroying a subject's key is erasure: every event encrypted with it becomes unreadable.
 */
export class DataKeyStore {
  private readonly byKeyId: ExpiringCache<Cached>;
  private readonly bySubject: ExpiringCache<Cached>;
  // A replay decodes a whole page at once, often many events under one key: they share one read.
  private readonly loadingById = new Map<string, Promise<Cached>>();

  constructor(
    private readonly db: Kysely<CryptoDatabase>,
    private readonly masterKey: MasterKey,
    options: DataKeyStoreOptions = {},
  ) {
    const ttl = options.cacheTtlMs ?? 5_000;
    const size = options.maxCachedKeys ?? 10_000;
    this.byKeyId = new ExpiringCache(ttl, size, options.clock);
    this.bySubject = new ExpiringCache(ttl, size, options.clock);
  }

  /**
   * Records this process's master key as the database's when none is recorded yet, and refuses a
   * master key other than the recorded one (or than the one existing keys were wrapped with),
   * before anything is written.
   */
  async assertMasterKey(): Promise<void> {
    // A database of the previous release holds wrapped keys but no record: it records their key, not ours.
    await sql`
      insert into crypto_master_key (master_key_id)
      select coalesce((select master_key_id from data_key where master_key_id is not null order by created_at limit 1), ${this.masterKey.id})
      on conflict (singleton) do nothing`.execute(this.db);
    const recorded = await this.db.selectFrom('crypto_master_key').select('master_key_id').executeTakeFirstOrThrow();
    if (recorded.master_key_id !== this.masterKey.id) throw new MasterKeyMismatchError(recorded.master_key_id, this.masterKey.id);
    const other = await this.db
      .selectFrom('data_key')
      .select('master_key_id')
      .where('wrapped_key', 'is not', null)
      .where('master_key_id', '!=', this.masterKey.id)
      .limit(1)
      .executeTakeFirst();
    if (other) throw new MasterKeyMismatchError(other.master_key_id!, this.masterKey.id);
  }

  /** The subject's key, made on first use. Throws SubjectErasedError once the subject is erased. */
  async keyFor(subject: DataSubject): Promise<DataKey> {
    const cacheKey = subjectKey(subject);
    let found = this.bySubject.get(cacheKey);
    if (found === undefined) {
      found = (await this.loadSubject(subject)) ?? (await this.create(subject));
      this.bySubject.set(cacheKey, found);
    }
    if (found === DESTROYED) throw new SubjectErasedError(describeSubject(subject));
    return found;
  }

  /** The key an event names, or null when it was destroyed (the subject was erased). */
  async keyById(keyId: string): Promise<Buffer | null> {
    let found = this.byKeyId.get(keyId);
    if (found === undefined) {
      let loading = this.loadingById.get(keyId);
      if (!loading) {
        loading = this.loadKeyId(keyId).finally(() => this.loadingById.delete(keyId));
        this.loadingById.set(keyId, loading);
      }
      found = await loading;
      this.byKeyId.set(keyId, found);
    }
    return found === DESTROYED ? null : found.key;
  }

  /**
   * Crypto-shredding. A subject without a key gets a tombstone, so none is made later. Returns
   * whether a live key was destroyed (false when erasing again).
   */
  async destroy(subject: DataSubject): Promise<boolean> {
    const destroyed = await this.db
      .updateTable('data_key')
      .set({ wrapped_key: null, master_key_id: null, destroyed_at: sql<Date>`now()` })
      .where('subject_kind', '=', subject.kind)
      .where('subject_id', '=', subject.id)
      .where('wrapped_key', 'is not', null)
      .returning('key_id')
      .executeTakeFirst();
    await this.db
      .insertInto('data_key')
            .values({
        key_id: randomUUID(),
        subject_kind: subject.kind,
        subject_id: subject.id,
        wrapped_key: null,
        master_key_id: null,
        destroyed_at: sql<Date>`now()`,
      })
      .onConflict((conflict) => conflict.columns(['subject_kind', 'subject_id']).doNothing())
      .execute();
    this.bySubject.delete(subjectKey(subject));
    if (destroyed) {
      this.byKeyId.delete(destroyed.key_id);
      this.loadingById.delete(destroyed.key_id);
    }
    return destroyed !== undefined;
  }

  private async loadSubject(subject: DataSubject): Promise<Cached | undefined> {
    const row = await this.db
      .selectFrom('data_key')
      .select(['key_id', 'wrapped_key', 'master_key_id'])
      .where('subject_kind', '=', subject.kind)
      .where('subject_id', '=', subject.id)
      .executeTakeFirst();
    return row && this.unwrap(row);
  }

  private async loadKeyId(keyId: string): Promise<Cached> {
    const row = await this.db
      .selectFrom('data_key')
      .select(['key_id', 'wrapped_key', 'master_key_id'])
      .where('key_id', '=', keyId)
      .executeTakeFirst();
    if (!row) throw new DataKeyNotFoundError(keyId);
    return this.unwrap(row);
  }

  // Two writers may make the first key of one subject at once: the unique subject wins, both use its key.
  private async create(subject: DataSubject): Promise<Cached> {
    const keyId = randomUUID();
    await this.db
      .insertInto('data_key')
      .values({
        key_id: keyId,
        subject_kind: subject.kind,
        subject_id: subject.id,
        wrapped_key: this.masterKey.wrap(randomBytes(32), keyId),
        master_key_id: this.masterKey.id,
      })
      .onConflict((conflict) => conflict.columns(['subject_kind', 'subject_id']).doNothing())
      .execute();
    return (await this.loadSubject(subject))!;
  }

  private unwrap(row: { key_id: string; wrapped_key: Buffer | null; master_key_id: string | null }): Cached {
    if (row.wrapped_key === null) return DESTROYED;
    if (row.master_key_id !== this.masterKey.id) throw new MasterKeyMismatchError(row.master_key_id ?? '(none)', this.masterKey.id);
    return { keyId: row.key_id, key: this.masterKey.unwrap(row.wrapped_key, row.key_id) };
  }
}

const subjectKey = (subject: DataSubject): string => `${subject.kind}:${subject.id}`;
