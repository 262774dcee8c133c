import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { EVENT_STORE, type EventStore } from '#crm/event-store';
import { READ_DB } from '#crm/read-store';
import type { IdempotencyDatabase } from './idempotency.tables.js';
import { IdempotencyKeyReusedError } from './idempotency.errors.js';
import { AnsweredMeanwhile, fromRow, KeyedWrite, keyedWrites, selectStored, type IdempotentAnswer, type IdempotentRequest, type StoredAnswer } from './keyed-write.js';

export type { IdempotentAnswer, IdempotentRequest } from './keyed-write.js';

@Injectable()
export class IdempotencyStore {
  /** Keys being written by this process: a repeat waits here for the first, holding no connection. */
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(
    @Inject(READ_DB) private readonly db: Kysely<IdempotencyDatabase>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /**
   * Runs `work` at most once per key and answers every repeat with its first answer. Repeats in
   * this process wait for the first; one in another process meets the key's lock in the append's
   * transaction and finds the answer there (see KeyedWrite). Failures are not remembered: nothing
   * was appended, so a retry may run again.
   */
  async once(request: IdempotentRequest, work: () => Promise<IdempotentAnswer>): Promise<IdempotentAnswer> {
    const flight = `${request.actorKeyId}\n${request.key}`;
    for (let running = this.inFlight.get(flight); running; running = this.inFlight.get(flight)) {
      await running.catch(() => undefined);
    }
    const attempt = this.attempt(request, work);
    this.inFlight.set(flight, attempt);
    try {
      return await attempt;
    } finally {
      if (this.inFlight.get(flight) === attempt) this.inFlight.delete(flight);
    }
  }

  private async attempt(request: IdempotentRequest, work: () => Promise<IdempotentAnswer>): Promise<IdempotentAnswer> {
    const first = await selectStored(this.db, request).executeTakeFirst();
    if (first) return replay(fromRow(first), request);
    const write = new KeyedWrite(request, this.store, this.db);
    let answer: IdempotentAnswer;
    try {
      answer = await keyedWrites.run(write, work);
    } catch (error) {
      await write.rollback();
      if (error instanceof AnsweredMeanwhile) return replay(error.stored, request);
      throw error;
    }
    await write.commit(answer);
    return answer;
  }
}

function replay(stored: StoredAnswer, request: IdempotentRequest): IdempotentAnswer {
  if (stored.requestHash !== request.requestHash) throw new IdempotencyKeyReusedError();
  return { statusCode: stored.statusCode, body: stored.body };
}
