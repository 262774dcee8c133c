import { oneOfProblem } from '../../shared/field-checks.js';
import { occurredAtOrNow, occurredAtProblem } from '../../shared/time.js';
import { assertValid, type Check } from '../../shared/validation.js';
import { requireActiveCustomer, requireLiveCustomer } from '../customer.errors.js';
import type { ActiveCustomer, CustomerState } from '../customer.state.js';
import type { TouchCommandBase } from './touch.commands.js';
import { touchChannels, type TouchBase } from './touch.events.js';

/**
 * What every touch decider does first: check the fields common to all touches and the touch's
 * own, then require a customer who exists and was not erased, nor merged into another unless
 * `merged: 'allowed'`.
 */
export function acceptTouch(
  data: TouchCommandBase,
  now: Date,
  state: CustomerState,
  checks: readonly Check[],
  merged: 'refused' | 'allowed' = 'refused',
): { base: TouchBase; customer: ActiveCustomer } {
  assertValid([['channel', oneOfProblem(data.channel, touchChannels)], ['occurredAt', occurredAtProblem(data.occurredAt, now)], ...checks]);
  const customer = merged === 'allowed' ? requireLiveCustomer(state, data.customerId) : requireActiveCustomer(state, data.customerId);
  return { base: { customerId: data.customerId, occurredAt: occurredAtOrNow(data.occurredAt, now), channel: data.channel }, customer };
}

export const trimmedOrNull = (value: string | null | undefined): string | null => value?.trim() || null;
