import type { Money } from '../../shared/money.js';

/**
 * The money an event adds to what the customer has spent, signed: a purchase counts its amount, a
 * cancellation takes its amount back. Null for events that move no money, whatever their type.
 */
export function eventAmount(event: { type: string; data: object }): Money | null {
  const { amount, currency } = event.data as Partial<Money>;
  if (amount === undefined || currency === undefined) return null;
  if (event.type === 'PurchaseRecorded') return { amount, currency };
  if (event.type === 'PurchaseCancelled' || event.type === 'ReturnRecorded') return { amount: -amount, currency };
  return null;
}
