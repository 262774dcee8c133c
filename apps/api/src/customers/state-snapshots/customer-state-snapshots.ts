import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { EVENT_CODEC, type EventCodec } from '#crm/commands';
import { CUSTOMER_FOLD_VERSION, customerStreamName, type CustomerState } from '#crm/domain';
import { READ_DB, type ReadDatabase } from '#crm/read-store';
import type { CustomerStateSnapshotDatabase } from './customer-state-snapshot.table.js';

/**
 * An event a fold at a business time must read even past that time: one that happened before an
 * event ahead of it in the log (a late one, at its business time in ms), or an erasure (null: it
 * holds at every instant).
 */
export type LateEvent = { revision: bigint; businessTime: number | null };

/**
 * What a snapshot says of the business times of its stream: the latest of the events folded in
 * (erasures aside; null for none), and the late events from `lateSince` (the revision after the
 * previous snapshot) to its own revision.
 */
export type SnapshotMark = { revision: bigint; recordedAt: Date; maxBusinessTime: number | null; lateSince: bigint; late: LateEvent[] };

/** The state after folding the event at `revision`, recorded at `recordedAt`. */
export type FoldedState = SnapshotMark & { state: CustomerState };

export const SNAPSHOT_EVERY = 100;

/** How many revisions apart the snapshots are: SNAPSHOT_EVERY unless a test asks for more of them. */
export const SNAPSHOT_INTERVAL = Symbol('SNAPSHOT_INTERVAL');

/**
 * Snapshots of the folded customer state, for the state as of an instant or at a business time.
 * The whole state goes through the event codec as the `personal` object of a pseudo-event of the
 * customer's stream: sealed with the person's data key, bound (by the type in its associated data)
 * to its fold version and revision, and unreadable once the person is erased, like the events it
 * came from. The business times beside it are in the clear, as the events' own are.
 */
@Injectable()
export class CustomerStateSnapshots {
  private readonly db: Kysely<CustomerStateSnapshotDatabase>;

  constructor(
    @Inject(READ_DB) db: Kysely<ReadDatabase>,
    @Inject(EVENT_CODEC) private readonly codec: EventCodec,
    @Optional() @Inject(SNAPSHOT_INTERVAL) readonly every: number = SNAPSHOT_EVERY,
  ) {
    this.db = db;
  }

  /** Whether the state after this revision is one the snapshots keep. */
  isSnapshotRevision(revision: bigint): boolean {
    return (revision + 1n) % BigInt(this.every) === 0n;
  }

  /** The newest snapshot of what was recorded by `asOf` (of everything without it) that can still be read. */
  async latest(customerId: string, asOf?: Date): Promise<FoldedState | null> {
    const row = await this.rows(customerId, asOf).select('state').orderBy('revision', 'desc').limit(1).executeTakeFirst();
    return row ? this.unseal(customerId, markOf(row), row.state) : null;
  }

  /** The marks of the snapshots of what was recorded by `asOf` (of everything without it), oldest first. */
  async marks(customerId: string, asOf?: Date): Promise<SnapshotMark[]> {
    return (await this.rows(customerId, asOf).orderBy('revision', 'asc').execute()).map(markOf);
  }

  /** The state of a snapshot, or null once the person is erased. */
  async open(customerId: string, mark: SnapshotMark): Promise<FoldedState | null> {
    const row = await this.rows(customerId).select('state').where('revision', '=', mark.revision.toString()).executeTakeFirst();
    return row ? this.unseal(customerId, mark, row.state) : null;
  }

  private rows(customerId: string, asOf?: Date) {
    return this.db
      .selectFrom('customer_state_snapshot')
      .select(['revision', 'recorded_at', 'max_business_time', 'late_since', 'late_events'])
      .where('customer_id', '=', customerId)
      .where('fold_version', '=', CUSTOMER_FOLD_VERSION)
      .$if(asOf !== undefined, (query) => query.where('recorded_at', '<=', asOf!));
  }

  /** Null once the person is erased: the key is gone, and the snapshot with it (the caller folds from the start). */
  private async unseal(customerId: string, mark: SnapshotMark, sealed: Record<string, unknown>): Promise<FoldedState | null> {
    const { personal } = await this.codec.decode({ ...sealedAs(customerId, mark.revision), data: sealed });
    if (typeof personal !== 'object' || personal === null) return null;
    return { ...mark, state: personal as CustomerState };
  }

  /** Keeps these states; one already kept for a revision stays as it is. */
  async save(customerId: string, folded: FoldedState[]): Promise<void> {
    const rows = await Promise.all(
      folded.map(async ({ revision, recordedAt, state, maxBusinessTime, lateSince, late }) => ({
        customer_id: customerId,
        fold_version: CUSTOMER_FOLD_VERSION,
        revision: revision.toString(),
        recorded_at: recordedAt,
        state: await this.codec.encode({ ...sealedAs(customerId, revision), data: { personal: state } }),
        max_business_time: maxBusinessTime === null ? null : new Date(maxBusinessTime),
        late_since: lateSince.toString(),
        // as JSON text: pg would send an array as a PostgreSQL array
        late_events: JSON.stringify(late.map(({ revision: at, businessTime }) => [at.toString(), businessTime === null ? null : new Date(businessTime).toISOString()])),
      })),
    );
    await this.db
      .insertInto('customer_state_snapshot')
      .values(rows)
      .onConflict((conflict) => conflict.columns(['customer_id', 'fold_version', 'revision']).doNothing())
      .execute();
  }
}

type MarkRow = { revision: string; recorded_at: Date; max_business_time: Date | null; late_since: string; late_events: [string, string | null][] };

const markOf = (row: MarkRow): SnapshotMark => ({
  revision: BigInt(row.revision),
  recordedAt: row.recorded_at,
  maxBusinessTime: row.max_business_time?.getTime() ?? null,
  lateSince: BigInt(row.late_since),
  late: row.late_events.map(([revision, at]) => ({ revision: BigInt(revision), businessTime: at === null ? null : Date.parse(at) })),
});

const sealedAs = (customerId: string, revision: bigint) => ({
  streamName: customerStreamName(customerId),
  type: `CustomerStateSnapshot:v${CUSTOMER_FOLD_VERSION}:${revision}`,
});
