import type { DomainEvent } from '../shared/decider.js';
import { RuleViolation } from '../shared/errors.js';
import { deciderSpec } from '../testing/given.js';
import type { ReassignOverdueLead, RecordFollowUpOverdue } from './followup.commands.js';
import { followUpDecider } from './followup.decide.js';

const customerId = '5d1c6a52-3f0e-4a4e-8f5b-2d6f9c0b7a11';
const ownerId = '9a0e4f7c-1b2d-4c3e-8f5a-6b7c8d9e0f12';
const managerId = '1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b';
const capturedAt = '2026-03-01T09:00:00.000Z';
const dueAt = '2026-03-01T10:00:00.000Z';

const lead: DomainEvent = {
  type: 'LeadCaptured',
  data: { customerId, occurredAt: capturedAt, channel: 'web', form: 'contact', source: 'web', interest: null, utm: {} },
};
const owned: DomainEvent = { type: 'CustomerOwnerAssigned', data: { customerId, ownerId, previousOwnerId: null } };
const call = (occurredAt: string): DomainEvent => ({
  type: 'CallLogged',
  data: { customerId, occurredAt, channel: 'phone', direction: 'outbound', durationSeconds: 60, outcome: 'reached' },
});
const promotion: DomainEvent = { type: 'PromotionSent', data: { customerId, occurredAt: capturedAt, channel: 'email', campaignId: 'c', promotionId: 'p' } };

const overdueAt = (now: string, leadCapturedAt = capturedAt): RecordFollowUpOverdue => ({
  type: 'RecordFollowUpOverdue',
  data: { customerId, leadCapturedAt, dueAt, escalateTo: managerId },
  metadata: { now: new Date(now), actor: { id: 'system:followups', role: 'system' } },
});

const given = deciderSpec(followUpDecider);
const overdue = {
  type: 'FollowUpOverdue',
  data: { customerId, leadCapturedAt: capturedAt, dueAt, ownerId, escalatedTo: managerId, occurredAt: '2026-03-01T10:00:05.000Z' },
};

describe('follow-up overdue', () => {
  it('is recorded when the deadline passed with no touch after the lead, flagging the manager', () => {
    given([lead, owned]).when(overdueAt('2026-03-01T10:00:05.000Z')).then([overdue]);
  });

  it('names the owner the customer was registered with as the one waited for', () => {
    const registered: DomainEvent = { type: 'CustomerRegistered', data: { customerId, kind: 'person', ownerId, occurredAt: capturedAt } };
    given([registered, lead]).when(overdueAt('2026-03-01T10:00:05.000Z')).then([overdue]);
  });

  it('is not recorded when someone touched the lead after it was captured', () => {
    given([lead, owned, call('2026-03-01T09:30:00.000Z')])
      .when(overdueAt('2026-03-01T10:00:05.000Z'))
      .then([]);
  });

  it('counts a follow-up touch no more once it is voided, and follows up no voided lead', () => {
    const voided = (touch: DomainEvent): DomainEvent => ({
      type: 'TouchVoided',
      data: { customerId, touchEventId: 'e', occurredAt: '2026-03-01T09:45:00.000Z', voided: touch, personal: { reason: 'wrong customer' } },
    });
    const later = call('2026-03-01T09:30:00.000Z');
    const earlier = call('2026-02-01T09:00:00.000Z');
    given([lead, owned, later, voided(later)]).when(overdueAt('2026-03-01T10:00:05.000Z')).then([overdue]);
    given([lead, owned, later, call('2026-03-01T09:40:00.000Z'), voided(later)]).when(overdueAt('2026-03-01T10:00:05.000Z')).then([]);
    given([earlier, lead, owned, later, voided(earlier)]).when(overdueAt('2026-03-01T10:00:05.000Z')).then([]);
    given([lead, owned, voided(lead)]).when(overdueAt('2026-03-01T10:00:05.000Z')).then([]);
  });

  it('leaves a record merged into another alone while it is merged', () => {
    const absorbed: DomainEvent = { type: 'CustomerAbsorbed', data: { customerId, survivorId: managerId, occurredAt: capturedAt } };
    const restored: DomainEvent = { type: 'CustomerRestored', data: { customerId, survivorId: managerId, occurredAt: capturedAt } };
    given([lead, owned, absorbed]).when(overdueAt('2026-03-01T10:00:05.000Z')).then([]);
    given([lead, owned, absorbed, restored]).when(overdueAt('2026-03-01T10:00:05.000Z')).then([overdue]);
  });

  it('does not count a touch from before the lead, nor a promotion the system sent', () => {
    given([call('2026-02-01T09:00:00.000Z'), lead, owned, promotion])
      .when(overdueAt('2026-03-01T10:00:05.000Z'))
      .then([overdue]);
  });

  it('is recorded once: a retried job changes nothing', () => {
    given([lead, owned, overdue]).when(overdueAt('2026-03-01T10:10:00.000Z')).then([]);
  });

  it('belongs to its own lead: a newer lead has its own deadline', () => {
    const newer = { ...lead, data: { ...lead.data, occurredAt: '2026-03-01T09:50:00.000Z' } };
    given([lead, owned, newer]).when(overdueAt('2026-03-01T10:00:05.000Z')).then([]);
  });

  it('is refused before the deadline, so an early run is retried', () => {
    given([lead, owned]).when(overdueAt('2026-03-01T09:59:00.000Z')).thenThrows(RuleViolation, { rule: 'follow-up-not-due' });
  });

  it('leaves an erased customer alone', () => {
    given([lead, owned, { type: 'CustomerErased', data: { customerId, occurredAt: capturedAt } }])
      .when(overdueAt('2026-03-01T10:00:05.000Z'))
      .then([]);
  });
});

describe('an overdue lead reassigned at the second deadline', () => {
  const nextId = '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d';
  const reassignAt = '2026-03-01T13:00:00.000Z';
  const reassign = (now: string, reassignTo = nextId): ReassignOverdueLead => ({
    type: 'ReassignOverdueLead',
    data: { customerId, leadCapturedAt: capturedAt, reassignAt, reassignTo },
    metadata: { now: new Date(now), actor: { id: 'system:followups', role: 'system' } },
  });
  const reassigned = {
    type: 'CustomerOwnerAssigned',
    data: { customerId, ownerId: nextId, previousOwnerId: ownerId, cause: { kind: 'follow-up-overdue', leadCapturedAt: capturedAt, reassignAt } },
  };

  it('goes to the one chosen, with the overdue follow-up as its cause', () => {
    given([lead, owned, overdue]).when(reassign('2026-03-01T13:00:01.000Z')).then([reassigned]);
  });

  it('is left alone once touched, once someone else took it over, or when it is already theirs', () => {
    given([lead, owned, overdue, call('2026-03-01T11:00:00.000Z')])
      .when(reassign('2026-03-01T13:00:01.000Z'))
      .then([]);
    const byHand = { type: 'CustomerOwnerAssigned', data: { customerId, ownerId: managerId, previousOwnerId: ownerId } };
    given([lead, owned, overdue, byHand]).when(reassign('2026-03-01T13:00:01.000Z')).then([]);
    given([lead, owned, overdue]).when(reassign('2026-03-01T13:00:01.000Z', ownerId)).then([]);
  });

  it('happens once: a rerun finds it handed over', () => {
    given([lead, owned, overdue, reassigned]).when(reassign('2026-03-01T13:10:00.000Z')).then([]);
  });

  it('needs the follow-up overdue first, and the deadline passed', () => {
    given([lead, owned]).when(reassign('2026-03-01T13:00:01.000Z')).then([]);
    given([lead, owned, overdue]).when(reassign('2026-03-01T12:59:00.000Z')).thenThrows(RuleViolation, { rule: 'follow-up-not-due' });
  });
});
