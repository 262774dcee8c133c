import { sql, type Kysely } from 'kysely';
import type { SealKey } from '#crm/crypto';
import type { EventStore } from '#crm/event-store';
import { chainEntries, GENESIS_HASH } from './seal-entry.js';
import { signedText, type Seal } from './seal.js';
import { SealStore } from './seal.store.js';
import type { AuditDatabase, SealedLogName } from './seal.table.js';
import { accessLog, eventLog, lockAccessLog, type SealedLog } from './sealed-logs.js';

/** First key of the advisory lock that lets one sealer at a time extend a log's seals ('SEAL'). */
const SEAL_LOCK_CLASS = 0x5345414c;
export const SEALED_LOGS: readonly SealedLogName[] = ['events', 'access'];

export type SealerOptions = {
  /** Items per seal at most: a seal's entries stay a few MB however long the log grew unsealed. */
  maxEntries?: number;
};

export type SealDue = { log: SealedLogName; unsealed: number; due: boolean };

/**
 * Writes seals: the items appended to a log since its last seal, hashed (every stored column),
 * chained onto the last seal's head and signed. Any number of processes may run one: an advisory
 * lock makes them take turns, and each seal's number is its predecessor's + 1.
 */
export class Sealer {
  private readonly maxEntries: number;

  constructor(
    private readonly db: Kysely<AuditDatabase>,
    private readonly store: EventStore,
    private readonly key: SealKey,
    options: SealerOptions = {},
  ) {
    this.maxEntries = options.maxEntries ?? 10_000;
  }

  /** Seals everything not sealed yet in both logs; the seals written, oldest first, each also told to `onSealed`. */
  async sealAll(onSealed?: (seal: Seal) => void): Promise<Seal[]> {
    const seals: Seal[] = [];
    for (const log of SEALED_LOGS) seals.push(...(await this.seal(log, onSealed)));
    return seals;
  }

  async seal(log: SealedLogName, onSealed?: (seal: Seal) => void): Promise<Seal[]> {
    const seals: Seal[] = [];
    for (;;) {
      const seal = await this.sealOnce(log);
      if (!seal) break;
      seals.push(seal);
      onSealed?.(seal);
      if (seal.count < this.maxEntries) break;
    }
    return seals;
  }

  /** How many items of a log wait for a seal. */
  async unsealed(log: SealedLogName): Promise<number> {
    const last = await new SealStore(this.db).last(log);
    return this.source(log, this.db).countAfter(last?.through ?? null, Number.MAX_SAFE_INTEGER);
  }

  /** Whether a log needs a seal: `everyItems` waiting, or any waiting since `everySeconds` after its last seal. */
  async due(log: SealedLogName, everyItems: number, everySeconds: number, now = new Date()): Promise<SealDue> {
    const last = await new SealStore(this.db).last(log);
    const unsealed = await this.source(log, this.db).countAfter(last?.through ?? null, everyItems);
    const waited = last === null || now.getTime() - Date.parse(last.sealedAt) >= everySeconds * 1000;
    return { log, unsealed, due: unsealed >= everyItems || (unsealed > 0 && waited) };
  }

  private sealOnce(log: SealedLogName): Promise<Seal | null> {
    return this.db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${SEAL_LOCK_CLASS}, hashtext(${log}))`.execute(trx);
      if (log === 'access') await lockAccessLog(trx);
      const seals = new SealStore(trx);
      const last = await seals.last(log);
      const entries = await this.source(log, trx).read(last?.through ?? null, this.maxEntries);
      if (entries.length === 0) return null;
      const previousHash = last?.headHash ?? GENESIS_HASH;
      const unsigned = {
        log,
        seq: String(BigInt(last?.seq ?? '0') + 1n),
        sealedAt: new Date().toISOString(),
        after: last?.through ?? null,
        through: entries.at(-1)!.ref,
        count: entries.length,
        total: String(BigInt(last?.total ?? '0') + BigInt(entries.length)),
        previousHash,
        headHash: chainEntries(previousHash, entries),
        keyId: this.key.id,
      };
      const seal = { ...unsigned, signature: this.key.sign(signedText(unsigned)) };
      await seals.add(seal, entries);
      return seal;
    });
  }

  private source(log: SealedLogName, db: Kysely<AuditDatabase>): SealedLog {
    return log === 'events' ? eventLog(this.store) : accessLog(db);
  }
}
