import type { Kysely } from 'kysely';
import { createReadDb, migrateReadStore } from '#crm/read-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { IdempotencyKeyReusedError } from './idempotency.errors.js';
import { IdempotencyStore, type IdempotentAnswer } from './idempotency.store.js';
import type { IdempotencyDatabase } from './idempotency.tables.js';

describe('IdempotencyStore on PostgreSQL', () => {
  let database: TestDatabase;
  let db: Kysely<IdempotencyDatabase>;
  let records: IdempotencyStore;

  beforeAll(async () => {
    database = await createTestDatabase('commands_idempotency');
    db = createReadDb(database.url) as unknown as Kysely<IdempotencyDatabase>;
    await migrateReadStore(db);
    records = new IdempotencyStore(db);
  });

  afterAll(async () => {
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
});
