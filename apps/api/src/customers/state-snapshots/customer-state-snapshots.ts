import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { EVENT_CODEC, type EventCodec } from '#crm/commands';
import { CUSTOMER_FOLD_VERSION, customerStreamName, type CustomerState } from '#crm/domain';
import { READ_DB } from '#crm/read-store';
import type { CustomerStateSnapshotDatabase } from './customer-state-snapshot.table.js';

/** The state after folding the event at `revision`, recorded at `recordedAt`. */
export type FoldedState = { revision: bigint; recordedAt: Date; state: CustomerState };

export const SNAPSHOT_EVERY = 100;

/** Whether the state after this revision is one the snapshots keep. */
export const isSnapshotRevision = (revision: bigint): boolean => (revision + 1n) % BigInt(SNAPSHOT_EVERY) === 0n;

/**
 * Snapshots of the folded customer state, for the state as of an instant. The whole state goes
 * through the event codec as the `personal` object of a pseudo-event of the customer's stream:
 * sealed with the person's data key, bound (by the type in its associated data) to its fold
 * version and revision, and unreadable once the person is erased, like the events it came from.
 */
@Injectable()
export class CustomerStateSnapshots {
  private readonly db: Kysely<CustomerStateSnapshotDatabase>;

  constructor(@Inject(READ_DB) db: Kysely<any>, @Inject(EVENT_CODEC) private readonly codec: EventCodec) {
    this.db = db;
  }

  /** The newest snapshot of what was recorded by `asOf` (of everything without it) that can still be read. */
  async latest(customerId: string, asOf?: Date): Promise<FoldedState | null> {
    const row = await this.db
      .selectFrom('customer_state_snapshot')
      .select(['revision', 'recorded_at', 'state'])
      .where('customer_id', '=', customerId)
      .where('fold_version', '=', CUSTOMER_FOLD_VERSION)
      .$if(asOf !== undefined, (query) => query.where('recorded_at', '<=', asOf!))
      .orderBy('revision', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!row) return null;
    const revision = BigInt(row.revision);
    const { personal } = await this.codec.decode({ ...sealedAs(customerId, revision), data: row.state });
    // The person was erased: the key is gone, and this snapshot with it (the caller folds from the start).
    if (typeof personal !== 'object' || personal === null) return null;
    return { revision, recordedAt: row.recorded_at, state: personal as CustomerState };
  }

  /** Keeps these states; one already kept for a revision stays as it is. */
  async save(customerId: string, folded: FoldedState[]): Promise<void> {
    const rows = await Promise.all(
      folded.map(async ({ revision, recordedAt, state }) => ({
        customer_id: customerId,
        fold_version: CUSTOMER_FOLD_VERSION,
        revision: revision.toString(),
        recorded_at: recordedAt,
        state: await this.codec.encode({ ...sealedAs(customerId, revision), data: { personal: state } }),
      })),
    );
    await this.db
      .insertInto('customer_state_snapshot')
      .values(rows)
      .onConflict((conflict) => conflict.columns(['customer_id', 'fold_version', 'revision']).doNothing())
      .execute();
  }
}

const sealedAs = (customerId: string, revision: bigint) => ({
  streamName: customerStreamName(customerId),
  type: `CustomerStateSnapshot:v${CUSTOMER_FOLD_VERSION}:${revision}`,
});
