import { Inject, Injectable } from '@nestjs/common';
import { sql, type Kysely } from 'kysely';
import { READ_DB } from '#crm/read-store';
import type { IdempotencyDatabase } from './idempotency.tables.js';
import { IdempotencyKeyReusedError } from './idempotency.errors.js';

export type IdempotentRequest = {
  /** Keys are scoped to the API key that sent them, so two clients cannot collide or read each other's answers. */
  actorKeyId: string;
  key: string;
  requestHash: string;
};

export type IdempotentAnswer = { statusCode: number; body: unknown };

/** First key of the two-key advisory locks taken here ('IDEM'), apart from other users' locks. */
const LOCK_CLASS = 0x4944454d;

@Injectable()
export class IdempotencyStore {
  constructor(@Inject(READ_DB) private readonly db: Kysely<IdempotencyDatabase>) {}

  /**
   * Runs `work` at most once per key and answers every repeat with its first answer. A lock on
   * the key, held for the whole work, makes concurrent repeats wait for the first instead of
   * racing it. Failures are not remembered: nothing was appended, so a retry may run again.
   */
  once(request: IdempotentRequest, work: () => Promise<IdempotentAnswer>): Promise<IdempotentAnswer> {
    return this.db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${LOCK_CLASS}, hashtext(${`${request.actorKeyId}\n${request.key}`}))`.execute(trx);
      const first = await trx
        .selectFrom('idempotency_record')
        .select(['request_hash', 'status_code', 'response_body'])
        .where('actor_key_id', '=', request.actorKeyId)
        .where('key', '=', request.key)
        .executeTakeFirst();
      if (first) {
        if (first.request_hash !== request.requestHash) throw new IdempotencyKeyReusedError();
        return { statusCode: first.status_code, body: JSON.parse(first.response_body) };
      }
      const answer = await work();
      await trx
        .insertInto('idempotency_record')
        .values({
          actor_key_id: request.actorKeyId,
          key: request.key,
          request_hash: request.requestHash,
          status_code: answer.statusCode,
          response_body: JSON.stringify(answer.body),
        })
        .execute();
      return answer;
    });
  }
}
