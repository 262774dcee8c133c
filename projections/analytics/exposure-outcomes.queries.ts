import type { ExperimentGroup, ExposureOutcome } from '#crm/domain';
import type { ReadDatabase } from '#crm/read-store';
import type { Kysely } from 'kysely';
import { analyticsProjection } from './analytics.projection.js';

/** A customer exposed (or held back) at an instant: an automation's firing, a campaign's targeted customer. */
export type Exposure = { customerId: string; group: ExperimentGroup; at: Date };

/**
 * What followed each exposure within `windowMs`, from the analytics facts: responded (bought or
 * answered a promotion), purchases, and net revenue in minor units (purchases, cancellations and
 * returns signed; currencies not converted), also per currency, current versions of the facts only.
 */
export async function exposureOutcomes(
  db: Kysely<ReadDatabase>,
  exposures: readonly Exposure[],
  windowMs: number,
): Promise<(Exposure & ExposureOutcome & { revenueByCurrency: Record<string, number> })[]> {
  if (exposures.length === 0) return [];
  const customers = [...new Set(exposures.map((exposure) => exposure.customerId))];
  const times = exposures.map((exposure) => exposure.at.getTime());
  const [from, to] = [new Date(Math.min(...times)), new Date(Math.max(...times) + windowMs)];
  const analytics = analyticsProjection.read(db);
  const purchases = await analytics
    .selectFrom('purchase_fact')
    .select(['customer_id', 'kind', 'amount', 'currency', 'occurred_at'])
    .where('customer_id', 'in', customers)
    .where('superseded_at', 'is', null)
    .where('occurred_at', '>=', from)
    .where('occurred_at', '<', to)
    .execute();
  const answers = await analytics
    .selectFrom('promotion_fact')
    .select(['customer_id', 'occurred_at'])
    .where('kind', '=', 'answered')
    .where('customer_id', 'in', customers)
    .where('occurred_at', '>=', from)
    .where('occurred_at', '<', to)
    .execute();
  return exposures.map((exposure) => {
    const within = (at: Date) => at >= exposure.at && at.getTime() < exposure.at.getTime() + windowMs;
    const mine = purchases.filter((row) => row.customer_id === exposure.customerId && within(row.occurred_at));
    const bought = mine.filter((row) => row.kind === 'purchase').length;
    const answered = answers.some((row) => row.customer_id === exposure.customerId && within(row.occurred_at));
    const revenueByCurrency: Record<string, number> = {};
    for (const row of mine) revenueByCurrency[row.currency] = (revenueByCurrency[row.currency] ?? 0) + Number(row.amount);
    const revenue = Object.values(revenueByCurrency).reduce((sum, amount) => sum + amount, 0);
    return { ...exposure, responded: bought > 0 || answered, purchases: bought, revenue, revenueByCurrency };
  });
}
