import pg from 'pg';
import type { EventToAppend } from '../event-store.port.js';

/**
 * For the contract suite's late-commit test: appends through the same function as the store,
 * but inside a transaction that stays open until commit(), so the event takes its position
 * before events that commit earlier.
 */
export function holdOpenAppend(connectionString: string) {
  return async (streamName: string, event: EventToAppend): Promise<{ commit(): Promise<void> }> => {
    const client = new pg.Client({ connectionString });
    await client.connect();
    await client.query('begin');
    await client.query("select * from event_store_append_v2($1, 'any', null, $2::jsonb)", [streamName, JSON.stringify([event])]);
    return {
      async commit() {
        await client.query('commit');
        await client.end();
      },
    };
  };
}
