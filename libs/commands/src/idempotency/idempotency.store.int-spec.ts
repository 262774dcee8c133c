import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { PostgresEventStore, type RecordedEvent } from '#crm/event-store';
import { createReadDb, migrateReadStore } from '#crm/read-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { IdempotencyKeyReusedError } from './idempotency.errors.js';
import { IdempotencyStore, type IdempotentAnswer } from './idempotency.store.js';
import { keyedWrites } from './keyed-write.js';
import type { IdempotencyDatabase } from './idempotency.tables.js';

describe('IdempotencyStore on PostgreSQL', () => {
  let database: TestDatabase;
  let db: Kysely<IdempotencyDatabase>;
  let records: IdempotencyStore;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase('commands_idempotency');
    const readDb = createReadDb(database.url);
    await migrateReadStore(readDb);
    db = readDb;
    store = await PostgresEventStore.connect({ connectionString: database.url, poolSize: 4 });
    records = new IdempotencyStore(db, store);
  });

  afterAll(async () => {
    await store.close();
    await db.destroy();
    await database.drop();
  });

  const request = (key: string, requestHash = 'hash-a') => ({ actorKeyId: 'key-1', key, requestHash });

  function countingWork(answer: IdempotentAnswer) {
    const work = Object.assign(async () => {
      work.runs++;
      return answer;
    }, { runs: 0 });
    return work;
  }

  it('runs the work once and answers a repeat with the first answer', async () => {
    const work = countingWork({ statusCode: 201, body: { id: 'c-1', revision: 0 } });
    expect(await records.once(request('k1'), work)).toEqual({ statusCode: 201, body: { id: 'c-1', revision: 0 } });
    expect(await records.once(request('k1'), work)).toEqual({ statusCode: 201, body: { id: 'c-1', revision: 0 } });
    expect(work.runs).toBe(1);
    const rows = await db.selectFrom('idempotency_record').selectAll().where('key', '=', 'k1').execute();
    expect(rows).toEqual([
      { actor_key_id: 'key-1', key: 'k1', request_hash: 'hash-a', status_code: 201, response_body: '{"id":"c-1","revision":0}', created_at: expect.any(Date) },
    ]);
  });

  it('refuses the same key with another request', async () => {
    await records.once(request('k2'), countingWork({ statusCode: 201, body: {} }));
    const other = countingWork({ statusCode: 201, body: {} });
    await expect(records.once(request('k2', 'hash-b'), other)).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
    expect(other.runs).toBe(0);
  });

  it('keeps keys of different API keys apart', async () => {
    await records.once(request('k3'), countingWork({ statusCode: 201, body: { n: 1 } }));
    const other = countingWork({ statusCode: 201, body: { n: 2 } });
    expect(await records.once({ ...request('k3'), actorKeyId: 'key-2' }, other)).toEqual({ statusCode: 201, body: { n: 2 } });
  });

  it('makes concurrent repeats wait for the first and share its answer', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let runs = 0;
    const slow = async (): Promise<IdempotentAnswer> => {
      runs++;
      await gate;
      return { statusCode: 201, body: { run: runs } };
    };
    const first = records.once(request('k4'), slow);
    const repeats = [records.once(request('k4'), slow), records.once(request('k4'), slow)];
    release();
    const answers = await Promise.all([first, ...repeats]);
    expect(runs).toBe(1);
    expect(answers).toEqual([0, 1, 2].map(() => ({ statusCode: 201, body: { run: 1 } })));
  });

  it('forgets a failed attempt, so a retry runs again', async () => {
    await expect(records.once(request('k5'), async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    const retry = countingWork({ statusCode: 201, body: { ok: true } });
    expect(await records.once(request('k5'), retry)).toEqual({ statusCode: 201, body: { ok: true } });
    expect(retry.runs).toBe(1);
  });

  const noteEvent = () => ({ id: randomUUID(), type: 'NoteAdded', data: { text: 'hello' }, metadata: {} });

  /** What a keyed route does: append through the request's keyed write, then answer from the result. */
  const appendingWork = (streamName: string, afterAppend: () => Promise<void> = async () => undefined) => async (): Promise<IdempotentAnswer> => {
    const result = await keyedWrites.getStore()!.appendToStream(streamName, [noteEvent()], 'any');
    await afterAppend();
    return { statusCode: 201, body: { revision: Number(result.nextExpectedRevision), position: String(result.position.prepare) } };
  };

  async function streamOf(streamName: string): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for await (const event of store.readStream(streamName)) events.push(event);
    return events;
  }

  it('commits the answer in the transaction of the append: a failure after the append leaves neither', async () => {
    const streamName = `note-${randomUUID()}`;
    const failing = appendingWork(streamName, async () => Promise.reject(new Error('crashed before answering')));
    await expect(records.once(request('k6'), failing)).rejects.toThrow('crashed before answering');
    expect(await streamOf(streamName)).toEqual([]);
    expect(await db.selectFrom('idempotency_record').select('key').where('key', '=', 'k6').execute()).toEqual([]);

    const answer = await records.once(request('k6'), appendingWork(streamName));
    expect(await streamOf(streamName)).toHaveLength(1);
    expect(await records.once(request('k6'), appendingWork(streamName))).toEqual(answer);
    expect(await streamOf(streamName)).toHaveLength(1);
  });

  it('answers a key once across processes: two stores racing with one key append one event', async () => {
    const streamName = `note-${randomUUID()}`;
    const otherProcess = new IdempotencyStore(db, store);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) => (index % 2 ? otherProcess : records).once(request('k7'), appendingWork(streamName))),
    );
    expect(await streamOf(streamName)).toHaveLength(1);
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
  });

  it('holds no connection while the work runs before its append', async () => {
    // more keyed writes than the log's pool has connections, each waiting before it appends
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const streamName = `note-${randomUUID()}`;
    const waiting = Array.from({ length: 12 }, (_, index) =>
      records.once(request(`k8-${index}`), async () => {
        await gate;
        return appendingWork(streamName)();
      }),
    );
    // the pool (4) is free meanwhile: a read goes through
    expect(await streamOf(streamName)).toEqual([]);
    release();
    expect((await Promise.all(waiting)).map((answer) => answer.statusCode)).toEqual(Array(12).fill(201));
    expect(await streamOf(streamName)).toHaveLength(12);
  });
});
