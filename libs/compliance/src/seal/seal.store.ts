import type { Kysely, Selectable } from 'kysely';
import type { SealEntry } from './seal-entry.js';
import type { Seal } from './seal.js';
import type { AuditDatabase, AuditSealTable, SealedLogName } from './seal.table.js';

const HEADER_COLUMNS = [
  'log',
  'seq',
  'sealed_at',
  'after_ref',
  'through_ref',
  'item_count',
  'total_count',
  'previous_hash',
  'head_hash',
  'key_id',
  'signature',
] as const;

/** The audit_seal table: seals are only ever added, by the Sealer. */
export class SealStore {
  constructor(private readonly db: Kysely<AuditDatabase>) {}

  /** Every seal of a log, oldest first, without entries. */
  async list(log: SealedLogName): Promise<Seal[]> {
    const rows = await this.db.selectFrom('audit_seal').select(HEADER_COLUMNS).where('log', '=', log).orderBy('seq').execute();
    return rows.map(toSeal);
  }

  async last(log: SealedLogName): Promise<Seal | null> {
    const row = await this.db
      .selectFrom('audit_seal')
      .select(HEADER_COLUMNS)
      .where('log', '=', log)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? toSeal(row) : null;
  }

  async entries(log: SealedLogName, seq: string): Promise<SealEntry[]> {
    const row = await this.db.selectFrom('audit_seal').select('entries').where('log', '=', log).where('seq', '=', seq).executeTakeFirst();
    // the column holds what add() wrote: SealEntry values
    return (row?.entries ?? []) as SealEntry[];
  }

  async add(seal: Seal, entries: readonly SealEntry[]): Promise<void> {
    await this.db
      .insertInto('audit_seal')
      .values({
        log: seal.log,
        seq: seal.seq,
        sealed_at: new Date(seal.sealedAt),
        after_ref: seal.after,
        through_ref: seal.through,
        item_count: seal.count,
        total_count: seal.total,
        previous_hash: seal.previousHash,
        head_hash: seal.headHash,
        key_id: seal.keyId,
        signature: seal.signature,
        entries: JSON.stringify(entries),
      })
      .execute();
  }
}

function toSeal(row: Pick<Selectable<AuditSealTable>, (typeof HEADER_COLUMNS)[number]>): Seal {
  return {
    log: row.log,
    seq: String(row.seq),
    sealedAt: row.sealed_at.toISOString(),
    after: row.after_ref,
    through: row.through_ref,
    count: row.item_count,
    total: String(row.total_count),
    previousHash: row.previous_hash,
    headHash: row.head_hash,
    keyId: row.key_id,
    signature: row.signature,
  };
}
