import { randomUUID } from 'node:crypto';
import {
  customerDecider,
  customerStreamName,
  NotFoundError,
  RuleViolation,
  type CommandMetadata,
  type CustomerCommand,
  type LogCall,
  type RegisterCustomer,
} from '#crm/domain';
import { PostgresEventStore, WrongExpectedRevisionError, type RecordedEvent } from '#crm/event-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { eventHash } from '../envelope/event-hash.js';
import { passThroughCodec } from '../envelope/event-codec.js';
import type { EventMetadata } from '../envelope/event-metadata.js';
import { CommandPipeline, MAX_ATTEMPTS } from './command-pipeline.js';
import { batchDecider, batchOf } from '#crm/domain';
import { readCurrentEvents } from './upcast-recorded-event.js';

const now = new Date('2026-03-02T12:00:00.000Z');
const metadata: CommandMetadata = { now, actor: { id: 'staff-key', role: 'operator' }, correlationId: 'corr-1' };

const register = (customerId: string): RegisterCustomer => ({
  type: 'RegisterCustomer',
  data: { customerId, kind: 'person', name: 'Ada Lovelace', email: 'ada@example.com', source: 'test' },
  metadata,
});

const logCall = (customerId: string, occurredAt = '2026-03-02T10:00:00Z'): LogCall => ({
  type: 'LogCall',
  data: { customerId, channel: 'phone', direction: 'outbound', durationSeconds: 300, outcome: 'reached', occurredAt },
  metadata,
});

describe('CommandPipeline on PostgreSQL', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let pipeline: CommandPipeline;

  beforeAll(async () => {
    database = await createTestDatabase('commands_pipeline');
    store = await PostgresEventStore.connect({ connectionString: database.url, poolSize: 20 });
    pipeline = new CommandPipeline(store, passThroughCodec);
  });

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  async function streamOf(customerId: string): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for await (const event of store.readStream(customerStreamName(customerId))) events.push(event);
    return events;
  }

  async function registered(): Promise<string> {
    const customerId = randomUUID();
    await pipeline.handle(customerDecider, register(customerId));
    return customerId;
  }

  it('appends what the decider decides and answers with revision, ids and positions', async () => {
    const customerId = randomUUID();
    const result = await pipeline.handle(customerDecider, register(customerId), { actorName: 'front desk' });
    expect(result).toEqual({
      streamName: customerStreamName(customerId),
      revision: 0n,
      events: [{ eventId: expect.any(String), type: 'CustomerRegistered', revision: 0n, position: expect.any(Object) }],
    });
    const [stored] = await streamOf(customerId);
    expect(stored.id).toBe(result.events[0].eventId);
    expect(stored.metadata).toEqual({
      eventId: stored.id,
      type: 'CustomerRegistered',
      schemaVersion: 1,
      occurredAt: now.toISOString(),
      actor: { id: 'staff-key', role: 'operator', name: 'front desk' },
      channel: null,
      correlationId: 'corr-1',
      causationId: null,
      streamName: customerStreamName(customerId),
      revision: '0',
      previousHash: null,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('takes occurredAt and channel from the event when it has them', async () => {
    const customerId = await registered();
    await pipeline.handle(customerDecider, logCall(customerId));
    const [, call] = await streamOf(customerId);
    expect(call.metadata).toMatchObject({ occurredAt: '2026-03-02T10:00:00.000Z', channel: 'phone', schemaVersion: 2, revision: '1' });
  });

  it('links every event to the one before it by a hash a verifier can recompute from the log', async () => {
    const customerId = await registered();
    await pipeline.handle(customerDecider, logCall(customerId));
    await pipeline.handle(customerDecider, logCall(customerId, '2026-03-01T10:00:00Z'));
    const events = await streamOf(customerId);
    let previousHash: string | null = null;
    for (const event of events) {
      const { hash, ...unhashed } = event.metadata as EventMetadata;
      expect(unhashed.previousHash).toBe(previousHash);
      const recomputed = eventHash({
        streamName: event.streamName,
        revision: event.revision,
        eventId: event.id,
        type: event.type,
        schemaVersion: unhashed.schemaVersion,
        data: event.data,
        metadata: unhashed,
      });
      expect(recomputed).toBe(hash);
      previousHash = hash;
    }
    const tampered = { ...events[1].data, durationSeconds: 1 };
    const { hash, ...unhashed } = events[1].metadata as EventMetadata;
    expect(
      eventHash({ streamName: events[1].streamName, revision: 1n, eventId: events[1].id, type: 'CallLogged', schemaVersion: 2, data: tampered, metadata: unhashed }),
    ).not.toBe(hash);
  });

  it('lands every one of many concurrent writers to one customer, none lost', async () => {
    const customerId = await registered();
    // as many as MAX_ATTEMPTS guarantees: each loss is to another writer's append
    const writers = MAX_ATTEMPTS;
    const results = await Promise.all(
      Array.from({ length: writers }, (_, index) => pipeline.handle(customerDecider, logCall(customerId, `2026-03-01T10:${String(index).padStart(2, '0')}:00Z`))),
    );
    const events = await streamOf(customerId);
    expect(events).toHaveLength(writers + 1);
    expect(new Set(results.map((result) => result.revision))).toEqual(new Set(events.slice(1).map((event) => event.revision)));
    expect(events.slice(1).map((event) => event.data.occurredAt).sort()).toEqual(
      Array.from({ length: writers }, (_, index) => `2026-03-01T10:${String(index).padStart(2, '0')}:00.000Z`),
    );
    // the chain holds under contention: each event links to its actual predecessor
    events.slice(1).forEach((event, index) => expect(event.metadata.previousHash).toBe(events[index].metadata.hash));
  });

  it('gives up after a bounded number of conflicts with the typed error', async () => {
    const customerId = await registered();
    let appends = 0;
    const alwaysRaced = new Proxy(store, {
      get(target, property) {
        if (property !== 'appendToStream') return Reflect.get(target, property);
        return async (streamName: string) => {
          appends++;
          // another writer lands between our read and our append, every time
          await pipeline.handle(customerDecider, logCall(customerId, '2026-02-01T10:00:00Z'));
          throw new WrongExpectedRevisionError(streamName, 0n, BigInt(appends));
        };
      },
    });
    const raced = new CommandPipeline(alwaysRaced, passThroughCodec);
    await expect(raced.handle(customerDecider, logCall(customerId))).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(appends).toBe(MAX_ATTEMPTS);
  });

  it('refuses a stale If-Match revision with the current one, appending nothing and retrying nothing', async () => {
    const customerId = await registered();
    await pipeline.handle(customerDecider, logCall(customerId));
    const attempt = pipeline.handle(customerDecider, logCall(customerId), { expectedRevision: 0n });
    await expect(attempt).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    await expect(attempt).rejects.toMatchObject({ expected: 0n, actual: 1n });
    expect(await streamOf(customerId)).toHaveLength(2);
    const current = await pipeline.handle(customerDecider, logCall(customerId), { expectedRevision: 1n });
    expect(current.revision).toBe(2n);
  });

  it('appends nothing when the decider refuses or decides nothing', async () => {
    const customerId = await registered();
    await expect(pipeline.handle(customerDecider, register(customerId))).rejects.toBeInstanceOf(RuleViolation);
    await expect(pipeline.handle(customerDecider, logCall(randomUUID()))).rejects.toBeInstanceOf(NotFoundError);
    const unchanged = await pipeline.handle(customerDecider, {
      type: 'ChangeCustomerDetails',
      data: { customerId, name: 'Ada Lovelace' },
      metadata,
    });
    expect(unchanged).toEqual({ streamName: customerStreamName(customerId), revision: 0n, events: [] });
    expect(await streamOf(customerId)).toHaveLength(1);
  });

  it('derives event ids from an idempotency key, so the log recognises a repeated command', async () => {
    const customerId = await registered();
    const first = await pipeline.handle(customerDecider, logCall(customerId), { idempotencyKey: 'key-1' });
    const again = await pipeline.handle(customerDecider, logCall(customerId), { idempotencyKey: 'key-1' });
    expect(again.events).toEqual(first.events);
    expect(await streamOf(customerId)).toHaveLength(2);
  });

  it('decides on events of an older schema brought to the current one', async () => {
    const customerId = await registered();
    await store.appendToStream(customerStreamName(customerId), [
      {
        id: randomUUID(),
        type: 'CallLogged',
        data: { customerId, occurredAt: '2025-01-01T09:00:00.000Z', channel: 'phone', direction: 'inbound', durationMinutes: 2.5, result: 'answered' },
        metadata: { schemaVersion: 1 },
      },
    ]);
    const [, v1Call] = await (async () => {
      const events = [];
      for await (const event of readCurrentEvents(store, passThroughCodec, customerStreamName(customerId))) events.push(event);
      return events;
    })();
    expect(v1Call).toMatchObject({ schemaVersion: 2, data: { durationSeconds: 150, outcome: 'reached' } });
    const result = await pipeline.handle(customerDecider, logCall(customerId));
    expect(result.revision).toBe(2n);
    // the foreign event carried no hash, so the chain restarts after it rather than inventing one
    const events = await streamOf(customerId);
    expect(events[2].metadata.previousHash).toBeNull();
  });

  it('decides a batch as one: each command sees the last one’s state, all land or none', async () => {
    const customerId = randomUUID();
    const batch = batchDecider(customerDecider);
    const result = await pipeline.handle(batch, batchOf<CustomerCommand>([register(customerId), logCall(customerId)]), { eventIds: ['7d4c1e2f-3a5b-4c6d-8e9f-0a1b2c3d4e5f'] });
    expect(result.events.map((event) => [event.type, event.revision])).toEqual([['CustomerRegistered', 0n], ['CallLogged', 1n]]);
    expect(result.events[0].eventId).toBe('7d4c1e2f-3a5b-4c6d-8e9f-0a1b2c3d4e5f');
    const badCall = { ...logCall(customerId), data: { ...logCall(customerId).data, durationSeconds: -1 } };
    await expect(pipeline.handle(batch, batchOf<CustomerCommand>([logCall(customerId), badCall]))).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await streamOf(customerId)).toHaveLength(2);
  });
});
