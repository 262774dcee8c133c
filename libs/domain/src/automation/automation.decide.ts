import type { Decider } from '../shared/decider.js';
import { NotFoundError } from '../shared/errors.js';
import { integerProblem, MAX_LONG_TEXT, oneOfProblem, referenceProblem, textProblem, uuidProblem } from '../shared/field-checks.js';
import { automationStreamName } from '../shared/stream-names.js';
import { unknownCommand } from '../shared/unknown-command.js';
import { assertValid, nested, type Check } from '../shared/validation.js';
import type { AutomationCommand, DefineAutomation, PauseAutomation, RecordAutomationFiring, ResumeAutomation } from './automation.commands.js';
import {
  conditionOperators,
  messageChannels,
  triggerKinds,
  type AutomationCondition,
  type AutomationDefinition,
  type AutomationDefined,
  type AutomationEvent,
  type AutomationFired,
  type AutomationPaused,
  type AutomationResumed,
  type FiringGroup,
} from './automation.events.js';
import { inControlGroup } from '../experiment/control-group.js';
import { lifecycleStages } from '../lifecycle/lifecycle.stage.js';
import { signalTypes } from '../signal/signal-types.js';

export type AutomationState = {
  definition: AutomationDefinition | null;
  version: number;
  paused: boolean;
  /** Every trigger already acted on, with the group its customer fell in. */
  fired: ReadonlyMap<string, FiringGroup>;
};

export const initialAutomationState: AutomationState = { definition: null, version: 0, paused: false, fired: new Map() };

export function evolveAutomation(state: AutomationState, event: AutomationEvent): AutomationState {
  switch (event.type) {
    case 'AutomationDefined': {
      const { automationId: _id, version, occurredAt: _at, ...definition } = event.data;
      return { ...state, definition, version };
    }
    case 'AutomationPaused':
      return { ...state, paused: true };
    case 'AutomationResumed':
      return { ...state, paused: false };
    case 'AutomationFired':
      return { ...state, fired: new Map(state.fired).set(event.data.triggerEventId, event.data.group) };
    default:
      // Folded beside other streams' events (stateAsOf): a type not of this stream changes nothing.
      return state;
  }
}

const MAX_DELAY_MINUTES = 365 * 24 * 60;
/** Holding back more than half would make the automation the experiment's minority. */
export const MAX_CONTROL_SHARE = 0.5;

function triggerProblems(trigger: AutomationDefinition['trigger'] | undefined): Check[] {
  if (trigger === null || typeof trigger !== 'object') return [['trigger', 'is required']];
  const kind: Check = ['kind', oneOfProblem(trigger.kind, triggerKinds)];
  if (trigger.kind === 'segment')
    return nested('trigger', [kind, ['segmentId', uuidProblem(trigger.segmentId)], ['on', oneOfProblem(trigger.on, ['enter', 'exit'])]]);
  if (trigger.kind === 'lifecycle') {
    return nested('trigger', [
      kind,
      ['to', oneOfProblem(trigger.to, lifecycleStages)],
      ['from', trigger.from === null || trigger.from === undefined ? null : oneOfProblem(trigger.from, lifecycleStages)],
    ]);
  }
  if (trigger.kind === 'signal')
    return nested('trigger', [kind, ['signalType', oneOfProblem(trigger.signalType, signalTypes)], ...conditionProblems(trigger.conditions)]);
  if (trigger.kind !== 'event') return nested('trigger', [kind]);
  return nested('trigger', [
    kind,
    [
      'eventType',
      textProblem(trigger.eventType) ??
        (String(trigger.eventType).startsWith('Automation') ? 'must not be an automation’s own event (one automation would set off another)' : null),
    ],
    ...conditionProblems(trigger.conditions),
  ]);
}

/** Conditions on an event's data or a signal's facts. */
function conditionProblems(list: unknown): Check[] {
  const conditions = Array.isArray(list) ? (list as Partial<AutomationCondition>[]) : null;
  return [
    ['conditions', conditions === null ? 'must be a list (empty for none)' : conditions.length > 20 ? 'must hold at most 20 conditions' : null],
    ...(conditions ?? []).flatMap((condition, index): Check[] =>
      nested(`conditions.${index}`, [
        ['field', textProblem(condition?.field)],
        ['op', oneOfProblem(condition?.op, conditionOperators)],
        [
          'value',
          condition?.op === 'exists' || ['string', 'number', 'boolean'].includes(typeof condition?.value) ? null : 'must be text, a number or true/false',
        ],
      ]),
    ),
  ];
}

function urlProblem(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2_000) return 'must be an http(s) URL';
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol) ? null : 'must be an http(s) URL';
  } catch {
    return 'must be an http(s) URL';
  }
}

function actionProblems(action: AutomationDefinition['action'] | undefined): Check[] {
  if (action === null || typeof action !== 'object') return [['action', 'is required']];
  const checks: Check[] = (() => {
    switch (action.kind) {
      case 'task':
        return [
          ['title', textProblem(action.title)],
          ['dueInMinutes', integerProblem(action.dueInMinutes, { min: 0, max: MAX_DELAY_MINUTES })],
        ];
      case 'notify':
        return [['message', textProblem(action.message, 500)]];
      case 'message':
        return [
          ['channel', oneOfProblem(action.channel, messageChannels)],
          ['subject', textProblem(action.subject)],
          ['body', textProblem(action.body, MAX_LONG_TEXT)],
        ];
      case 'webhook':
        return [['url', urlProblem(action.url)]];
      default:
        return [['kind', oneOfProblem((action as { kind: unknown }).kind, ['task', 'notify', 'message', 'webhook'])]];
    }
  })();
  return nested('action', checks);
}

function shareProblem(value: unknown): string | null {
  return typeof value === 'number' && value >= 0 && value <= MAX_CONTROL_SHARE ? null : `must be a number from 0 to ${MAX_CONTROL_SHARE}`;
}

/** A new version only when something changed; a paused automation stays paused. */
export function defineAutomation({ data, metadata }: DefineAutomation, state: AutomationState): AutomationDefined[] {
  assertValid([
    ['automationId', uuidProblem(data.automationId)],
    ['name', textProblem(data.name)],
    ...triggerProblems(data.trigger),
    ['delayMinutes', integerProblem(data.delayMinutes, { min: 0, max: MAX_DELAY_MINUTES })],
    ...actionProblems(data.action),
    ['controlShare', shareProblem(data.controlShare)],
  ]);
  if (data.existing) existing(state, data.automationId);
  const { name, delayMinutes, action, controlShare } = data;
  // A lifecycle trigger without `from` means from any stage.
  const trigger = data.trigger.kind === 'lifecycle' ? { kind: 'lifecycle' as const, to: data.trigger.to, from: data.trigger.from ?? null } : data.trigger;
  const definition: AutomationDefinition = { name: name.trim(), trigger, delayMinutes, action, controlShare };
  if (JSON.stringify(definition) === JSON.stringify(state.definition)) return [];
  return [
    { type: 'AutomationDefined', data: { automationId: data.automationId, version: state.version + 1, occurredAt: metadata.now.toISOString(), ...definition } },
  ];
}

function existing(state: AutomationState, automationId: string): AutomationDefinition {
  if (state.definition === null) throw new NotFoundError('automation', automationId);
  return state.definition;
}

export function pauseAutomation({ data, metadata }: PauseAutomation, state: AutomationState): AutomationPaused[] {
  existing(state, data.automationId);
  return state.paused ? [] : [{ type: 'AutomationPaused', data: { automationId: data.automationId, occurredAt: metadata.now.toISOString() } }];
}

export function resumeAutomation({ data, metadata }: ResumeAutomation, state: AutomationState): AutomationResumed[] {
  existing(state, data.automationId);
  return state.paused ? [{ type: 'AutomationResumed', data: { automationId: data.automationId, occurredAt: metadata.now.toISOString() } }] : [];
}

/**
 * Each trigger fires once: seen again (a retried job, a replayed or rebuilt reactor) it records
 * nothing. A paused automation lets its pending triggers pass. The control group is decided here,
 * from ids alone, so a firing says for ever which group its customer was in.
 */
export function recordAutomationFiring({ data, metadata }: RecordAutomationFiring, state: AutomationState): AutomationFired[] {
  assertValid([
    ['triggerEventId', referenceProblem(data.triggerEventId)],
    ['customerId', uuidProblem(data.customerId)],
  ]);
  const definition = existing(state, data.automationId);
  if (state.paused || state.fired.has(data.triggerEventId)) return [];
  const group: FiringGroup = inControlGroup(data.automationId, data.customerId, definition.controlShare) ? 'control' : 'treated';
  const { automationId, triggerEventId, customerId } = data;
  return [
    { type: 'AutomationFired', data: { automationId, version: state.version, triggerEventId, customerId, group, occurredAt: metadata.now.toISOString() } },
  ];
}

export function decideAutomation(command: AutomationCommand, state: AutomationState): AutomationEvent[] {
  switch (command.type) {
    case 'DefineAutomation':
      return defineAutomation(command, state);
    case 'PauseAutomation':
      return pauseAutomation(command, state);
    case 'ResumeAutomation':
      return resumeAutomation(command, state);
    case 'RecordAutomationFiring':
      return recordAutomationFiring(command, state);
    default:
      throw unknownCommand(command);
  }
}

export const automationDecider: Decider<AutomationCommand, AutomationEvent, AutomationState> = {
  streamName: (command) => automationStreamName(command.data.automationId),
  decide: decideAutomation,
  evolve: evolveAutomation,
  initialState: initialAutomationState,
};
