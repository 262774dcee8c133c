import { combinedLifecycleFacts, type LifecycleFacts } from '#crm/domain';
import { combinedFacts, emptyFacts, type CustomerFacts } from './customer-facts.js';

const DAY = 86_400_000;

function facts(customerId: string, overrides: Partial<CustomerFacts>): CustomerFacts {
  return { ...emptyFacts(customerId), active: true, ...overrides };
}

const lifecycle = (firstSeenAt: number, lastBoughtAt: number | null, money: LifecycleFacts['money']): LifecycleFacts => ({
  ...emptyFacts('x').lifecycle,
  firstSeenAt,
  lastBoughtAt,
  money,
});

describe('combinedFacts', () => {
  const survivor = facts('s', {
    kind: 'person',
    source: 'web',
    ownerId: 'staff-1',
    attributes: { country: 'GB' },
    lastTouchAt: 10 * DAY,
    openComplaints: 1,
    lastSurveyScore: 9,
    lastSurveyAt: 4 * DAY,
    surveyCount: 2,
    surveyTotal: 17,
    purchases: [{ at: 2 * DAY, amount: 100, currency: 'GBP', cancellation: false }],
    complaints: [{ at: 3 * DAY }],
    lifecycle: lifecycle(1 * DAY, 2 * DAY, [{ at: 2 * DAY, currency: 'GBP', amount: 100, margin: null, purchase: true }]),
  });
  const absorbed = facts('a', {
    kind: 'organization',
    source: 'import',
    ownerId: 'staff-2',
    attributes: { country: 'FR', vip: true },
    lastTouchAt: 12 * DAY,
    openComplaints: 2,
    lastSurveyScore: 3,
    lastSurveyAt: 6 * DAY,
    surveyCount: 1,
    surveyTotal: 3,
    purchases: [
      { at: 1 * DAY, amount: 50, currency: 'EUR', cancellation: false },
      { at: 5 * DAY, amount: -50, currency: 'EUR', cancellation: true },
    ],
    complaints: [{ at: 5 * DAY }, { at: 7 * DAY }],
    lifecycle: lifecycle(0, 5 * DAY, [{ at: 1 * DAY, currency: 'EUR', amount: 50, margin: null, purchase: true }]),
  });

  it('adds up what both records did and keeps who the survivor is', () => {
    expect(combinedFacts(survivor, absorbed)).toEqual({
      customerId: 's',
      active: true,
      kind: 'person',
      source: 'web',
      ownerId: 'staff-1',
      attributes: { country: 'GB' },
      lastTouchAt: 12 * DAY,
      openComplaints: 3,
      lastSurveyScore: 3,
      lastSurveyAt: 6 * DAY,
      surveyCount: 3,
      surveyTotal: 20,
      purchases: [...survivor.purchases, ...absorbed.purchases],
      complaints: [{ at: 3 * DAY }, { at: 5 * DAY }, { at: 7 * DAY }],
      lifecycle: combinedLifecycleFacts(survivor.lifecycle, absorbed.lifecycle),
    });
  });

  it('reads the last survey score of the record whose last survey came later, and keeps a side without one out of it', () => {
    expect(combinedFacts(absorbed, survivor)).toMatchObject({ lastSurveyScore: 3, lastSurveyAt: 6 * DAY, lastTouchAt: 12 * DAY });
    const unsurveyed = facts('u', { lastTouchAt: 20 * DAY });
    expect(combinedFacts(survivor, unsurveyed)).toMatchObject({ lastSurveyScore: 9, lastSurveyAt: 4 * DAY, lastTouchAt: 20 * DAY, surveyCount: 2 });
    expect(combinedFacts(unsurveyed, survivor)).toMatchObject({ lastSurveyScore: 9, lastSurveyAt: 4 * DAY, customerId: 'u' });
  });

  it('reads a record with no facts as adding nothing, and changes neither record', () => {
    const before = structuredClone([survivor, absorbed]);
    expect(combinedFacts(survivor, emptyFacts('nobody'))).toEqual(survivor);
    combinedFacts(survivor, absorbed);
    expect([survivor, absorbed]).toEqual(before);
  });
});
