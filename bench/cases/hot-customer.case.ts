import { randomBytes, randomUUID } from 'node:crypto';
import { batchDecider, batchOf, CommandPipeline } from '#crm/commands';
import { DataKeyStore, MasterKey, openDataKeyStore, PersonalDataCodec } from '#crm/crypto';
import { customerDecider, type CommandMetadata, type CustomerCommand, type LogCall } from '#crm/domain';
import { PostgresEventStore } from '#crm/event-store';
import { createReadDb } from '#crm/read-store';
import type { SizeParameters } from '../support/bench-size.js';
import { createBenchDatabase } from '../support/bench-database.js';
import { latencyOf, round, type Latency } from '../support/stats.js';
import { WRITERS } from './append.case.js';

export interface HotCustomerFigures {
  writers: number;
  writes: number;
  writesPerSecond: number;
  heavyEvents: number;
  /** The first write through a process that never folded the customer: reads every event. */
  coldWriteMs: number;
  /** Later writes, from the folded state the pipeline keeps. */
  writeMs: Latency;
}

const metadata = (): CommandMetadata => ({ now: new Date(), actor: { id: 'bench', role: 'operator' }, correlationId: randomUUID() });

const register = (customerId: string): CustomerCommand => ({
  type: 'RegisterCustomer',
  data: { customerId, kind: 'person', name: 'Ada Lovelace', email: 'ada@example.com', source: 'bench' },
  metadata: metadata(),
});

const call = (customerId: string): LogCall => ({
  type: 'LogCall',
  data: { customerId, channel: 'phone', direction: 'outbound', durationSeconds: 60, outcome: 'reached', occurredAt: new Date(Date.now() - 60_000).toISOString() },
  metadata: metadata(),
});

/**
 * Case 7: the write pipeline as the api runs it (personal data encrypted, hash chain, per-stream
 * queue, folded-state cache) on one hot customer: 16 writers each writing one call after another,
 * then single writes to a customer holding `heavyCustomerEvents` events.
 */
export async function hotCustomerCase(size: SizeParameters): Promise<HotCustomerFigures> {
  const database = await createBenchDatabase('hot');
  const store = await PostgresEventStore.connect({ connectionString: database.url, poolSize: 12 });
  const keysDb = createReadDb(database.url, { maxConnections: 4 });
  try {
    const keys: DataKeyStore = await openDataKeyStore(keysDb, new MasterKey(randomBytes(32)));
    const codec = new PersonalDataCodec(keys);
    const pipeline = new CommandPipeline(store, codec);

    const hot = randomUUID();
    await pipeline.handle(customerDecider, register(hot));
    const writes = size.size === 'full' ? 20_000 : 2_000;
    let issued = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: WRITERS }, async () => {
        while (issued < writes) {
          issued += 1;
          await pipeline.handle(customerDecider, call(hot));
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    const heavy = randomUUID();
    const heavyEvents = 10_000;
    const history = Array.from({ length: heavyEvents - 1 }, () => call(heavy));
    await pipeline.handle(batchDecider(customerDecider), batchOf<CustomerCommand>([register(heavy), ...history]));
    const fresh = new CommandPipeline(store, codec);
    const coldStarted = performance.now();
    await fresh.handle(customerDecider, call(heavy));
    const coldWriteMs = performance.now() - coldStarted;
    const samples: number[] = [];
    for (let index = 0; index < (size.size === 'full' ? 1_000 : 200); index += 1) {
      const one = performance.now();
      await fresh.handle(customerDecider, call(heavy));
      samples.push(performance.now() - one);
    }
    const writeMs = latencyOf(samples);
    return {
      writers: WRITERS,
      writes,
      writesPerSecond: Math.round(writes / seconds),
      heavyEvents,
      coldWriteMs: round(coldWriteMs),
      writeMs: { ...writeMs, p50: round(writeMs.p50), p99: round(writeMs.p99), max: round(writeMs.max) },
    };
  } finally {
    await store.close().catch(() => undefined);
    await keysDb.destroy().catch(() => undefined);
    await database.drop();
  }
}
