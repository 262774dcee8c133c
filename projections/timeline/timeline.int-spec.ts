import { touchFacts, type CallLogged, type CustomerEvent, type OpportunityEvent, type TouchEvent } from '#crm/domain';
import { projectionSchema } from '#crm/projection-runner';
import { createReadDb } from '#crm/read-store';
import type { Kysely } from 'kysely';
import { aCall, aCustomer, aNote, aPurchase } from '#test/support/builders';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { applyInBatches, freshSchema } from '../shared/testing/projection-harness.js';
import { operator, TestLog } from '../shared/testing/test-log.js';
import { timelineProjection } from './timeline.projection.js';
import { parseTimelineCursor, timelineHead, timelinePage } from './timeline.queries.js';

const ada = '3f1c9a7e-2b4d-4e6f-8a0b-1c2d3e4f5a6b';
const bob = '9e8d7c6b-5a49-4837-a625-14f3e2d1c0b9';
const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n));
const iso = (n: number) => day(n).toISOString();

const registered = (customerId: string): CustomerEvent =>
  aCustomer(customerId).named('Ada Lovelace').withPersonal({ email: 'ada@example.org' }).registeredAt(iso(0)).registered();
const call = (customerId: string, n: number): CustomerEvent => aCall(customerId, { at: iso(n) });
const note = (customerId: string, n: number): CustomerEvent => aNote(customerId, iso(n), 'Ada is allergic to cats');
const purchase = (customerId: string, n: number): CustomerEvent => aPurchase(customerId, { at: iso(n), orderId: 'O-1', amount: 4250 });
const won = (customerId: string, n: number): OpportunityEvent => ({
  type: 'OpportunityWon',
  data: { opportunityId: 'd0000000-0000-4000-8000-000000000001', customerId, occurredAt: iso(n), amount: 90000, currency: 'EUR' },
});
const renamed = (customerId: string): CustomerEvent => ({
  type: 'CustomerDetailsChanged',
  data: { customerId, personal: { name: 'Ada King', email: 'ada@king.org' } },
});

describe('timeline projection', () => {
  let database: TestDatabase;
  let db: Kysely<any>;
  const schema = projectionSchema('timeline');
  const log = new TestLog();
  const apply = (events: [CustomerEvent | OpportunityEvent, number][]) =>
    applyInBatches(
      db,
      timelineProjection,
      schema,
      events.map(([event, recorded]) => log.record(event, day(recorded))),
    );

  beforeAll(async () => {
    database = await createTestDatabase('timeline');
    db = createReadDb(database.url);
    await freshSchema(db, timelineProjection, schema);
    await apply([
      [registered(ada), 0],
      [call(ada, 1), 1],
      [note(ada, 2), 2],
      [purchase(ada, 3), 3],
      [renamed(ada), 4],
      [won(ada, 5), 5],
      [registered(bob), 5],
      [call(bob, 6), 6],
    ]);
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('lists a customer’s touches, record changes and deal moves newest first, with summary, channel, actor, amount and times', async () => {
    const page = await timelinePage(db, { customerId: ada, limit: 50 });
    expect(page.nextCursor).toBeNull();
    expect(page.items.map((item) => [item.type, item.category, item.summary])).toEqual([
      ['OpportunityWon', 'deal', 'Opportunity won, 900.00 EUR'],
      ['CustomerDetailsChanged', 'record', 'Details changed: name, email'],
      ['PurchaseRecorded', 'touch', 'Purchase 42.50 EUR'],
      ['NoteAdded', 'touch', 'Note added'],
      ['CallLogged', 'touch', 'Outbound call, 2 min, reached'],
      ['CustomerRegistered', 'record', 'Registered (person) from web-form'],
    ]);
    // What each summary is made of, for the console to word it in the reader's language.
    expect(page.items.map((item) => item.facts)).toEqual([
      {},
      { fields: ['name', 'email'] },
      { lines: 0 },
      {},
      { direction: 'outbound', durationSeconds: 120, outcome: 'reached' },
      { kind: 'person', source: 'web-form' },
    ]);
    expect(page.items[2]).toEqual({
      eventId: expect.any(String),
      customerId: ada,
      type: 'PurchaseRecorded',
      category: 'touch',
      summary: 'Purchase 42.50 EUR',
      facts: { lines: 0 },
      channel: 'store',
      actor: operator,
      amount: { amount: 4250, currency: 'EUR' },
      occurredAt: iso(3),
      recordedAt: iso(3),
      amendment: null,
    });
  });

  it('keeps personal data out of every row', async () => {
    const page = await timelinePage(db, { customerId: ada, limit: 50 });
    expect(JSON.stringify(page)).not.toMatch(/Ada|allergic|king\.org/);
  });

  it('filters by event types and by an occurredAt range [from, to)', async () => {
    const calls = await timelinePage(db, { customerId: ada, types: ['CallLogged', 'PurchaseRecorded'], limit: 50 });
    expect(calls.items.map((item) => item.type)).toEqual(['PurchaseRecorded', 'CallLogged']);
    const range = await timelinePage(db, { customerId: ada, from: day(1), to: day(3), limit: 50 });
    expect(range.items.map((item) => item.occurredAt)).toEqual([iso(2), iso(1)]);
  });

  it('pages with a cursor that stays stable while new events arrive', async () => {
    const first = await timelinePage(db, { customerId: ada, limit: 2 });
    expect(first.items.map((item) => item.type)).toEqual(['OpportunityWon', 'CustomerDetailsChanged']);
    await apply([
      [call(ada, 9), 9],
      [note(ada, 3), 9],
    ]);
    const second = await timelinePage(db, { customerId: ada, limit: 2, after: parseTimelineCursor(first.nextCursor!) });
    const third = await timelinePage(db, { customerId: ada, limit: 10, after: parseTimelineCursor(second.nextCursor!) });
    const seen = [...first.items, ...second.items, ...third.items].map((item) => item.eventId);
    expect(new Set(seen).size).toBe(seen.length);
    // The back-filled note (occurred on day 3) lands in its place; the newer call is on a new first page.
    expect(second.items.map((item) => item.occurredAt)).toEqual([iso(3), iso(3)]);
    expect(third.items.map((item) => item.type)).toEqual(['NoteAdded', 'CallLogged', 'CustomerRegistered']);
    expect(third.nextCursor).toBeNull();
    expect((await timelinePage(db, { customerId: ada, limit: 1 })).items[0]!.occurredAt).toBe(iso(9));
  });

  it('shows a corrected touch with its corrected values and a voided one marked, each beside its own entry', async () => {
    const carl = 'c1d2e3f4-a5b6-4c7d-8e9f-a0b1c2d3e4f5';
    const [wrong, short] = [aCall(carl, { at: iso(1) }), aCall(carl, { at: iso(2) })];
    const recorded = [registered(carl), wrong, short].map((event, n) => log.record(event, day(n)));
    const [, wrongId, shortId] = recorded.map((event) => event.id);
    const shortFacts = touchFacts(short as TouchEvent);
    const amendments: CustomerEvent[] = [
      {
        type: 'TouchVoided',
        data: { customerId: carl, touchEventId: wrongId!, occurredAt: iso(4), voided: touchFacts(wrong as TouchEvent), personal: { reason: 'x' } },
      },
      {
        type: 'TouchCorrected',
        data: {
          customerId: carl,
          touchEventId: shortId!,
          occurredAt: iso(4),
          fields: ['durationSeconds'],
          previous: shortFacts,
          corrected: { type: 'CallLogged', data: { ...(shortFacts.data as CallLogged['data']), durationSeconds: 1800 } },
          personal: {},
        },
      },
    ];
    // the touches and their amendments in one batch, as a rebuild would hand them over
    await applyInBatches(db, timelineProjection, schema, [...recorded, ...amendments.map((event) => log.record(event, day(4)))]);
    const page = await timelinePage(db, { customerId: carl, limit: 50 });
    expect(page.items.map((item) => [item.type, item.facts])).toEqual([
      ['TouchCorrected', { fields: ['durationSeconds'] }],
      ['TouchVoided', { touchType: 'CallLogged' }],
      // the corrected touch's facts are the corrected ones, like its summary
      ['CallLogged', { direction: 'outbound', durationSeconds: 1800, outcome: 'reached' }],
      ['CallLogged', { direction: 'outbound', durationSeconds: 120, outcome: 'reached' }],
      ['CustomerRegistered', { kind: 'person', source: 'web-form' }],
    ]);
    expect(page.items.map((item) => [item.type, item.summary, item.amendment])).toEqual([
      ['TouchCorrected', 'Touch corrected: durationSeconds', null],
      ['TouchVoided', 'Touch voided: Outbound call, 2 min, reached', null],
      ['CallLogged', 'Outbound call, 30 min, reached', 'corrected'],
      ['CallLogged', 'Outbound call, 2 min, reached', 'voided'],
      ['CustomerRegistered', 'Registered (person) from web-form', null],
    ]);
  });

  it('refuses cursors it did not issue', () => {
    expect(parseTimelineCursor('not a cursor')).toBeNull();
    expect(parseTimelineCursor(Buffer.from('["x","1","2"]').toString('base64url'))).toBeNull();
    expect(parseTimelineCursor(Buffer.from('{}').toString('base64url'))).toBeNull();
  });

  it('tells a customer with no events from one with some', async () => {
    expect(await timelineHead(db, bob)).toMatch(/^\d+-\d+$/);
    expect(await timelineHead(db, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });
});
