import { classifyLifecycle } from './lifecycle.classify.js';
import {
  applyLapses,
  applyLifecycleEvent,
  initialLifecycle,
  LAPSE,
  nextLapseAt,
  type CustomerLifecycle,
  type LifecycleTransition,
} from './lifecycle.evolve.js';
import { combinedLifecycleFacts, type LifecycleEvent } from './lifecycle.facts.js';
import { defaultLifecycleRules as rules } from './lifecycle.rules.js';
import type { LifecyclePosition } from './lifecycle.stage.js';
import { day, lifecycleEvents as e } from './lifecycle.testing.js';

/**
 * given events (each learnt on the day it occurred), when time reaches a day, then the customer
 * stands at a position and went through these transitions.
 */
function given(...events: LifecycleEvent[]) {
  let lifecycle: CustomerLifecycle = initialLifecycle;
  const transitions: LifecycleTransition[] = [];
  events.forEach((event, index) => {
    const step = applyLifecycleEvent(lifecycle, { eventId: `e${index}`, recordedAt: Date.parse(event.data.occurredAt), event }, rules);
    lifecycle = step.lifecycle;
    transitions.push(...step.transitions);
  });
  return {
    whenTimeReaches(until: number) {
      const step = applyLapses(lifecycle, until, rules);
      const all = [...transitions, ...step.transitions];
      return {
        then(position: LifecyclePosition): void {
          expect(step.lifecycle.position).toEqual(position);
          expect(classifyLifecycle(step.lifecycle.facts, until, rules)).toEqual(position);
        },
        thenTransitions(expected: Partial<LifecycleTransition>[]): void {
          expect(all).toEqual(expected.map((transition) => expect.objectContaining(transition)));
        },
      };
    },
  };
}

const lead: LifecyclePosition = { stage: 'lead', grade: null };
const lost: LifecyclePosition = { stage: 'lost', grade: null };
const prospect = (grade: 'possible' | 'probable' | 'improbable'): LifecyclePosition => ({ stage: 'prospect', grade });
const customer = (grade: 'captive' | 'high-value' | 'low-value'): LifecyclePosition => ({ stage: 'customer', grade });

describe('lifecycle: lead', () => {
  it('a registered customer nobody has reached is a lead', () => {
    given(e.registered(0), e.leadCaptured(1)).whenTimeReaches(day(10)).then(lead);
  });

  it('attempts, mass mailings and unanswered calls do not make a lead a prospect', () => {
    given(e.registered(0), e.call(1, 'outbound', 'no-answer'), e.promotionSent(2), e.call(3, 'outbound', 'voicemail'))
      .whenTimeReaches(day(10))
      .then(lead);
  });

  it('a lead nobody reaches within the lead lapse is lost, by lapse, on the day it fell due', () => {
    given(e.registered(0))
      .whenTimeReaches(day(rules.leadLapseDays + 5))
      .thenTransitions([
        { from: null, to: lead, cause: 'e0', at: day(0) },
        { from: lead, to: lost, cause: LAPSE, at: day(rules.leadLapseDays) },
      ]);
  });
});

describe('lifecycle: prospect grades', () => {
  it('an outbound email reaches the person: improbable until they answer', () => {
    given(e.registered(0), e.email(1, 'outbound')).whenTimeReaches(day(2)).then(prospect('improbable'));
  });

  it('one answer within the interest window makes a possible prospect', () => {
    given(e.registered(0), e.call(1, 'outbound', 'reached'))
      .whenTimeReaches(day(2))
      .then(prospect('possible'));
  });

  it('an open deal at an early stage makes a possible prospect', () => {
    given(e.registered(0), e.dealOpened(1, 'engaging')).whenTimeReaches(day(2)).then(prospect('possible'));
  });

  it('enough recent answers make a probable prospect', () => {
    given(e.registered(0), e.email(1, 'inbound'), e.promotionAnswered(5, 'clicked')).whenTimeReaches(day(6)).then(prospect('probable'));
  });

  it('a deal at proposal or negotiation makes a probable prospect', () => {
    given(e.registered(0), e.dealOpened(1), e.dealMoved(3, 'prospecting', 'proposal'))
      .whenTimeReaches(day(4))
      .then(prospect('probable'));
  });

  it('a declined promotion is not an answer', () => {
    given(e.registered(0), e.email(1, 'outbound'), e.promotionAnswered(2, 'declined')).whenTimeReaches(day(3)).then(prospect('improbable'));
  });

  it('time alone grades a prospect down: probable → possible when the last answer is no longer recent, → improbable when none is in the window', () => {
    given(e.registered(0), e.email(1, 'inbound'), e.email(2, 'inbound'))
      .whenTimeReaches(day(100))
      .thenTransitions([
        { to: lead, cause: 'e0' },
        { from: lead, to: prospect('possible'), cause: 'e1', at: day(1) },
        { from: prospect('possible'), to: prospect('probable'), cause: 'e2', at: day(2) },
        { from: prospect('probable'), to: prospect('possible'), cause: LAPSE, at: day(2 + rules.recentReplyDays) },
        { from: prospect('possible'), to: prospect('improbable'), cause: LAPSE, at: day(2 + rules.interestWindowDays) },
      ]);
  });
});

describe('lifecycle: customer grades', () => {
  it('a purchase makes a customer, low-value below the thresholds', () => {
    given(e.registered(0), e.purchase(1, 10_000)).whenTimeReaches(day(2)).then(customer('low-value'));
  });

  it('a won deal makes a customer', () => {
    given(e.registered(0), e.dealOpened(1), e.dealWon(5)).whenTimeReaches(day(6)).then(customer('low-value'));
  });

  it('repeat purchases within the value window make a captive customer', () => {
    given(e.registered(0), e.purchase(1, 1000), e.purchase(20, 1000), e.purchase(40, 1000)).whenTimeReaches(day(41)).then(customer('captive'));
  });

  it('revenue over the threshold makes a high-value customer, whatever the number of purchases', () => {
    given(e.registered(0), e.purchase(1, rules.highValueRevenue)).whenTimeReaches(day(2)).then(customer('high-value'));
  });

  it('margin over the threshold makes a high-value customer', () => {
    given(e.registered(0), e.purchase(1, 200_000, 200_000 - rules.highValueMargin))
      .whenTimeReaches(day(2))
      .then(customer('high-value'));
  });

  it('revenue counts per currency, and cancellations take it back', () => {
    given(e.registered(0), e.purchase(1, rules.highValueRevenue - 1, null, 'EUR'), e.purchase(2, 10, null, 'USD'))
      .whenTimeReaches(day(3))
      .then(customer('low-value'));
    given(e.registered(0), e.purchase(1, rules.highValueRevenue), e.cancellation(2, 1)).whenTimeReaches(day(3)).then(customer('low-value'));
  });

  it('a voided purchase no longer counts, and a corrected amount counts as corrected', () => {
    const big = e.purchase(1, rules.highValueRevenue) as Extract<LifecycleEvent, { type: 'PurchaseRecorded' }>;
    const facts = { type: big.type, data: big.data };
    const at = new Date(day(2)).toISOString();
    const voided: LifecycleEvent = {
      type: 'TouchVoided',
      data: { customerId: big.data.customerId, touchEventId: 'e1', occurredAt: at, voided: facts, personal: { reason: 'x' } },
    };
    given(e.registered(0), big, e.purchase(1, 10), voided).whenTimeReaches(day(3)).then(customer('low-value'));
    const corrected: LifecycleEvent = {
      type: 'TouchCorrected',
      data: {
        customerId: big.data.customerId,
        touchEventId: 'e1',
        occurredAt: at,
        fields: ['amount'],
        previous: facts,
        corrected: { ...facts, data: { ...big.data, amount: 10 } },
        personal: {},
      },
    };
    given(e.registered(0), big, corrected).whenTimeReaches(day(3)).then(customer('low-value'));
    given(e.registered(0), e.purchase(1, 10), {
      ...corrected,
      data: { ...corrected.data, previous: { ...facts, data: { ...big.data, amount: 10 } }, corrected: facts },
    })
      .whenTimeReaches(day(3))
      .then(customer('high-value'));
  });

  it('purchases leaving the value window grade a customer down by lapse', () => {
    given(e.registered(0), e.purchase(1, rules.highValueRevenue), e.purchase(200, 100))
      .whenTimeReaches(day(400))
      .thenTransitions([
        { to: lead },
        { from: lead, to: customer('high-value'), cause: 'e1' },
        { from: customer('high-value'), to: customer('low-value'), cause: LAPSE, at: day(1 + rules.valueWindowDays) },
      ]);
  });
});

describe('lifecycle: lost', () => {
  it('a lost deal with no other activity loses the prospect', () => {
    given(e.registered(0), e.dealOpened(1), e.dealLost(10)).whenTimeReaches(day(11)).then(lost);
  });

  it('an answer after the lost deal brings the prospect back', () => {
    given(e.registered(0), e.dealOpened(1), e.dealLost(10), e.call(12, 'inbound', 'reached'))
      .whenTimeReaches(day(13))
      .then(prospect('possible'));
  });

  it('another deal still open keeps the prospect', () => {
    given(e.registered(0), e.dealOpened(1, 'engaging', 'deal-a'), e.dealOpened(2, 'engaging', 'deal-b'), e.dealLost(10, 'deal-a'))
      .whenTimeReaches(day(11))
      .then(prospect('possible'));
  });

  it('a prospect with no interest signal for the prospect lapse is lost, by lapse', () => {
    given(e.registered(0), e.call(1, 'outbound', 'reached'), e.call(50, 'outbound', 'no-answer'))
      .whenTimeReaches(day(400))
      .thenTransitions([
        { to: lead },
        { to: prospect('possible'), cause: 'e1' },
        { from: prospect('possible'), to: prospect('improbable'), cause: LAPSE, at: day(1 + rules.interestWindowDays) },
        { from: prospect('improbable'), to: lost, cause: LAPSE, at: day(1 + rules.prospectLapseDays) },
      ]);
  });

  it('a customer with no purchase within the purchase lapse is lost, and buying again makes them a customer', () => {
    const lapseDay = 1 + rules.purchaseLapseDays;
    given(e.registered(0), e.purchase(1, 100), e.purchase(lapseDay + 10, 100))
      .whenTimeReaches(day(lapseDay + 11))
      .thenTransitions([
        { to: lead },
        { to: customer('low-value'), cause: 'e1' },
        { from: customer('low-value'), to: lost, cause: LAPSE, at: day(lapseDay) },
        { from: lost, to: customer('low-value'), cause: 'e2', at: day(lapseDay + 10) },
      ]);
  });
});

describe('lifecycle: lapsing is deterministic', () => {
  const events = [e.registered(0), e.email(1, 'inbound'), e.email(3, 'inbound'), e.purchase(40, 1000), e.call(500, 'inbound', 'reached')];

  function fold(sweepDays: number[]): { lifecycle: CustomerLifecycle; transitions: LifecycleTransition[] } {
    let lifecycle = initialLifecycle;
    const transitions: LifecycleTransition[] = [];
    const sweeps = [...sweepDays];
    events.forEach((event, index) => {
      const recordedAt = Date.parse(event.data.occurredAt);
      while (sweeps.length > 0 && day(sweeps[0]!) <= recordedAt) {
        const swept = applyLapses(lifecycle, day(sweeps.shift()!), rules);
        lifecycle = swept.lifecycle;
        transitions.push(...swept.transitions);
      }
      const step = applyLifecycleEvent(lifecycle, { eventId: `e${index}`, recordedAt, event }, rules);
      lifecycle = step.lifecycle;
      transitions.push(...step.transitions);
    });
    const last = applyLapses(lifecycle, day(900), rules);
    return { lifecycle: last.lifecycle, transitions: [...transitions, ...last.transitions] };
  }

  it('gives the same history whether sweeps ran often, rarely or never before the last one', () => {
    const never = fold([]);
    expect(fold([2, 35, 100, 300, 420])).toEqual(never);
    expect(fold([450])).toEqual(never);
    expect(never.transitions.map((transition) => transition.cause)).toContain(LAPSE);
  });

  it('says when time alone will next move the customer, and nothing once nothing can', () => {
    const registered = applyLifecycleEvent(initialLifecycle, { eventId: 'e0', recordedAt: day(0), event: e.registered(0) }, rules).lifecycle;
    expect(nextLapseAt(registered, rules)).toBe(day(rules.leadLapseDays));
    const lapsed = applyLapses(registered, day(1000), rules).lifecycle;
    expect(lapsed.position).toEqual(lost);
    expect(nextLapseAt(lapsed, rules)).toBeNull();
  });
});

describe('lifecycle: events learnt late', () => {
  it('a back-filled purchase is judged when it was recorded: an old purchase makes a lost customer, not a history rewrite', () => {
    const registered = applyLifecycleEvent(initialLifecycle, { eventId: 'r', recordedAt: day(400), event: e.registered(0) }, rules);
    const step = applyLifecycleEvent(registered.lifecycle, { eventId: 'p', recordedAt: day(400), event: e.purchase(1, 100) }, rules);
    expect(registered.transitions).toEqual([{ from: null, to: lost, at: day(400), cause: 'r' }]);
    expect(step.transitions).toEqual([]);
    expect(step.lifecycle.position).toEqual(lost);
  });

  it('never evaluates before the last evaluation, even if an event was recorded a moment earlier', () => {
    const first = applyLifecycleEvent(initialLifecycle, { eventId: 'r', recordedAt: day(5), event: e.registered(0) }, rules);
    const step = applyLifecycleEvent(first.lifecycle, { eventId: 'c', recordedAt: day(5) - 1, event: e.email(1, 'outbound') }, rules);
    expect(step.transitions).toEqual([{ from: lead, to: prospect('improbable'), at: day(5), cause: 'c' }]);
  });
});

describe('lifecycle: two records of one person, merged', () => {
  const factsOf = (...events: LifecycleEvent[]) =>
    events.reduce((lifecycle, event, index) => applyLifecycleEvent(lifecycle, { eventId: `e${index}`, recordedAt: Date.parse(event.data.occurredAt), event }, rules).lifecycle, initialLifecycle).facts;

  it('reads the purchases of both as one customer’s: repeat purchases split over two records make a captive customer', () => {
    const one = factsOf(e.registered(0), e.purchase(1, 1000), e.purchase(20, 1000));
    const other = factsOf(e.registered(5), e.purchase(40, 1000));
    expect(classifyLifecycle(one, day(41), rules)).toEqual(customer('low-value'));
    const both = combinedLifecycleFacts(one, other);
    expect(classifyLifecycle(both, day(41), rules)).toEqual(customer('captive'));
    expect(both.firstSeenAt).toBe(one.firstSeenAt);
    expect(combinedLifecycleFacts(other, one)).toEqual(both);
  });
});
