import type { Transaction } from 'kysely';
import { lifecycleEventTypes, type SegmentDefined } from '#crm/domain';
import { defineProjection, eventTypeSet, type Recorded } from '#crm/projection-runner';
import type { ReadDatabase } from '#crm/read-store';
import { applyCustomerMerges, customerMergeHandles, isCustomerMergeEvent, type CustomerMergeEvent } from '../shared/customer-merges.js';
import { eventContext } from '../shared/recorded-event-context.js';
import { applyFact, EVERY_GROUP, type CustomerFactEvent } from './apply-fact.js';
import { matches, type SegmentForecast } from './evaluate-rule.js';
import { factGroupsOf, isTimeRelative } from './rule-facts.js';
import { membershipKey, SegmentStore, type MembershipChange, type SegmentDefinition } from './segment-store.js';
import { segmentsTables } from './segments.tables.js';

export const SEGMENTS = 'segments';

/** Customers read per page when a new segment or a sweep walks all of them; a new segment's pages are each a transaction. */
const PAGE = 500;

export interface SegmentsProjectionOptions {
  /** Customers a new segment is evaluated over per transaction; default 500. */
  chunkCustomers?: number;
  /** Told of every (segment, customer) evaluation: how tests see that work follows the facts an event changed. */
  onEvaluate?: (segmentId: string, customerId: string) => void;
}

type Evaluate = (segment: SegmentDefinition, facts: Parameters<typeof matches>[1], now: number, forecast: SegmentForecast) => boolean;

type SegmentsEvent = CustomerFactEvent | SegmentDefined;

export function createSegmentsProjection(options: SegmentsProjectionOptions = {}) {
  const chunkCustomers = options.chunkCustomers ?? PAGE;
  const evaluate: Evaluate = (segment, facts, now, forecast) => {
    options.onEvaluate?.(segment.segmentId, facts.customerId);
    return matches(segment.rule, facts, new Date(now), forecast);
  };

  const projection = defineProjection<SegmentsEvent | CustomerMergeEvent>()({
    name: SEGMENTS,
    // 2: touch voids and corrections (TouchVoided, TouchCorrected). 3: merges (customer_merge). 4: segment.evaluated_through.
    // 5: survivors' memberships on their combined facts (facts.lastSurveyAt); no zero-length stays.
    version: 6,
    handles: {
      ...customerMergeHandles,
      SegmentDefined: true,
      ...eventTypeSet(lifecycleEventTypes),
      CustomerDetailsChanged: true,
      CustomerAttributesChanged: true,
      CustomerOwnerAssigned: true,
      CustomerErased: true,
    },
    tables: segmentsTables,
    // One transaction over 33,000 customers took 2.7 s and held every projection back: a new
    // segment is evaluated over the customers already known by nextStep, a chunk per transaction.
    batchEndsAfter: ['SegmentDefined'],

    async nextStep(trx) {
      const store = new SegmentStore(trx);
      const segment = await store.nextToEvaluate();
      if (!segment) return false;
      const page = await store.activeFactsPage(segment.evaluatedThrough, chunkCustomers);
      // As of its definition: the batch ended there, and no later event is applied before the last chunk.
      const at = segment.definedAt.getTime();
      const forecast = await store.forecast([segment.rule]);
      const { facts } = await store.asEvaluated(page);
      const entering = facts.filter((customer) => evaluate(segment, customer, at, forecast)).map((customer) => customer.customerId);
      await store.enterAll(segment.segmentId, entering, segment.definedAt);
      await store.evaluatedThrough(segment.segmentId, page.length < chunkCustomers ? null : page.at(-1)!.customerId);
      return true;
    },

    async applyBatch(trx, batch) {
      const store = new SegmentStore(trx);
      const segments = await store.segments();
      const defined = batch.flatMap((event) => (event.type === 'SegmentDefined' ? [event.data.rule] : []));
      const state = { clock: await store.clock(), segments, forecast: await store.forecast([...segments.map((segment) => segment.rule), ...defined]) };
      const facts: Recorded<CustomerFactEvent | CustomerMergeEvent>[] = [];
      for (const [index, event] of batch.entries()) {
        if (event.type !== 'SegmentDefined') {
          facts.push(event);
          continue;
        }
        // Its steps evaluate it over the customers as this event left them: nothing may follow it.
        if (index !== batch.length - 1) throw new Error('a batch of the segments projection must end after a SegmentDefined (batchEndsAfter)');
        await applyCustomerEvents(store, state, facts, evaluate);
        facts.length = 0;
        await defineSegment(store, state, event);
      }
      await applyCustomerEvents(store, state, facts, evaluate);
      // Last: the evaluations above read the merges as they stood before the batch, then follow its merges in order.
      await applyCustomerMerges(trx, batch);
      await store.saveClock(state.clock);
    },
  });

  return {
    ...projection,
    /**
     * Re-evaluates the segments whose rules time alone can change (windows, days since, lapses) at
     * `now`, for every customer; entries and exits are dated `now`. The caller serialises it with
     * the runner's batches (see SegmentSweeper).
     */
    async sweep(trx: Transaction<ReadDatabase>, schema: string, now: Date): Promise<number> {
      const store = new SegmentStore(projection.write(trx, schema));
      const clock = Math.max(await store.clock(), now.getTime());
      // A segment still being evaluated is left to its steps: they would enter whom the sweep entered.
      const segments = (await store.segments()).filter((segment) => segment.timeRelative && segment.evaluatedThrough === null);
      const forecast = await store.forecast(segments.map((segment) => segment.rule));
      let moved = 0;
      for (let after = ''; segments.length > 0; ) {
        const page = await store.activeFactsPage(after, PAGE);
        if (page.length === 0) break;
        after = page.at(-1)!.customerId;
        const members = await store.memberships(page.map((facts) => facts.customerId));
        const changes: MembershipChange[] = [];
        for (const facts of (await store.asEvaluated(page)).facts) {
          for (const segment of segments) {
            const isMember = members.has(membershipKey(segment.segmentId, facts.customerId));
            if (evaluate(segment, facts, clock, forecast) !== isMember) changes.push({ segmentId: segment.segmentId, customerId: facts.customerId, at: new Date(clock), entered: !isMember });
          }
        }
        await store.record(changes);
        moved += changes.length;
      }
      await store.saveClock(clock);
      return moved;
    },
  };
}

export const segmentsProjection = createSegmentsProjection();

type BatchState = { clock: number; segments: SegmentDefinition[]; forecast: SegmentForecast };

/**
 * Folds customers' events into their facts and moves them in and out of the segments whose rules
 * read the facts an event changed. A survivor is evaluated on its facts combined with those of the
 * records merged into it, so an event of either re-evaluates it. An absorbed record's own rows are
 * kept as if it had never merged (the queries leave it out while it is): an unmerge then has
 * nothing of its to redo.
 */
async function applyCustomerEvents(
  store: SegmentStore,
  state: BatchState,
  events: Recorded<CustomerFactEvent | CustomerMergeEvent>[],
  evaluate: Evaluate,
): Promise<void> {
  const changedIds = new Set(events.flatMap((event) => (isCustomerMergeEvent(event) ? [] : [event.data.customerId])));
  const customerIds = [...new Set([...changedIds, ...events.flatMap((event) => (isCustomerMergeEvent(event) ? [event.data.customerId, event.data.absorbedId] : []))])];
  if (customerIds.length === 0) return;
  const merges = await store.merges(customerIds);
  const involved = [...new Set([...customerIds, ...merges.customerIds()])];
  const facts = await store.facts(involved);
  const members = await store.memberships(involved);
  const changes: MembershipChange[] = [];
  const reevaluate = (customerId: string, segments: readonly SegmentDefinition[]) => {
    const customer = merges.factsOf(facts.get(customerId)!, facts);
    for (const segment of segments) {
      const key = membershipKey(segment.segmentId, customerId);
      const isMember = members.has(key);
      if (evaluate(segment, customer, state.clock, state.forecast) === isMember) continue;
      if (isMember) members.delete(key);
      else members.add(key);
      changes.push({ segmentId: segment.segmentId, customerId, at: new Date(state.clock), entered: !isMember });
    }
  };
  for (const event of events) {
    if (isCustomerMergeEvent(event)) {
      merges.apply(event);
      // A merge says who is who, not what happened when: it moves no clock, and its entries and
      // exits are dated at the projection's. What time alone changes is left to the sweep, which
      // evaluates survivors as one customer too. So the survivor moves for what the other record
      // did, not for time passed since its rules were last evaluated, and a merge undone moves
      // it back exactly.
      reevaluate(event.data.customerId, state.segments.filter((segment) => !segment.timeRelative));
      continue;
    }
    const at = eventContext(event).occurredAt.getTime();
    state.clock = Math.max(state.clock, at);
    const changed = applyFact(facts.get(event.data.customerId)!, event, at, state.clock);
    const affected = changed === EVERY_GROUP ? state.segments : state.segments.filter((segment) => segment.factGroups.some((group) => changed.includes(group as never)));
    reevaluate(event.data.customerId, affected);
    const survivor = merges.survivorOf(event.data.customerId);
    if (survivor !== undefined) reevaluate(survivor, affected);
  }
  await store.saveFacts([...changedIds].map((customerId) => facts.get(customerId)!));
  await store.record(changes);
}

/** A new segment, to be evaluated over the customers already known by nextStep. */
async function defineSegment(store: SegmentStore, state: BatchState, event: Recorded<SegmentDefined>): Promise<void> {
  const { segmentId, name, description, rule } = event.data;
  state.clock = Math.max(state.clock, eventContext(event).occurredAt.getTime());
  const segment: SegmentDefinition = { segmentId, rule, factGroups: factGroupsOf(rule), timeRelative: isTimeRelative(rule), evaluatedThrough: '' };
  await store.insertSegment({ ...segment, name, description, definedAt: new Date(state.clock) });
  state.segments.push(segment);
}
