import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { EVENT_CODEC } from '#crm/commands';
import {
  currentSchemaVersion,
  customerStreamName,
  evolveCustomer,
  initialCustomerState,
  occurredAtOf,
  presentCustomerState,
  type CustomerEvent,
  type CustomerState,
  type DomainEvent,
} from '#crm/domain';
import { customerHistory, customerIds, mergeSteps, type HistoryStep } from '../../../../projections/shared/testing/customer-history.arbitrary.js';
import { startReadModelsApp, type ReadModelsApp } from '../projections/testing/read-models-app.js';
import { CustomerHistoryService } from './customer-history.service.js';
import { CustomerStateSnapshots } from './state-snapshots/customer-state-snapshots.js';

/** A stored event as the test keeps it: what happened, when the log took it, and its business time. */
type Logged = { event: DomainEvent; recordedAt: number; businessTime: number };

/**
 * GET /customers/:id/state on both axes, for random histories with late events, voids,
 * corrections, merges and erasures: `asOf=T` answers the fold of the events the log had recorded
 * by T, `validAt=V` the fold of those that had happened by V (an erasure at any time), in log
 * order, and both together the intersection. The fold here is the domain's, over the test's own
 * record of what was appended; the route reads the log, its snapshots and its recorded times.
 * The histories are short of the route's hundred revisions a snapshot, so the same service with
 * a snapshot every few revisions answers each question too: its folds, on either axis and in the
 * random order of the questions, make the snapshots and the lists of late events that its folds
 * at a business time then start from and jump along (and the route's folds read them as well).
 */
describe('a customer’s state on both time axes', () => {
  let api: ReadModelsApp;

  beforeAll(async () => {
    api = await startReadModelsApp('state_axes');
  });

  afterAll(() => api.close());

  /** Fresh ids per run (customers and touches), so runs share one database without meeting. */
  function renamed(history: HistoryStep[]): HistoryStep[] {
    const ids = new Map<string, string>();
    const fresh = (id: string) => ids.get(id) ?? (ids.set(id, randomUUID()), ids.get(id)!);
    const known = [...customerIds, ...history.flatMap((step) => (step.eventId ? [step.eventId] : []))];
    return history.map((step) => {
      let text = JSON.stringify(step.event);
      for (const id of known) text = text.replaceAll(id, fresh(id));
      return { ...step, event: JSON.parse(text) as DomainEvent, eventId: step.eventId && fresh(step.eventId) };
    });
  }

  /** Appends each event on its own, so each has a recorded time of its own, and keeps them per customer. */
  async function append(history: HistoryStep[]): Promise<Map<string, Logged[]>> {
    const streams = new Map<string, Logged[]>();
    for (const step of history) {
      // Deals live on streams of their own; everything else the history draws is the customer's.
      const customerId = (step.event.data as { customerId?: string }).customerId;
      if (!customerId || step.event.type.startsWith('Opportunity')) continue;
      const occurredAt = occurredAtOf(step.event);
      await api.databases.eventStore.appendToStream(customerStreamName(customerId), [
        {
          id: step.eventId ?? randomUUID(),
          type: step.event.type,
          data: step.event.data as Record<string, unknown>,
          metadata: {
            schemaVersion: currentSchemaVersion(step.event.type),
            occurredAt: occurredAt ?? new Date().toISOString(),
            actor: { id: 'api-key:test', role: 'operator' },
          },
        },
      ]);
      streams.set(customerId, [...(streams.get(customerId) ?? []), { event: step.event, recordedAt: Number.NaN, businessTime: Number.NaN }]);
    }
    // The times the log gave them, read back in stream order.
    for (const [customerId, logged] of streams) {
      const { events } = (await api.request('GET', `/customers/${customerId}/history?limit=200`, 'operator')).json() as {
        events: { recordedAt: string; occurredAt: string }[];
      };
      logged.forEach((entry, index) => {
        entry.recordedAt = Date.parse(events[index]!.recordedAt);
        const occurredAt = occurredAtOf(entry.event);
        entry.businessTime = occurredAt === null ? entry.recordedAt : Date.parse(occurredAt);
      });
    }
    return streams;
  }

  /** The route's answer for the events kept: their fold, presented, and the revision (place in the stream) of the last. */
  function expected(logged: Logged[], asOf: number | null, validAt: number | null): unknown {
    const kept = logged
      .map((entry, revision) => ({ ...entry, revision }))
      .filter(
        (entry) => (asOf === null || entry.recordedAt <= asOf) && (validAt === null || entry.event.type === 'CustomerErased' || entry.businessTime <= validAt),
      );
    const state = kept.reduce<CustomerState>((folded, { event }) => evolveCustomer(folded, event as CustomerEvent), initialCustomerState);
    return JSON.parse(JSON.stringify({ ...presentCustomerState(state), revision: kept.length === 0 ? null : String(kept.at(-1)!.revision) }));
  }

  const withMerge = customerHistory.chain((history) =>
    fc
      .tuple(
        fc.integer({ min: customerIds.length, max: history.length }),
        fc.nat(customerIds.length - 1),
        fc.integer({ min: 1, max: customerIds.length - 1 }),
        fc.boolean(),
      )
      .map(([position, survivor, offset, unmerge]) => {
        const at = history[Math.max(0, position - 1)]!.recordedAt;
        const merge = mergeSteps(customerIds[survivor]!, customerIds[(survivor + offset) % customerIds.length]!, at, unmerge);
        return [...history.slice(0, position), ...merge, ...history.slice(position)];
      }),
  );

  it('folds what was recorded by asOf, what had happened by validAt, and both', async () => {
    await fc.assert(
      fc.asyncProperty(
        withMerge,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('asOf', 'validAt', 'both', 'now')), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 2, max: 5 }),
        async (history, probes, every) => {
          const codec = api.app.get(EVENT_CODEC);
          const snapshotted = new CustomerHistoryService(api.databases.eventStore, codec, new CustomerStateSnapshots(api.databases.readDb, codec, every));
          const streams = await append(renamed(history));
          for (const [customerId, logged] of streams) {
            for (const [recordedPick, businessPick, axes] of probes) {
              // Instants where the answers change: an event's own times, and a millisecond before.
              const recorded = logged[recordedPick % logged.length]!.recordedAt - (recordedPick % 2);
              const business = logged[businessPick % logged.length]!.businessTime - (businessPick % 2);
              const asOf = axes === 'asOf' || axes === 'both' ? recorded : null;
              const validAt = axes === 'validAt' || axes === 'both' ? business : null;
              const query = [asOf === null ? '' : `asOf=${new Date(asOf).toISOString()}`, validAt === null ? '' : `validAt=${new Date(validAt).toISOString()}`]
                .filter(Boolean)
                .join('&');
              const answer = await api.request('GET', `/customers/${customerId}/state?${query}`, 'operator');
              expect([query, answer.statusCode, answer.json()]).toEqual([query, 200, expected(logged, asOf, validAt)]);
              const fast = await snapshotted.state(customerId, asOf === null ? undefined : new Date(asOf), validAt === null ? undefined : new Date(validAt));
              expect([query, every, JSON.parse(JSON.stringify(fast))]).toEqual([query, every, expected(logged, asOf, validAt)]);
            }
            // then, from the snapshots the questions left, at every business time of the stream and just before
            for (const { businessTime } of logged) {
              for (const validAt of [businessTime - 1, businessTime]) {
                const fast = await snapshotted.state(customerId, undefined, new Date(validAt));
                expect([validAt, every, JSON.parse(JSON.stringify(fast))]).toEqual([validAt, every, expected(logged, null, validAt)]);
              }
            }
          }
        },
      ),
      { numRuns: 12, seed: 20261204 },
    );
  }, 240_000);
});
