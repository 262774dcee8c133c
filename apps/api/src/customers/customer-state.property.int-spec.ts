import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
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

/** A stored event as the test keeps it: what happened, when the log took it, and its business time. */
type Logged = { event: DomainEvent; recordedAt: number; businessTime: number };

/**
 * GET /customers/:id/state on both axes, for random histories with late events, voids,
 * corrections, merges and erasures: `asOf=T` answers the fold of the events the log had recorded
 * by T, `validAt=V` the fold of those that had happened by V (an erasure at any time), in log
 * order, and both together the intersection. The fold here is the domain's, over the test's own
 * record of what was appended; the route reads the log, its snapshots and its recorded times.
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
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('asOf', 'validAt', 'both')), { minLength: 1, maxLength: 6 }),
        async (history, probes) => {
          const streams = await append(renamed(history));
          for (const [customerId, logged] of streams) {
            for (const [recordedPick, businessPick, axes] of probes) {
              // Instants where the answers change: an event's own times, and a millisecond before.
              const recorded = logged[recordedPick % logged.length]!.recordedAt - (recordedPick % 2);
              const business = logged[businessPick % logged.length]!.businessTime - (businessPick % 2);
              const asOf = axes === 'validAt' ? null : recorded;
              const validAt = axes === 'asOf' ? null : business;
              const query = [asOf === null ? '' : `asOf=${new Date(asOf).toISOString()}`, validAt === null ? '' : `validAt=${new Date(validAt).toISOString()}`]
                .filter(Boolean)
                .join('&');
              const answer = await api.request('GET', `/customers/${customerId}/state?${query}`, 'operator');
              expect([query, answer.statusCode, answer.json()]).toEqual([query, 200, expected(logged, asOf, validAt)]);
            }
          }
        },
      ),
      { numRuns: 12, seed: 20261204 },
    );
  }, 240_000);
});
