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

  /** The store as seen by one pipeline, counting what it appends and the events it reads back. */
  function counted(target: PostgresEventStore) {
    const counts = { appends: 0, eventsRead: 0 };
    const proxy = new Proxy(target, {
      get(store, property) {
        if (property === 'appendToStream') {
          return (...args: Parameters<PostgresEventStore['appendToStream']>) => {
            counts.appends++;
            return store.appendToStream(...args);
          };
        }
        if (property === 'readStream') {
          return async function* (...args: Parameters<PostgresEventStore['readStream']>) {
            for await (const event of store.readStream(...args)) {
              counts.eventsRead++;
              yield event;
            }
          };
        }
        return Reflect.get(store, property);
      },
    });
    return { proxy, counts };
  }

  it('queues writers to one stream in one process and appends those waiting together, revisions without a hole', async () => {
    const customerId = await registered();
    const { proxy, counts } = counted(store);
    const queued = new CommandPipeline(proxy, passThroughCodec);
    const results = await Promise.all(Array.from({ length: 200 }, () => queued.handle(customerDecider, logCall(customerId))));
    // the first goes alone; the 199 that queued behind it ride in appends of at most 64
    expect(counts.appends).toBe(5);
    expect(results.map((result) => result.revision).sort((a, b) => Number(a! - b!))).toEqual(Array.from({ length: 200 }, (_, index) => BigInt(index + 1)));
    const events = await streamOf(customerId);
    events.slice(1).forEach((event, index) => expect(event.metadata.previousHash).toBe(events[index].metadata.hash));
  });

  it('lands writers of two processes racing on one stream, retrying their conflicts', async () => {
    const customerId = await registered();
    const [first, second] = [new CommandPipeline(store, passThroughCodec), new CommandPipeline(store, passThroughCodec)];
    const results = await Promise.all(Array.from({ length: 100 }, (_, index) => (index % 2 ? first : second).handle(customerDecider, logCall(customerId))));
    expect(new Set(results.map((result) => result.revision)).size).toBe(100);
    expect(await streamOf(customerId)).toHaveLength(101);
  });

  it('folds a long stream once: the next writes read only what another process appended since', async () => {
    const customerId = await registered();
    const { proxy, counts } = counted(store);
    const cached = new CommandPipeline(proxy, passThroughCodec);
    await Promise.all(Array.from({ length: 50 }, () => pipeline.handle(customerDecider, logCall(customerId))));
    await cached.handle(customerDecider, logCall(customerId));
    expect(counts.eventsRead).toBe(51);
    await cached.handle(customerDecider, logCall(customerId));
    expect(counts.eventsRead).toBe(51);
    // another process appends two: the next write reads those two and no more
    await pipeline.handle(customerDecider, logCall(customerId));
    await pipeline.handle(customerDecider, logCall(customerId));
    const result = await cached.handle(customerDecider, logCall(customerId));
    expect(counts.eventsRead).toBe(53);
    expect(result.revision).toBe(55n);
    const events = await streamOf(customerId);
    expect(events.at(-1)!.metadata.previousHash).toBe(events.at(-2)!.metadata.hash);
  });

  it('decides from the cached state as from the log: a rule the cached events established still holds', async () => {
    const customerId = await registered();
    const cached = new CommandPipeline(store, passThroughCodec);
    await cached.handle(customerDecider, { type: 'EraseCustomer', data: { customerId }, metadata });
    await expect(cached.handle(customerDecider, logCall(customerId))).rejects.toBeInstanceOf(RuleViolation);
  });

  it('fails a refused command alone when it rides with others', async () => {
    const customerId = await registered();
    const queued = new CommandPipeline(store, passThroughCodec);
    const negative = { ...logCall(customerId), data: { ...logCall(customerId).data, durationSeconds: -1 } };
    const outcomes = await Promise.allSettled([
      queued.handle(customerDecider, logCall(customerId)),
      queued.handle(customerDecider, negative),
      queued.handle(customerDecider, logCall(customerId)),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await streamOf(customerId)).map((event) => event.type)).toEqual(['CustomerRegistered', 'CallLogged', 'CallLogged']);
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

  /** The store, counting the appends the pipeline asks of it. */
  function countingAppends(): { store: PostgresEventStore; appends: () => number } {
    let appends = 0;
    const counting = new Proxy(store, {
      get(target, property) {
        if (property !== 'appendToStream') return Reflect.get(target, property);
        return (...args: Parameters<PostgresEventStore['appendToStream']>) => {
          appends++;
          return target.appendToStream(...args);
        };
      },
    });
    return { store: counting, appends: () => appends };
  }

  // The stream read, not the store's own id check, must recognise a repeat: KurrentDB writes known
  // ids again at a later revision. So the repeats below must not even reach appendToStream.
  it('answers a repeat from the events already in the stream, after it moved on and past a stale If-Match, appending nothing', async () => {
    const customerId = await registered();
    const first = await pipeline.handle(customerDecider, logCall(customerId), { idempotencyKey: 'lost-answer', expectedRevision: 0n });
    await pipeline.handle(customerDecider, logCall(customerId, '2026-03-02T11:00:00Z'));
    const counted = countingAppends();
    const again = await new CommandPipeline(counted.store, passThroughCodec).handle(customerDecider, logCall(customerId), {
      idempotencyKey: 'lost-answer',
      expectedRevision: 0n,
    });
    expect(again).toEqual(first);
    expect(counted.appends()).toBe(0);
    expect((await streamOf(customerId)).map((event) => event.revision)).toEqual([0n, 1n, 2n]);
  });

  it('answers a repeat with the first answer even where the rules would now refuse the command', async () => {
    const customerId = randomUUID();
    const first = await pipeline.handle(customerDecider, register(customerId), { idempotencyKey: 'register-once' });
    await expect(pipeline.handle(customerDecider, register(customerId))).rejects.toBeInstanceOf(RuleViolation);
    expect(await pipeline.handle(customerDecider, register(customerId), { idempotencyKey: 'register-once' })).toEqual(first);
  });

  it('recognises caller-chosen ids in capitals, which the log answers lowercase', async () => {
    const customerId = await registered();
    const eventId = randomUUID();
    const counted = countingAppends();
    const counting = new CommandPipeline(counted.store, passThroughCodec);
    const first = await counting.handle(customerDecider, logCall(customerId), { eventIds: [eventId.toUpperCase()] });
    expect(first.events[0].eventId).toBe(eventId);
    expect(await counting.handle(customerDecider, logCall(customerId), { eventIds: [eventId.toUpperCase()] })).toEqual(first);
    expect(counted.appends()).toBe(1);
  });

  it('answers a repeated batch with all of its events', async () => {
    const customerId = randomUUID();
    const batch = batchOf<CustomerCommand>([register(customerId), logCall(customerId)]);
    const first = await pipeline.handle(batchDecider(customerDecider), batch, { idempotencyKey: 'batch-key' });
    expect(first.events).toHaveLength(2);
    expect(await pipeline.handle(batchDecider(customerDecider), batch, { idempotencyKey: 'batch-key' })).toEqual(first);
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
