import pg from 'pg';

export type StoredEvent = { streamName: string; type: string; data: Record<string, any>; metadata: Record<string, any> };

/**
 * Every event in the log's table, in append order. Read with SQL rather than readAll: readAll
 * withholds events until every older transaction on the server has ended, and other test files
 * share the server.
 */
export async function allEvents(databaseUrl: string): Promise<StoredEvent[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      'select stream_name as "streamName", event_type as type, data, metadata from events order by stream_name, stream_revision',
    );
    return rows;
  } finally {
    await client.end();
  }
}

export function countTypes(events: readonly { type: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { type } of events) counts[type] = (counts[type] ?? 0) + 1;
  return counts;
}
