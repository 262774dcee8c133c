import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { newEvent } from '../testing/contract-events.js';
import { PostgresEventStore } from './postgres-event-store.js';

describe('appendToStreams on PostgreSQL: transactions sized by time', () => {
  let database: TestDatabase;

  beforeAll(async () => (database = await createTestDatabase('bulk_append_groups')));
  afterAll(() => database.drop());

  /** 300 streams of 10 events each, appended in one call by a store aiming its groups at `groupTargetMs`; how many transactions wrote them. */
  async function transactionsFor(prefix: string, groupTargetMs: number): Promise<number> {
    const store = await PostgresEventStore.connect({ connectionString: database.url, groupTargetMs });
    try {
      const appends = Array.from({ length: 300 }, (_, index) => ({
        streamName: `${prefix}-${index}`,
        events: Array.from({ length: 10 }, () => newEvent('TestBulkGrouped')),
      }));
      const results = await store.appendToStreams(appends);
      expect(results.map((result) => result.streamName)).toEqual(appends.map((append) => append.streamName));
    } finally {
      await store.close();
    }
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ count: string }>('select count(distinct transaction_id::text) as count from events where stream_name like $1', [
        `${prefix}-%`,
      ]);
      return Number(rows[0].count);
    } finally {
      await client.end();
    }
  }

  it('grows its groups, at most doubling, while they end well within the target', async () => {
    // 1,000 events first, then 2,000: the rest.
    expect(await transactionsFor('roomy', 3_600_000)).toBe(2);
  });

  it('shrinks them to a stream per transaction when a group outlasts the target', async () => {
    // 1,000 events first; every group outlasts 0 ms, so each of the other 200 streams commits alone.
    expect(await transactionsFor('tight', 0)).toBe(201);
  });
});
