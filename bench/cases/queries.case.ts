import type { Kysely } from 'kysely';
import { passThroughCodec } from '#crm/commands';
import { AccessLogStore } from '#crm/compliance';
import type { EventStore } from '#crm/event-store';
import { parseTimelineCursor, timelinePage } from '#crm/projections';
import { AnalyticsService } from '../../apps/api/src/analytics/analytics.service.js';
import { CustomerHistoryService } from '../../apps/api/src/customers/customer-history.service.js';
import { CustomerStateSnapshots } from '../../apps/api/src/customers/state-snapshots/customer-state-snapshots.js';
import { SegmentsService } from '../../apps/api/src/segments/segments.service.js';
import { segmentMembers, segmentsProjection } from '#crm/projections';
import { round, timeCalls, type Latency } from '../support/stats.js';

export interface QueryFigures {
  heavyCustomerEvents: number;
  deepPageIndex: number;
  asOf: string | null;
  queries: { name: string; p50: number; p99: number; max: number; calls: number; target?: number }[];
}

const PAGE = 50;

/**
 * Case 6: the functions behind the HTTP routes, called in-process (no HTTP, no auth, no JSON
 * serialisation): the timeline and segment queries, and the api's own CustomerHistoryService and
 * AnalyticsService instantiated over the bench's store and read database.
 */
export async function queriesCase(options: {
  store: EventStore;
  db: Kysely<any>;
  heavyCustomerId: string;
  heavyCustomerEvents: number;
  asOf: Date | null;
  segmentId: string;
  /** A segment whose members are `cohortCustomers` customers registered before any business time asked. */
  cohortSegmentId: string;
  cohortCustomers: number;
  calls: number;
}): Promise<QueryFigures> {
  const { db, heavyCustomerId: customerId, calls } = options;
  const history = new CustomerHistoryService(options.store, passThroughCodec, new CustomerStateSnapshots(db, passThroughCodec));
  const analytics = new AnalyticsService(db, new AccessLogStore(db));
  // As an analyst asks: customers by id, without names, so nothing goes to the access log.
  const analyst = { actor: { id: 'bench', role: 'analyst', name: 'bench', staffId: null, keyId: 'bench', credential: 'api-key' }, reason: null, route: 'bench' } as const;

  // the cursor of a page deep in the timeline: walk there once
  const deepPageIndex = Math.floor((options.heavyCustomerEvents * 0.9) / PAGE);
  let cursor: string | null = null;
  for (let page = 0; page < deepPageIndex; page += 1) {
    const result = await timelinePage(db, { customerId, limit: PAGE, after: cursor ? parseTimelineCursor(cursor) : null });
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  const deepCursor = cursor ? parseTimelineCursor(cursor) : null;
  const segments = segmentsProjection.read(db);
  // Reads only: the command pipeline is for its writes.
  const segmentsService = new SegmentsService(undefined as never, db);
  // A business time halfway through the heavy customer's history: its events were generated in business-time order.
  const [halfway] = await history.page(customerId, { after: String(Math.floor(options.heavyCustomerEvents / 2) - 1), limit: 1 }).then((page) => page.events);
  const validAt = new Date(halfway!.data.occurredAt as string);
  const cohort = Math.round(options.cohortCustomers / 1000);

  const cases: [name: string, run: () => Promise<unknown>, target?: number][] = [
    ['timeline first page (50)', () => timelinePage(db, { customerId, limit: PAGE }), 10],
    [`timeline deep page (${PAGE} at page ${deepPageIndex})`, () => timelinePage(db, { customerId, limit: PAGE, after: deepCursor }), 10],
    ['history first page (100 events)', () => history.page(customerId, {}), 10],
    [`history deep page (100 after revision ${Math.floor(options.heavyCustomerEvents * 0.9)})`, () => history.page(customerId, { after: String(Math.floor(options.heavyCustomerEvents * 0.9)) }), 10],
    [`history full replay (${options.heavyCustomerEvents} events)`, () => history.page(customerId, { limit: options.heavyCustomerEvents + 10 })],
    ['state as of a past instant', () => history.state(customerId, options.asOf ?? undefined), 50],
    ['state now', () => history.state(customerId)],
    ['segment members (first 100)', () => segmentMembers(segments, options.segmentId, null, 100)],
    [`state at a business time halfway (validAt, ${options.heavyCustomerEvents} events)`, () => history.state(customerId, undefined, validAt), 50],
    [`state at a business time after every event (validAt, ${options.heavyCustomerEvents} events)`, () => history.state(customerId, undefined, new Date()), 50],
    // a few percent of the customers: its first page reads several rounds, the rare segment's cost
    ['segment members at a business time (validAt, Gold tier, first 100)', () => segmentsService.members(options.segmentId, { validAt: validAt.toISOString() })],
    [`segment members at a business time (validAt, ${cohort}k members, first 100)`, () => segmentsService.members(options.cohortSegmentId, { validAt: validAt.toISOString() }), 50],
    ['analytics salespeople', () => analytics.salespeople({})],
    ['analytics customers (top 100)', () => analytics.customers({}, analyst)],
    ['analytics timing', () => analytics.timing({})],
    ['analytics campaigns', () => analytics.campaigns({})],
  ];
  const queries: QueryFigures['queries'] = [];
  for (const [name, run, target] of cases) {
    const latency: Latency = await timeCalls(run, calls);
    queries.push({ name, p50: round(latency.p50), p99: round(latency.p99), max: round(latency.max), calls: latency.count, ...(target ? { target } : {}) });
  }
  return { heavyCustomerEvents: options.heavyCustomerEvents, deepPageIndex, asOf: options.asOf?.toISOString() ?? null, queries };
}
