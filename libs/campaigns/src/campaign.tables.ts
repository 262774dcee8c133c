import type { ReadDatabase } from '#crm/read-store';
import type { Selectable } from 'kysely';

/**
 * Where a customer's message in a campaign stands, in the delivery ledger (campaign_delivery,
 * read-store's read-database.ts): pending → recorded (PromotionSent appended) → sending (handed to
 * the transport) → sent; or skipped (no consent) / failed; or held-back (the control group).
 */
export type DeliveryStatus = Selectable<ReadDatabase['campaign_delivery']>['status'];
