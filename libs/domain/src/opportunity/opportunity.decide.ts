import type { Decider } from '../shared/decider.js';
import { integerProblem, MAX_LONG_TEXT, oneOfProblem, optional, textProblem, uuidProblem } from '../shared/field-checks.js';
import { currencyProblem, minorUnitsProblem, moneyChecks } from '../shared/money.js';
import { requireExisting } from '../shared/require-existing.js';
import { opportunityStreamName } from '../shared/stream-names.js';
import { occurredAtOrNow, occurredAtProblem } from '../shared/time.js';
import { unknownCommand } from '../shared/unknown-command.js';
import { assertValid } from '../shared/validation.js';
import type {
  ChangeOpportunityStage,
  LoseOpportunity,
  OpenOpportunity,
  OpportunityCommand,
  UpdateOpportunity,
  WinOpportunity,
} from './opportunity.commands.js';
import { defaultPipelineStages } from '../pipeline/pipeline.events.js';
import { opportunityAlreadyOpened, opportunityClosed } from './opportunity.errors.js';
import {
  opportunityStages,
  type ClosingDay,
  type OpportunityEvent,
  type OpportunityLost,
  type OpportunityOpened,
  type DealChanges,
  type OpportunityStageChanged,
  type OpportunityUpdated,
  type OpportunityWon,
} from './opportunity.events.js';
import { evolveOpportunity, initialOpportunityState, type OpportunityState } from './opportunity.state.js';

const probabilityProblem = (value: unknown) => integerProblem(value, { min: 0, max: 100 });

/** A day, not an instant: a deal is expected to close on a date wherever its people are. */
function calendarDateProblem(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'must be a date, YYYY-MM-DD';
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth ? null : 'must be a date that exists';
}

const closingDay = ({ closedOn }: ClosingDay): ClosingDay => (closedOn === undefined ? {} : { closedOn });

/** A close given only as a day happened at that day's start (UTC), so it cannot be a day still to come. */
function closedOnProblem(closedOn: unknown, occurredAt: unknown, now: Date): string | null {
  if (closedOn === undefined) return null;
  const problem = calendarDateProblem(closedOn);
  if (problem !== null || occurredAt !== undefined) return problem;
  return occurredAtProblem(`${closedOn as string}T00:00:00Z`, now) === null ? null : 'must not be a day still to come';
}

/** The closing instant: the time given, else the start of the day given, else now. */
const closedAt = (data: { occurredAt?: string } & ClosingDay, now: Date) =>
  occurredAtOrNow(data.occurredAt ?? (data.closedOn === undefined ? undefined : `${data.closedOn}T00:00:00Z`), now);

function requireOpen(state: OpportunityState, opportunityId: string) {
  const deal = requireExisting(state, 'opportunity', opportunityId);
  if (deal.status !== 'open') throw opportunityClosed(opportunityId, deal.status);
  return deal;
}

export function openOpportunity({ data, metadata }: OpenOpportunity, state: OpportunityState): OpportunityOpened[] {
  assertValid([
    ['opportunityId', uuidProblem(data.opportunityId)],
    ['customerId', uuidProblem(data.customerId)],
    ['interest', textProblem(data.interest)],
    ...moneyChecks('expectedAmount', data.expectedAmount, { min: 0 }),
    ['ownerId', uuidProblem(data.ownerId)],
    ['stage', optional(data.stage, (stage) => oneOfProblem(stage, opportunityStages))],
    ['occurredAt', occurredAtProblem(data.occurredAt, metadata.now)],
    ['expectedCloseDate', optional(data.expectedCloseDate, calendarDateProblem)],
    ['probability', optional(data.probability, probabilityProblem)],
    ['product', optional(data.product, (product) => textProblem(product))],
  ]);
  if (state.status !== 'unknown') throw opportunityAlreadyOpened(data.opportunityId);
  const forecast = {
    ...(data.expectedCloseDate === undefined ? {} : { expectedCloseDate: data.expectedCloseDate }),
    ...(data.probability === undefined ? {} : { probability: data.probability }),
    ...(data.product === undefined ? {} : { product: data.product.trim() }),
  };
  const { opportunityId, customerId, ownerId, expectedAmount } = data;
  return [
    {
      type: 'OpportunityOpened',
      data: {
        opportunityId,
        customerId,
        occurredAt: occurredAtOrNow(data.occurredAt, metadata.now),
        interest: data.interest.trim(),
        expectedAmount: { amount: expectedAmount.amount, currency: expectedAmount.currency },
        ownerId,
        stage: data.stage ?? defaultPipelineStages[0]!.stage,
        ...forecast,
      },
    },
  ];
}

/** Moving to the stage the deal is already in changes nothing, unless it sets the deal's own probability. */
export function changeOpportunityStage({ data, metadata }: ChangeOpportunityStage, state: OpportunityState): OpportunityStageChanged[] {
  assertValid([
    ['stage', oneOfProblem(data.stage, opportunityStages)],
    ['occurredAt', occurredAtProblem(data.occurredAt, metadata.now)],
    ['probability', optional(data.probability, probabilityProblem)],
  ]);
  const deal = requireOpen(state, data.opportunityId);
  if (deal.stage === data.stage && (data.probability === undefined || data.probability === deal.probability)) return [];
  const occurredAt = occurredAtOrNow(data.occurredAt, metadata.now);
  const { opportunityId, customerId } = deal;
  const probability = data.probability === undefined ? {} : { probability: data.probability };
  return [{ type: 'OpportunityStageChanged', data: { opportunityId, customerId, occurredAt, from: deal.stage, to: data.stage, ...probability } }];
}

/**
 * Edits an open deal's amount, owner, interest, expected close date or product. Only what differs
 * from the deal is recorded; the same values again record nothing. Closed deals are history.
 */
export function updateOpportunity({ data, metadata }: UpdateOpportunity, state: OpportunityState): OpportunityUpdated[] {
  const fields = ['interest', 'expectedAmount', 'ownerId', 'expectedCloseDate', 'product'] as const;
  assertValid([
    ['interest', optional(data.interest, (interest) => textProblem(interest))],
    ...(data.expectedAmount === undefined ? [] : moneyChecks('expectedAmount', data.expectedAmount, { min: 0 })),
    ['ownerId', optional(data.ownerId, uuidProblem)],
    ['expectedCloseDate', optional(data.expectedCloseDate, calendarDateProblem)],
    ['product', optional(data.product, (product) => textProblem(product))],
    ['occurredAt', occurredAtProblem(data.occurredAt, metadata.now)],
    [fields.join(', '), fields.some((field) => data[field] !== undefined) ? null : 'name at least one of these to change'],
  ]);
  const deal = requireOpen(state, data.opportunityId);
  const asked: DealChanges = {
    ...(data.interest !== undefined && { interest: data.interest.trim() }),
    ...(data.expectedAmount !== undefined && { expectedAmount: { amount: data.expectedAmount.amount, currency: data.expectedAmount.currency } }),
    ...(data.ownerId !== undefined && { ownerId: data.ownerId }),
    ...(data.expectedCloseDate !== undefined && { expectedCloseDate: data.expectedCloseDate }),
    ...(data.product !== undefined && { product: data.product === null ? null : data.product.trim() }),
  };
  const changes = Object.fromEntries(
    Object.entries(asked).filter(([field, value]) => JSON.stringify(value) !== JSON.stringify(deal[field as keyof DealChanges])),
  ) as DealChanges;
  if (Object.keys(changes).length === 0) return [];
  const occurredAt = occurredAtOrNow(data.occurredAt, metadata.now);
  return [{ type: 'OpportunityUpdated', data: { opportunityId: deal.opportunityId, customerId: deal.customerId, occurredAt, changes } }];
}

/** The amount won may differ from the expected one, in amount and in currency. */
export function winOpportunity({ data, metadata }: WinOpportunity, state: OpportunityState): OpportunityWon[] {
  assertValid([
    ['amount', minorUnitsProblem(data.amount, { min: 0 })],
    ['currency', currencyProblem(data.currency)],
    ['occurredAt', occurredAtProblem(data.occurredAt, metadata.now)],
    ['closedOn', closedOnProblem(data.closedOn, data.occurredAt, metadata.now)],
  ]);
  const deal = requireOpen(state, data.opportunityId);
  const occurredAt = closedAt(data, metadata.now);
  return [
    {
      type: 'OpportunityWon',
      data: {
        opportunityId: deal.opportunityId,
        customerId: deal.customerId,
        occurredAt,
        ...closingDay(data),
        amount: data.amount,
        currency: data.currency,
      },
    },
  ];
}

export function loseOpportunity({ data, metadata }: LoseOpportunity, state: OpportunityState): OpportunityLost[] {
  assertValid([
    ['reason', textProblem(data.reason, MAX_LONG_TEXT)],
    ['occurredAt', occurredAtProblem(data.occurredAt, metadata.now)],
    ['closedOn', closedOnProblem(data.closedOn, data.occurredAt, metadata.now)],
  ]);
  const deal = requireOpen(state, data.opportunityId);
  const occurredAt = closedAt(data, metadata.now);
  return [
    {
      type: 'OpportunityLost',
      data: { opportunityId: deal.opportunityId, customerId: deal.customerId, occurredAt, ...closingDay(data), reason: data.reason.trim() },
    },
  ];
}

export function decideOpportunity(command: OpportunityCommand, state: OpportunityState): OpportunityEvent[] {
  switch (command.type) {
    case 'OpenOpportunity':
      return openOpportunity(command, state);
    case 'ChangeOpportunityStage':
      return changeOpportunityStage(command, state);
    case 'UpdateOpportunity':
      return updateOpportunity(command, state);
    case 'WinOpportunity':
      return winOpportunity(command, state);
    case 'LoseOpportunity':
      return loseOpportunity(command, state);
    default:
      throw unknownCommand(command);
  }
}

export const opportunityDecider: Decider<OpportunityCommand, OpportunityEvent, OpportunityState> = {
  streamName: (command) => opportunityStreamName(command.data.opportunityId),
  decide: decideOpportunity,
  evolve: evolveOpportunity,
  initialState: initialOpportunityState,
};
