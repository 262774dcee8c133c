import { customerId, nowIso } from '../../testing/fixtures.js';
import { eventAmount } from './event-amount.js';
import { touchSummary } from './touch-summary.js';
import { isTouchEvent, touchEventTypes, type TouchBase, type TouchEvent } from './touch.events.js';

const base: TouchBase = { customerId, occurredAt: nowIso, channel: 'phone' };

const cases: [TouchEvent, string][] = [
  [{ type: 'CallLogged', data: { ...base, direction: 'outbound', durationSeconds: 300, outcome: 'reached' } }, 'Outbound call, 5 min, reached'],
  [{ type: 'CallLogged', data: { ...base, direction: 'inbound', durationSeconds: 45, outcome: 'voicemail' } }, 'Inbound call, 45 s, voicemail'],
  [{ type: 'VisitRecorded', data: { ...base, channel: 'meeting', personal: { place: 'Home', attendees: ['Ada'], purpose: 'Secret' } } }, 'Visit (meeting)'],
  [{ type: 'EmailLogged', data: { ...base, direction: 'inbound', personal: { subject: 'Private matter' } } }, 'Inbound email'],
  [
    {
      type: 'PurchaseRecorded',
      data: {
        ...base,
        orderId: 'O-1',
        lines: [
          { sku: 'A', description: null, quantity: 1, unitPrice: 1000 },
          { sku: 'B', description: null, quantity: 1, unitPrice: 2000 },
        ],
        amount: 3000,
        cost: null,
        currency: 'EUR',
      },
    },
    'Purchase 30.00 EUR, 2 lines',
  ],
  [{ type: 'PurchaseRecorded', data: { ...base, orderId: null, lines: [], amount: 1500, cost: null, currency: 'JPY' } }, 'Purchase 1500 JPY'],
  [{ type: 'PurchaseCancelled', data: { ...base, orderId: 'O-1', lines: [], amount: 1005, currency: 'KWD' } }, 'Cancellation of order O-1, 1.005 KWD'],
  [{ type: 'ReturnRecorded', data: { ...base, returnId: 'C9', orderId: null, lines: [], amount: 250, currency: 'GBP' } }, 'Return C9, 2.50 GBP'],
  [{ type: 'ReturnRecorded', data: { ...base, returnId: 'C9', orderId: 'O-1', lines: [], amount: 250, currency: 'GBP' } }, 'Return C9 of order O-1, 2.50 GBP'],
  [
    { type: 'ComplaintFiled', data: { ...base, complaintId: 'C', category: 'billing', severity: 'high', personal: { description: 'Secret' } } },
    'Complaint filed: billing, high severity',
  ],
  [{ type: 'ComplaintResolved', data: { ...base, complaintId: 'C', personal: { resolution: 'Secret' } } }, 'Complaint resolved'],
  [{ type: 'SurveyAnswered', data: { ...base, surveyId: 'NPS', score: 8, personal: { comment: 'Secret' } } }, 'Survey NPS answered, score 8/10'],
  [{ type: 'PromotionSent', data: { ...base, channel: 'email', campaignId: 'C', promotionId: 'P-1' } }, 'Promotion P-1 sent by email'],
  [{ type: 'PromotionAnswered', data: { ...base, campaignId: 'C', promotionId: 'P-1', response: 'clicked' } }, 'Promotion P-1 clicked'],
  [{ type: 'ServiceUsed', data: { ...base, service: 'repair', quantity: 2 } }, 'Service used: repair × 2'],
  [{ type: 'NoteAdded', data: { ...base, personal: { text: 'Secret' } } }, 'Note added'],
  [
    { type: 'TaskScheduled', data: { ...base, taskId: 'T', dueAt: '2025-03-05T09:00:00.000Z', assigneeId: null, personal: { title: 'Secret' } } },
    'Task scheduled, due 2025-03-05',
  ],
  [{ type: 'TaskCompleted', data: { ...base, taskId: 'T' } }, 'Task completed'],
  [{ type: 'TaskRescheduled', data: { ...base, taskId: 'T', dueAt: '2025-03-07T09:00:00.000Z', previousDueAt: '2025-03-05T09:00:00.000Z' } }, 'Task rescheduled, due 2025-03-07'],
  [
    {
      type: 'LeadCaptured',
      data: {
        ...base,
        channel: 'web',
        form: 'contact-us',
        source: 'ads',
        interest: 'solar',
        utm: { source: null, medium: null, campaign: null, term: null, content: null },
      },
    },
    'Lead captured from contact-us, interested in solar',
  ],
];

describe('touch summary', () => {
  it.each(cases)('summarises %j', (event, summary) => {
    expect(touchSummary(event)).toBe(summary);
  });

  it('never shows personal data', () => {
    for (const [event] of cases) expect(touchSummary(event)).not.toMatch(/Secret|Private|Home|Ada/);
  });

  it('has a case for every touch type', () => {
    expect(new Set(cases.map(([event]) => event.type))).toEqual(new Set(touchEventTypes));
    expect(touchEventTypes).toHaveLength(17);
  });
});

describe('touch event types', () => {
  it('tells touches from other events', () => {
    expect(isTouchEvent({ type: 'CallLogged' })).toBe(true);
    expect(isTouchEvent({ type: 'CustomerRegistered' })).toBe(false);
    expect(isTouchEvent({ type: 'toString' })).toBe(false);
  });
});

describe('event amount', () => {
  it('counts purchases, takes cancellations and returns back, and ignores the rest', () => {
    const [[purchase], , , , [withLines], , [cancellation], [creditNote], , [complaint]] = cases;
    expect(eventAmount(withLines)).toEqual({ amount: 3000, currency: 'EUR' });
    expect(eventAmount(cancellation)).toEqual({ amount: -1005, currency: 'KWD' });
    expect(eventAmount(creditNote)).toEqual({ amount: -250, currency: 'GBP' });
    expect(eventAmount(purchase)).toBeNull();
    expect(eventAmount(complaint)).toBeNull();
    expect(eventAmount({ type: 'OpportunityWon', data: { amount: 5, currency: 'EUR' } })).toBeNull();
  });
});
