import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { CommandPipeline, passThroughCodec } from '#crm/commands';
import { customerDecider, type CustomerCommand } from '#crm/domain';
import { PostgresEventStore } from '#crm/event-store';
import { createReadDb } from '#crm/read-store';
import { buildCli, runBuiltCli, type CliResult } from '#test/support/built-cli';
import { createTestDatabase, type TestDatabase } from '#test/support/database';

jest.setTimeout(120_000);

let database: TestDatabase;

function crm(args: string[]): Promise<CliResult> {
  return runBuiltCli(args, { DATABASE_URL: database.url });
}

beforeAll(async () => {
  await buildCli();
  database = await createTestDatabase('cli_audit');
  const store = await PostgresEventStore.connect({ connectionString: database.url });
  try {
    const pipeline = new CommandPipeline(store, passThroughCodec);
    const metadata = { now: new Date(), actor: { id: 'staff-1', role: 'operator' as const } };
    for (const customerId of [randomUUID(), randomUUID()]) {
      const commands = [
        { type: 'RegisterCustomer', data: { customerId, kind: 'person', name: 'Someone', source: 'web' } },
        { type: 'LogCall', data: { customerId, channel: 'phone', direction: 'inbound', durationSeconds: 5, outcome: 'reached' } },
      ];
      for (const command of commands) await pipeline.handle(customerDecider, { ...command, metadata } as CustomerCommand);
    }
  } finally {
    await store.close();
  }
}, 180_000);

afterAll(async () => {
  await database?.drop();
});

describe('crm audit verify', () => {
  it('reports the log intact with its counts, progress on stderr', async () => {
    const result = await crm(['audit', 'verify']);
    expect(result).toMatchObject({ code: 0, stdout: 'intact, 4 events, 2 streams\n' });
    expect(result.stderr).toMatch(/^Verifying the log .*4\/4\s+100%/m);
  });

  it('names the event altered in PostgreSQL and exits 1; --json gives the report', async () => {
    const db = createReadDb(database.url, { maxConnections: 1 });
    try {
      const { rows } = await sql<{ event_id: string; stream_name: string }>`
        update events set data = jsonb_set(data, '{durationSeconds}', '500')
        where position = (select max(position) from events where event_type = 'CallLogged')
        returning event_id, stream_name`.execute(db);
      const result = await crm(['audit', 'verify', '--json']);
      expect(result.code).toBe(1);
      expect(JSON.parse(result.stdout)).toEqual({
        status: 'tampered',
        events: 4,
        streams: 2,
        firstMismatch: expect.objectContaining({ eventId: rows[0].event_id, streamName: rows[0].stream_name, revision: '1', type: 'CallLogged', reason: 'hash-mismatch' }),
      });
      expect(result.stderr).toContain(`crm audit verify: the log was altered: hash-mismatch at event ${rows[0].event_id}\n`);
    } finally {
      await db.destroy();
    }
  });
});
