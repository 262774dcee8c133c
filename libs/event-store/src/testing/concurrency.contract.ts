import { WrongExpectedRevisionError } from '../event-store.errors.js';
import type { EventStore, ExpectedRevision, RecordedEvent } from '../event-store.port.js';
import { comparePositions } from '../log-position.js';
import type { BackendAccess } from './contract-backend.js';
import { collect, newEvent, uniqueScope } from './contract-events.js';
import { SubscriptionRecorder } from './subscription-recorder.js';

const WRITERS = 16;
const APPENDS_PER_WRITER = 500;

interface Written {
  id: string;
  streamName: string;
  revision: bigint;
}

type WriterPlan = { streamName: string; mode: 'exact' | 'any' };

/**
 * Writers 0-3 share two streams with exact revisions (retrying on conflicts), 4-7 share two with
 * 'any', 8-15 own one each. Writers to one stream take turns, so pairs keep the run short.
 */
function planFor(writer: number, stream: (name: string) => string): WriterPlan {
  if (writer < 4) return { streamName: stream(`shared-exact-${writer % 2}`), mode: 'exact' };
  if (writer < 8) return { streamName: stream(`shared-any-${writer % 2}`), mode: 'any' };
  return { streamName: stream(`own-${writer}`), mode: 'exact' };
}

async function runWriter(store: EventStore, writer: number, plan: WriterPlan): Promise<Written[]> {
  const written: Written[] = [];
  let expected: ExpectedRevision = plan.mode === 'any' ? 'any' : 'no_stream';
  for (let seq = 0; seq < APPENDS_PER_WRITER; seq += 1) {
    const event = newEvent('Written', { writer, seq });
    for (;;) {
      try {
        const result = await store.appendToStream(plan.streamName, [event], { expectedRevision: expected });
        written.push({ id: event.id, streamName: plan.streamName, revision: result.nextExpectedRevision });
        if (plan.mode === 'exact') expected = result.nextExpectedRevision;
        break;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError) || plan.mode === 'any') throw error;
        expected = error.actual;
      }
    }
  }
  return written;
}

function expectStreamOrderKept(delivered: RecordedEvent[]): void {
  const lastRevision = new Map<string, bigint>();
  for (const event of delivered) {
    expect(event.revision).toBe((lastRevision.get(event.streamName) ?? -1n) + 1n);
    lastRevision.set(event.streamName, event.revision);
  }
}

export function concurrencyContract(backend: BackendAccess): void {
  describe('under concurrent writers', () => {
    it(`${WRITERS} writers × ${APPENDS_PER_WRITER} appends: every event delivered once, streams without holes, orders agree`, async () => {
      const { store } = backend();
      const scope = uniqueScope('load');
      const recorder = new SubscriptionRecorder(store, { filter: { streamPrefixes: [scope.prefix] } });
      try {
        const written = (
          await Promise.all(Array.from({ length: WRITERS }, (_, writer) => runWriter(store, writer, planFor(writer, scope.stream))))
        ).flat();
        expect(written).toHaveLength(WRITERS * APPENDS_PER_WRITER);

        // a last event after all others: once it arrives, any double delivered before it is visible
        const sentinel = newEvent('Sentinel');
        await store.appendToStream(scope.stream('sentinel'), [sentinel]);
        await recorder.waitForIds([sentinel.id]);
        const delivered = recorder.events.filter((event) => event.id !== sentinel.id);

        expect(delivered).toHaveLength(written.length);
        expect(new Set(delivered.map((event) => event.id))).toEqual(new Set(written.map((event) => event.id)));
        for (let i = 1; i < delivered.length; i += 1) expect(comparePositions(delivered[i - 1].position, delivered[i].position)).toBe(-1);
        expectStreamOrderKept(delivered);

        const byStream = new Map<string, Written[]>();
        for (const event of written) byStream.set(event.streamName, [...(byStream.get(event.streamName) ?? []), event]);
        for (const [streamName, appended] of byStream) {
          const stored = await collect(store.readStream(streamName));
          expect(stored.map((event) => event.revision)).toEqual(stored.map((_, index) => BigInt(index)));
          expect(new Map(stored.map((event) => [event.id, event.revision]))).toEqual(new Map(appended.map((event) => [event.id, event.revision])));
        }
      } finally {
        await recorder.close();
      }
    });
  });
}
