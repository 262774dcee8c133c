/**
 * Corrections of a touch already recorded. The touch's own event is never changed: these events,
 * on the same customer stream, say that it was voided (it did not happen, or not with this
 * customer) or that some of its fields were wrong. Each carries the touch's fields outside
 * `personal` as they stood before (and after) it, so the state and every read model can take
 * back or adjust the touch's effect from the event alone.
 */
import type { DomainEvent } from '../../shared/decider.js';
import type { WithPersonal } from '../../shared/personal-data.js';
import type { TouchEvent } from '../touches/touch.events.js';

type WithoutPersonal<E> = E extends { type: infer Type; data: infer Data } ? { type: Type; data: Omit<Data, 'personal'> } : never;

/** A touch as the read models see it: its type and the fields outside `personal`. */
export type TouchFacts = WithoutPersonal<TouchEvent>;

export type TouchVoided = DomainEvent<
  'TouchVoided',
  { customerId: string; touchEventId: string; occurredAt: string; voided: TouchFacts } & WithPersonal<{ reason: string }>
>;

/**
 * `fields` names what changed; `personal` holds the new values of the personal fields among them
 * (encrypted with the customer's key like any other), `corrected` the touch's other fields after.
 */
export type TouchCorrected = DomainEvent<
  'TouchCorrected',
  {
    customerId: string;
    touchEventId: string;
    occurredAt: string;
    fields: string[];
    previous: TouchFacts;
    corrected: TouchFacts;
  } & WithPersonal<Record<string, unknown>>
>;

export type TouchCorrectionEvent = TouchVoided | TouchCorrected;

export const touchCorrectionEventTypes = ['TouchVoided', 'TouchCorrected'] as const satisfies readonly TouchCorrectionEvent['type'][];

export function isTouchCorrection(event: { type: string }): event is TouchCorrectionEvent {
  return event.type === 'TouchVoided' || event.type === 'TouchCorrected';
}

/** The facts of a touch event, its personal data left out. */
export function touchFacts(touch: TouchEvent): TouchFacts {
  const { personal: _personal, ...data } = touch.data as TouchEvent['data'] & { personal?: unknown };
  return { type: touch.type, data } as TouchFacts;
}
