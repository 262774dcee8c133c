import { AsyncLocalStorage } from 'node:async_hooks';
import { sql, type Kysely } from 'kysely';
import type { AppendResult, AppendTransaction, EventStore, EventToAppend, ExpectedRevision } from '#crm/event-store';
import type { IdempotencyDatabase } from './idempotency.tables.js';

export type IdempotentRequest = {
  /** Keys are scoped to the API key that sent them, so two clients cannot collide or read each other's answers. */
  actorKeyId: string;
  key: string;
  requestHash: string;
};

export type IdempotentAnswer = { statusCode: number; body: unknown };

export type StoredAnswer = IdempotentAnswer & { requestHash: string };

/** First key of the two-key advisory locks taken here ('IDEM'), apart from other users' locks. */
const LOCK_CLASS = 0x4944454d;

/** Another process finished the same key between our look-up and our append: its answer stands. */
export class AnsweredMeanwhile extends Error {
  constructor(readonly stored: StoredAnswer) {
    super('the Idempotency-Key was answered meanwhile');
  }
}

/**
 * A write sent with an Idempotency-Key, from its first append to its answer. On PostgreSQL the
 * append opens a transaction on the event log's connection, takes the key's lock there, and the
 * answer is recorded in that same transaction before it commits: a crash leaves both or neither.
 * Nothing before the append holds a connection, so the stream read, the decision and the data-key
 * loads (another pool) never wait while holding one. A second append in the same request goes
 * alone: its deterministic event ids make its retry idempotent without the record.
 */
export class KeyedWrite {
  private transaction: AppendTransaction | undefined;
  private appended = false;
  private readonly settledPromise: Promise<void>;
  private settle!: () => void;

  constructor(
    readonly request: IdempotentRequest,
    private readonly store: EventStore,
    private readonly db: Kysely<IdempotencyDatabase>,
  ) {
    this.settledPromise = new Promise((resolve) => (this.settle = resolve));
  }

  /** Settles once the write committed or rolled back: a per-stream queue holds its turn until then. */
  get settled(): Promise<void> {
    return this.settledPromise;
  }

  get holdsTransaction(): boolean {
    return this.transaction !== undefined;
  }

  async appendToStream(streamName: string, events: EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    if (this.appended || !this.store.beginTransaction) {
      this.appended = true;
      return this.store.appendToStream(streamName, events, { expectedRevision });
    }
    const transaction = await this.store.beginTransaction();
    try {
      await transaction.execute(sql`select pg_advisory_xact_lock(${LOCK_CLASS}, hashtext(${lockName(this.request)}))`.compile(this.db));
      const [stored] = await transaction.execute<StoredRow>(selectStored(this.db, this.request).compile());
      if (stored) throw new AnsweredMeanwhile(fromRow(stored));
      const result = await transaction.appendToStream(streamName, events, { expectedRevision });
      this.transaction = transaction;
      this.appended = true;
      return result;
    } catch (error) {
      await transaction.rollback().catch(() => undefined);
      throw error;
    }
  }

  /** Records the answer, with the append when there was one; `on conflict` keeps a concurrent first. */
  async commit(answer: IdempotentAnswer): Promise<void> {
    try {
      const insert = this.db
        .insertInto('idempotency_record')
        .values({
          actor_key_id: this.request.actorKeyId,
          key: this.request.key,
          request_hash: this.request.requestHash,
          status_code: answer.statusCode,
          response_body: JSON.stringify(answer.body),
        })
        .onConflict((conflict) => conflict.columns(['actor_key_id', 'key']).doNothing());
      if (this.transaction) {
        try {
          await this.transaction.execute(insert.compile());
          await this.transaction.commit();
        } catch (error) {
          // an open transaction would hold back every reader of the log on the server
          await this.transaction.rollback().catch(() => undefined);
          throw error;
        }
      } else {
        await insert.execute();
      }
    } finally {
      this.transaction = undefined;
      this.settle();
    }
  }

  async rollback(): Promise<void> {
    try {
      await this.transaction?.rollback();
    } finally {
      this.transaction = undefined;
      this.settle();
    }
  }
}

type StoredRow = { request_hash: string; status_code: number; response_body: string };

const lockName = (request: IdempotentRequest) => `${request.actorKeyId}\n${request.key}`;

export function selectStored(db: Kysely<IdempotencyDatabase>, request: IdempotentRequest) {
  return db
    .selectFrom('idempotency_record')
    .select(['request_hash', 'status_code', 'response_body'])
    .where('actor_key_id', '=', request.actorKeyId)
    .where('key', '=', request.key);
}

export const fromRow = (row: StoredRow): StoredAnswer => ({
  requestHash: row.request_hash,
  statusCode: row.status_code,
  body: JSON.parse(row.response_body) as unknown,
});

/** The keyed write the current request runs in, if any: how the pipeline finds it without a parameter. */
export const keyedWrites = new AsyncLocalStorage<KeyedWrite>();
