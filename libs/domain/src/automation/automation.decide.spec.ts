import fc from 'fast-check';
import { NotFoundError, ValidationError } from '../shared/errors.js';
import { metadata, nowIso } from '../testing/fixtures.js';
import { deciderSpec } from '../testing/given.js';
import type { DefineAutomation, RecordAutomationFiring } from './automation.commands.js';
import { automationDecider } from './automation.decide.js';
import type { AutomationDefined, AutomationDefinition, AutomationEvent, AutomationFired } from './automation.events.js';
import { conditionsHold } from './automation-conditions.js';
import { controlBucket, inControlGroup } from '../experiment/control-group.js';

const given = deciderSpec(automationDecider);
const automationId = '5b0f1e52-3c6d-4f7a-8e9b-0a1b2c3d4e5f';
const customerId = '9c8b7a69-5847-4635-a241-302f1e0d9c8b';
const definition: AutomationDefinition = {
  name: 'Thank big buyers',
  trigger: { kind: 'event', eventType: 'PurchaseRecorded', conditions: [{ field: 'amount', op: 'gte', value: 10_000 }] },
  delayMinutes: 60,
  action: { kind: 'task', title: 'Call to thank', dueInMinutes: 1440 },
  controlShare: 0,
};
const define = (overrides: Partial<DefineAutomation['data']> = {}): DefineAutomation => ({
  type: 'DefineAutomation',
  data: { automationId, ...definition, ...overrides },
  metadata,
});
const defined = (version = 1, overrides: Partial<AutomationDefinition> = {}): AutomationDefined => ({
  type: 'AutomationDefined',
  data: { automationId, version, occurredAt: nowIso, ...definition, ...overrides },
});
const paused: AutomationEvent = { type: 'AutomationPaused', data: { automationId, occurredAt: nowIso } };
const resumed: AutomationEvent = { type: 'AutomationResumed', data: { automationId, occurredAt: nowIso } };
const fire = (triggerEventId: string, customer = customerId): RecordAutomationFiring => ({
  type: 'RecordAutomationFiring',
  data: { automationId, triggerEventId, customerId: customer },
  metadata,
});
const fired = (triggerEventId: string, group: 'treated' | 'control' = 'treated', version = 1): AutomationFired => ({
  type: 'AutomationFired',
  data: { automationId, version, triggerEventId, customerId, group, occurredAt: nowIso },
});

describe('DefineAutomation', () => {
  it('records version 1, then a new version only when the definition changes', () => {
    given([])
      .when(define())
      .then([defined(1)]);
    given([defined(1)])
      .when(define())
      .then([]);
    given([defined(1)])
      .when(define({ delayMinutes: 0 }))
      .then([defined(2, { delayMinutes: 0 })]);
  });

  it('takes a lifecycle trigger without `from` as from any stage', () => {
    given([])
      .when(define({ trigger: { kind: 'lifecycle', to: 'customer' } as never }))
      .then([defined(1, { trigger: { kind: 'lifecycle', to: 'customer', from: null } })]);
  });

  it('takes a signal trigger: the signal type and conditions on its facts', () => {
    const trigger = {
      kind: 'signal' as const,
      signalType: 'due-to-reorder' as const,
      conditions: [{ field: 'daysSinceLastPurchase', op: 'gte' as const, value: 30 }],
    };
    given([])
      .when(define({ trigger }))
      .then([defined(1, { trigger })]);
  });

  it('refuses a new version of an automation that was never defined', () => {
    given([])
      .when(define({ existing: true }))
      .thenThrows(NotFoundError, { entity: 'automation' });
  });

  it('names every bad field: trigger kind, condition operator, action, delay and control share', () => {
    given([])
      .when(
        define({
          name: '',
          trigger: { kind: 'event', eventType: 'PurchaseRecorded', conditions: [{ field: 'amount', op: 'about' as never, value: 1 }] },
          delayMinutes: -1,
          action: { kind: 'webhook', url: 'ftp://example.com' },
          controlShare: 0.9,
        }),
      )
      .thenThrows(ValidationError, {
        errors: [
          { field: 'name', reason: 'is required and must be non-empty text' },
          { field: 'trigger.conditions.0.op', reason: expect.stringContaining('must be one of') },
          { field: 'delayMinutes', reason: 'must be at least 0' },
          { field: 'action.url', reason: 'must be an http(s) URL' },
          { field: 'controlShare', reason: 'must be a number from 0 to 0.5' },
        ],
      });
    given([])
      .when(define({ trigger: { kind: 'event', eventType: 'AutomationFired', conditions: [] } }))
      .thenThrows(ValidationError, { errors: [{ field: 'trigger.eventType', reason: expect.stringContaining('automation') }] });
    given([])
      .when(define({ trigger: { kind: 'weather' } as never }))
      .thenThrows(ValidationError, { errors: [{ field: 'trigger.kind', reason: 'must be one of: event, segment, lifecycle, signal' }] });
    given([])
      .when(define({ trigger: { kind: 'signal', signalType: 'birthday', conditions: [{ field: '', op: 'gt', value: [] }] } as never }))
      .thenThrows(ValidationError, {
        errors: [
          { field: 'trigger.signalType', reason: expect.stringContaining('must be one of: due-to-reorder') },
          { field: 'trigger.conditions.0.field', reason: 'is required and must be non-empty text' },
          { field: 'trigger.conditions.0.value', reason: 'must be text, a number or true/false' },
        ],
      });
    given([])
      .when(define({ trigger: { kind: 'signal', signalType: 'cross-sell' } as never }))
      .thenThrows(ValidationError, { errors: [{ field: 'trigger.conditions', reason: 'must be a list (empty for none)' }] });
    given([])
      .when(define({ trigger: { kind: 'segment', segmentId: 'gold', on: 'join' as never } }))
      .thenThrows(ValidationError, {
        errors: [
          { field: 'trigger.segmentId', reason: 'must be a UUID' },
          { field: 'trigger.on', reason: 'must be one of: enter, exit' },
        ],
      });
    given([])
      .when(define({ trigger: { kind: 'lifecycle', to: 'vip', from: null } }))
      .thenThrows(ValidationError, { errors: [{ field: 'trigger.to', reason: expect.stringContaining('must be one of') }] });
  });
});

describe('PauseAutomation and ResumeAutomation', () => {
  it('pause and resume once each; a repeat records nothing', () => {
    given([defined()]).when({ type: 'PauseAutomation', data: { automationId }, metadata }).then([paused]);
    given([defined(), paused]).when({ type: 'PauseAutomation', data: { automationId }, metadata }).then([]);
    given([defined(), paused]).when({ type: 'ResumeAutomation', data: { automationId }, metadata }).then([resumed]);
    given([defined()]).when({ type: 'ResumeAutomation', data: { automationId }, metadata }).then([]);
  });

  it('refuses an unknown automation', () => {
    given([]).when({ type: 'PauseAutomation', data: { automationId }, metadata }).thenThrows(NotFoundError);
  });
});

describe('RecordAutomationFiring', () => {
  it('fires once per trigger, carrying the trigger’s id and the version in force', () => {
    given([defined()])
      .when(fire('evt-1'))
      .then([fired('evt-1')]);
    given([defined(), fired('evt-1')])
      .when(fire('evt-1'))
      .then([]);
    given([defined(), fired('evt-1'), defined(2, { delayMinutes: 5 })])
      .when(fire('evt-2'))
      .then([fired('evt-2', 'treated', 2)]);
  });

  it('lets triggers pass while paused, and fires again once resumed', () => {
    given([defined(), paused]).when(fire('evt-1')).then([]);
    given([defined(), paused, resumed])
      .when(fire('evt-1'))
      .then([fired('evt-1')]);
  });

  it('puts the customer in the control group the hash says', () => {
    const share = 0.5;
    const group = inControlGroup(automationId, customerId, share) ? 'control' : 'treated';
    given([defined(1, { controlShare: share })])
      .when(fire('evt-1'))
      .then([fired('evt-1', group)]);
  });

  it('fires exactly once per trigger, whatever the order and repetition of attempts (replays, rebuilds, retries)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('t1', 't2', 't3', 't4'), { minLength: 1, maxLength: 40 }), (attempts) => {
        const log: AutomationEvent[] = [defined()];
        for (const trigger of attempts) {
          log.push(...automationDecider.decide(fire(trigger), log.reduce(automationDecider.evolve, automationDecider.initialState)));
        }
        const firings = log.filter((event): event is AutomationFired => event.type === 'AutomationFired').map((event) => event.data.triggerEventId);
        expect(firings.sort()).toEqual([...new Set(attempts)].sort());
      }),
    );
  });
});

describe('control group split', () => {
  it('is the same for a customer every time, and holds back a share close to the one asked', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.uuid(), fc.double({ min: 0, max: 0.5, noNaN: true }), (automation, customer, share) => {
        expect(inControlGroup(automation, customer, share)).toBe(inControlGroup(automation, customer, share));
        expect(controlBucket(automation, customer)).toBeGreaterThanOrEqual(0);
        expect(controlBucket(automation, customer)).toBeLessThan(1);
        // A larger share only adds customers to the control group: nobody moves back.
        if (inControlGroup(automation, customer, share)) expect(inControlGroup(automation, customer, Math.min(0.5, share + 0.1))).toBe(true);
      }),
    );
    const customers = fc.sample(fc.uuid(), 4_000);
    const held = customers.filter((customer) => inControlGroup(automationId, customer, 0.2)).length / customers.length;
    // 4,000 draws: the standard error of a 20 % share is 0.63 %; 3 % off would be a broken hash.
    expect(held).toBeGreaterThan(0.17);
    expect(held).toBeLessThan(0.23);
  });

  it('splits independently per automation', () => {
    const customers = fc.sample(fc.uuid(), 2_000);
    const other = '0f1e2d3c-4b5a-4968-8776-655443322110';
    const both = customers.filter((customer) => inControlGroup(automationId, customer, 0.5) && inControlGroup(other, customer, 0.5)).length / customers.length;
    expect(both).toBeGreaterThan(0.2);
    expect(both).toBeLessThan(0.3);
  });
});

describe('conditions', () => {
  const data = { amount: 12_000, currency: 'EUR', lines: [{ sku: 'A-1' }], note: null };
  it.each([
    [{ field: 'amount', op: 'gte', value: 12_000 }, true],
    [{ field: 'amount', op: 'gt', value: 12_000 }, false],
    [{ field: 'currency', op: 'eq', value: 'EUR' }, true],
    [{ field: 'currency', op: 'neq', value: 'EUR' }, false],
    [{ field: 'lines.0.sku', op: 'eq', value: 'A-1' }, true],
    [{ field: 'note', op: 'exists' }, false],
    [{ field: 'amount', op: 'lt', value: 'x' }, false],
  ] as const)('%j holds: %s', (condition, expected) => {
    expect(conditionsHold(data, [condition])).toBe(expected);
  });
});
