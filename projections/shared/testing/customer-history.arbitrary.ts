import fc from 'fast-check';
import { isTouchEvent, touchFacts, type CustomerEvent, type DomainEvent, type OpportunityEvent, type OpportunityStage, type TouchFacts } from '#crm/domain';
import { aCustomer } from '#test/support/builders';

export const customerIds = [
  '3f1c9a7e-2b4d-4e6f-8a0b-1c2d3e4f5a6b',
  '9e8d7c6b-5a49-4837-a625-14f3e2d1c0b9',
  'c1d2e3f4-a5b6-4c7d-8e9f-a0b1c2d3e4f5',
];
const dealIds = ['d0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000002'];
export const staff = ['7d4c1e2f-3a5b-4c6d-8e9f-0a1b2c3d4e5f', '0b6e2a4e-5d8f-4c1a-9a7e-1f2d3c4b5a69'];
const stages: OpportunityStage[] = ['prospecting', 'engaging', 'qualification', 'proposal', 'negotiation'];

export const HISTORY_START = Date.parse('2025-01-01T00:00:00.000Z');
const HOUR = 3_600_000;

/** One event of a random history, with when it was recorded and, for the lifecycle, whether a sweep ran just before. */
export interface HistoryStep {
  event: DomainEvent;
  recordedAt: Date;
  sweepBefore: boolean;
  /** The event's id, for the customers' events: voids and corrections name the touch by it. */
  eventId?: string;
}

const kinds = [
  'call', 'email', 'visit', 'purchase', 'cancellation', 'promotionSent', 'promotionAnswered', 'note', 'lead',
  'details', 'owner', 'erased', 'consent', 'dealOpened', 'dealMoved', 'dealUpdated', 'dealWon', 'dealLost', 'void', 'correct',
] as const;
// Drawn only where asked (historyOf): more kinds thin out the others, and some tests need every report filled by a fixed seed.
const taskKinds = ['taskScheduled', 'taskCompleted', 'taskRescheduled'] as const;
type Kind = (typeof kinds)[number] | (typeof taskKinds)[number] | 'complaint' | 'complaintResolved';

const stepOf = (drawn: readonly Kind[]) => fc.record({
  customer: fc.nat(customerIds.length - 1),
  gapHours: fc.oneof(fc.integer({ min: 0, max: 48 }), fc.integer({ min: 24 * 30, max: 24 * 400 })),
  backfillHours: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 24 * 60 })),
  kind: fc.constantFrom(...drawn),
  amount: fc.integer({ min: 1, max: 800_000 }),
  flag: fc.boolean(),
  pick: fc.nat(4),
  sweepBefore: fc.boolean(),
});

type Step = ReturnType<typeof stepOf> extends fc.Arbitrary<infer T> ? T : never;

/** A touch of the history as its customer's later voids and corrections see it. */
type PastTouch = { eventId: string; facts: TouchFacts; voided: boolean };

/**
 * A void or correction of one of the customer's earlier touches (picked by `s.pick`) that is not
 * voided yet; null when there is none. A correction moves the touch in time and, for calls and
 * purchases, changes the duration or amount the analytics count.
 */
function amendmentOf(s: Step, occurredAt: string, past: PastTouch[]): CustomerEvent | null {
  const standing = past.filter((touch) => !touch.voided);
  const touch = standing[s.pick % Math.max(1, standing.length)];
  if (!touch) return null;
  const { customerId } = touch.facts.data;
  if (s.kind === 'void') {
    touch.voided = true;
    return { type: 'TouchVoided', data: { customerId, touchEventId: touch.eventId, occurredAt, voided: touch.facts, personal: { reason: 'Wrong customer' } } };
  }
  const previous = touch.facts;
  const moved = new Date(Date.parse(previous.data.occurredAt) - s.amount * 1000).toISOString();
  const changed: Record<string, unknown> =
    previous.type === 'CallLogged' ? { durationSeconds: s.amount % 3600 } : previous.type === 'PurchaseRecorded' ? { amount: s.amount } : {};
  const fields = s.flag ? { ...changed, occurredAt: moved } : Object.keys(changed).length > 0 ? changed : { occurredAt: moved };
  touch.facts = { type: previous.type, data: { ...previous.data, ...fields } } as TouchFacts;
  return {
    type: 'TouchCorrected',
    data: { customerId, touchEventId: touch.eventId, occurredAt, fields: Object.keys(fields), previous, corrected: touch.facts, personal: {} },
  };
}

function eventOf(s: Step, occurredAt: string): CustomerEvent | OpportunityEvent {
  const customerId = customerIds[s.customer]!;
  const touch = { customerId, occurredAt, channel: s.flag ? ('phone' as const) : ('email' as const) };
  const deal = { opportunityId: dealIds[s.pick % dealIds.length]!, customerId, occurredAt };
  const stage = stages[s.pick]!;
  // Two task ids per customer, so a task is completed or moved after it was scheduled, or before (nothing to follow).
  const task = { ...touch, taskId: `T-${s.pick % 2}` };
  const later = new Date(Date.parse(occurredAt) + s.amount * 1000).toISOString();
  switch (s.kind) {
    case 'call':
      return { type: 'CallLogged', data: { ...touch, direction: s.flag ? 'inbound' : 'outbound', durationSeconds: 60, outcome: s.pick % 2 ? 'reached' : 'no-answer' } };
    case 'email':
      return { type: 'EmailLogged', data: { ...touch, direction: s.flag ? 'inbound' : 'outbound', personal: { subject: 'Offer' } } };
    case 'visit':
      return { type: 'VisitRecorded', data: { ...touch, channel: 'store', personal: { place: 'Shop', attendees: [], purpose: 'Look' } } };
    case 'purchase':
      return { type: 'PurchaseRecorded', data: { ...touch, channel: 'store', orderId: `O-${s.amount}`, lines: [], amount: s.amount, cost: s.flag ? Math.floor(s.amount / 3) : null, currency: 'EUR' } };
    case 'cancellation':
      return { type: 'PurchaseCancelled', data: { ...touch, channel: 'store', orderId: 'O-1', lines: [], amount: Math.ceil(s.amount / 10), currency: 'EUR' } };
    case 'promotionSent':
      return { type: 'PromotionSent', data: { ...touch, campaignId: 'C-1', promotionId: 'P-1' } };
    case 'promotionAnswered':
      return { type: 'PromotionAnswered', data: { ...touch, campaignId: 'C-1', promotionId: 'P-1', response: (['opened', 'clicked', 'accepted', 'declined'] as const)[s.pick % 4]! } };
    case 'note':
      return { type: 'NoteAdded', data: { ...touch, channel: 'internal', personal: { text: 'Private' } } };
    case 'lead':
      return { type: 'LeadCaptured', data: { ...touch, channel: 'web', form: 'contact', source: 'ads', interest: null, utm: { source: null, medium: null, campaign: null, term: null, content: null } } };
    case 'details':
      // Shared addresses (the first customer's phone, a few emails), so some customers come to look
      // like one person (the duplicates projection).
      return {
        type: 'CustomerDetailsChanged',
        data: { customerId, personal: s.flag ? { email: `new${s.amount % 3}@example.org` } : { name: `Renamed ${s.amount}`, phone: '+44123456780' } },
      };
    case 'owner':
      return { type: 'CustomerOwnerAssigned', data: { customerId, ownerId: staff[s.pick % 2]!, previousOwnerId: null } };
    case 'erased':
      return { type: 'CustomerErased', data: { customerId, occurredAt } };
    case 'consent':
      return { type: 'ConsentGiven', data: { customerId, channel: 'email', legalBasis: 'consent', source: 'web', textVersion: 'v1', occurredAt } };
    case 'dealOpened':
      return { type: 'OpportunityOpened', data: { ...deal, interest: 'solar', expectedAmount: { amount: s.amount, currency: 'EUR' }, ownerId: staff[0]!, stage } };
    case 'dealMoved':
      return { type: 'OpportunityStageChanged', data: { ...deal, from: 'prospecting', to: stage } };
    case 'dealUpdated':
      return {
        type: 'OpportunityUpdated',
        data: { ...deal, changes: s.flag ? { ownerId: staff[s.pick % 2]!, expectedCloseDate: '2025-12-31' } : { expectedAmount: { amount: s.amount, currency: 'EUR' }, expectedCloseDate: null } },
      };
    case 'dealWon':
      return { type: 'OpportunityWon', data: { ...deal, amount: s.amount, currency: 'EUR' } };
    case 'dealLost':
      return { type: 'OpportunityLost', data: { ...deal, reason: 'price' } };
    case 'taskScheduled':
      return { type: 'TaskScheduled', data: { ...task, channel: 'internal', dueAt: later, assigneeId: s.flag ? staff[s.pick % 2]! : null, personal: { title: 'Call back' } } };
    case 'taskCompleted':
      return { type: 'TaskCompleted', data: { ...task, channel: 'internal' } };
    case 'taskRescheduled':
      return { type: 'TaskRescheduled', data: { ...task, channel: 'internal', dueAt: later, previousDueAt: occurredAt } };
    case 'complaint':
      return {
        type: 'ComplaintFiled',
        data: { ...touch, complaintId: `K-${s.pick % 2}`, category: 'billing', severity: s.flag ? 'high' : 'low', personal: { description: 'Overcharged' } },
      };
    case 'complaintResolved':
      return { type: 'ComplaintResolved', data: { ...touch, complaintId: `K-${s.pick % 2}`, personal: { resolution: 'Refunded' } } };
    case 'void':
    case 'correct':
      // drawn by amendmentOf; with no touch to amend, the customer gets a note instead
      return { type: 'NoteAdded', data: { ...touch, channel: 'internal', personal: { text: 'Private' } } };
  }
}

function registration(customerId: string, index: number, occurredAt: string): CustomerEvent {
  return aCustomer(customerId)
    .from('import')
    // Only the first customer comes with an owner: the others' leads go through the rules and the round-robin.
    .ownedBy(index === 0 ? staff[0]! : null)
    .withPersonal({ name: `Customer ${index}`, email: `c${index}@example.org`, phone: `+4412345678${index}` })
    .registeredAt(occurredAt)
    .registered();
}

/**
 * A random history of a few customers: each registered first, then touches, record changes and
 * deal moves hours or months apart, some back-filled (occurred before they were recorded).
 */
const historyOf = (drawn: readonly Kind[]): fc.Arbitrary<HistoryStep[]> => fc.array(stepOf(drawn), { minLength: 1, maxLength: 40 }).map((steps) => {
  let clock = HISTORY_START;
  const history: HistoryStep[] = customerIds.map((customerId, index) => ({
    event: registration(customerId, index, new Date(clock).toISOString()),
    recordedAt: new Date(clock),
    sweepBefore: false,
  }));
  const touches = new Map<string, PastTouch[]>(customerIds.map((customerId) => [customerId, []]));
  for (const [index, s] of steps.entries()) {
    clock += s.gapHours * HOUR;
    const occurredAt = new Date(clock - s.backfillHours * HOUR).toISOString();
    const past = touches.get(customerIds[s.customer]!)!;
    const amendment = s.kind === 'void' || s.kind === 'correct' ? amendmentOf(s, new Date(clock).toISOString(), past) : null;
    const event = amendment ?? eventOf(s, occurredAt);
    const eventId = `e0000000-0000-4000-8000-${index.toString().padStart(12, '0')}`;
    if (isTouchEvent(event)) past.push({ eventId, facts: touchFacts(event), voided: false });
    history.push({ event, recordedAt: new Date(clock), sweepBefore: s.sweepBefore, eventId });
  }
  return history;
});

export const customerHistory = historyOf(kinds);
/** The same with tasks scheduled, completed and moved (two task ids per customer). */
export const customerHistoryWithTasks = historyOf([...kinds, ...taskKinds]);

/**
 * Mostly what a customer's facts keep as lists (purchases, cancellations, complaints, replies),
 * with voids and corrections of them: the lists taken apart and put back at every instant.
 */
export const customerListsHistory = historyOf(['purchase', 'purchase', 'cancellation', 'complaint', 'complaintResolved', 'call', 'visit', 'void', 'void', 'correct', 'erased']);

/** Where to cut a history of `length` events into batches. */
export const batchCuts = (length: number): fc.Arbitrary<number[]> => fc.array(fc.integer({ min: 1, max: Math.max(1, length - 1) }), { maxLength: 8 });

/** The four events of a merge and its unmerge, as POST /customers/:id/merge and /unmerge append them. */
export function mergeSteps(survivorId: string, absorbedId: string, at: Date, unmerge: boolean): HistoryStep[] {
  const occurredAt = at.toISOString();
  const events: DomainEvent[] = [
    { type: 'CustomerAbsorbed', data: { customerId: absorbedId, survivorId, occurredAt } },
    { type: 'CustomerMerged', data: { customerId: survivorId, absorbedId, occurredAt } },
    ...(unmerge
      ? [
          { type: 'CustomerRestored', data: { customerId: absorbedId, survivorId, occurredAt } },
          { type: 'CustomerUnmerged', data: { customerId: survivorId, absorbedId, occurredAt } },
        ]
      : []),
  ];
  return events.map((event) => ({ event, recordedAt: at, sweepBefore: false }));
}
