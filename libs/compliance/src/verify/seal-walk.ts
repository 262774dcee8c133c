import type { SealPublicKey } from '#crm/crypto';
import { chainEntries, GENESIS_HASH, type SealEntry } from '../seal/seal-entry.js';
import { signedText, type Seal } from '../seal/seal.js';
import type { SealStore } from '../seal/seal.store.js';
import type { SealedLog } from '../seal/sealed-logs.js';
import type { SealedItemReason, SealMismatch } from './chain-mismatch.js';

/** What a walk says of one item, or of one a seal lists that the log no longer has. */
export type SealedItemFinding = { reason: SealedItemReason; ref: string; entry?: SealEntry; seal: string; detail: string };

/**
 * The seals of one log, checked one against the next and against the public key. Only seals that
 * pass are used to check items; the others are reported, and the items they cover go unchecked.
 */
export function checkSeals(seals: readonly Seal[], publicKey: SealPublicKey): { trusted: Seal[]; problems: SealMismatch[] } {
  const trusted: Seal[] = [];
  const problems: SealMismatch[] = [];
  let before: Seal | null = null;
  for (const seal of seals) {
    const problem = (reason: SealMismatch['reason'], detail: string) => problems.push({ log: seal.log, reason, seal: seal.seq, detail });
    const expectedSeq = before ? BigInt(before.seq) + 1n : 1n;
    if (BigInt(seal.seq) !== expectedSeq || seal.previousHash !== (before?.headHash ?? GENESIS_HASH) || seal.after !== (before?.through ?? null)) {
      problem('seal-missing', `seal ${seal.seq} does not follow on from ${before ? `seal ${before.seq}` : 'the start'}: a seal before it was removed or altered`);
    }
    if (seal.keyId !== publicKey.id) {
      problem('seal-signature', `signed by key ${seal.keyId}, not by the public key given (${publicKey.id})`);
    } else if (!publicKey.verify(signedText(seal), seal.signature)) {
      problem('seal-signature', `its signature does not verify with key ${publicKey.id}: the seal was forged or altered`);
    } else {
      trusted.push(seal);
    }
    before = seal;
  }
  return { trusted, problems };
}

/**
 * Walks a log's items against its trusted seals' entries, both in log order, holding one seal's
 * entries at a time: an item whose hash differs from its entry was changed, an entry with no item
 * was deleted, an item inside a sealed range with no entry was inserted.
 */
export class SealWalk {
  private index = 0;
  private current: { seal: Seal; entries: SealEntry[]; at: number } | null = null;
  private loadProblems: SealMismatch[] = [];

  constructor(
    private readonly log: SealedLog,
    private readonly seals: readonly Seal[],
    private readonly store: SealStore,
  ) {}

  get sealProblems(): readonly SealMismatch[] {
    return this.loadProblems;
  }

  /** What is wrong with this item, and with every sealed item before it the log skipped. */
  async visit(ref: string, hash: string): Promise<SealedItemFinding[]> {
    const findings: SealedItemFinding[] = [];
    for (;;) {
      const current = await this.currentSeal();
      if (!current) return findings;
      const { seal, entries } = current;
      if (seal.after !== null && this.log.compare(ref, seal.after) <= 0) return findings;
      while (current.at < entries.length && this.log.compare(entries[current.at]!.ref, ref) < 0) {
        findings.push(missing(entries[current.at++]!, seal));
      }
      const entry = entries[current.at];
      if (entry && entry.ref === ref) {
        current.at += 1;
        if (entry.hash !== hash) findings.push({ reason: 'changed-since-sealed', ref, entry, seal: seal.seq, detail: `its stored columns hash to ${hash}, seal ${seal.seq} signed ${entry.hash}` });
        return findings;
      }
      if (this.log.compare(ref, seal.through) <= 0) {
        findings.push({ reason: 'inserted-into-sealed', ref, seal: seal.seq, detail: `seal ${seal.seq} covers ${seal.after ?? 'the start'} to ${seal.through} and does not list it` });
        return findings;
      }
      this.current = null;
    }
  }

  /** Every sealed item the log ended before reaching: deleted tails and whole streams. */
  async finish(): Promise<SealedItemFinding[]> {
    const findings: SealedItemFinding[] = [];
    for (let current = await this.currentSeal(); current; current = await this.currentSeal()) {
      for (; current.at < current.entries.length; current.at += 1) findings.push(missing(current.entries[current.at]!, current.seal));
      this.current = null;
    }
    return findings;
  }

  private async currentSeal() {
    while (!this.current && this.index < this.seals.length) {
      const seal = this.seals[this.index++]!;
      const entries = await this.store.entries(seal.log, seal.seq);
      if (entries.length !== seal.count || chainEntries(seal.previousHash, entries) !== seal.headHash) {
        this.loadProblems.push({ log: seal.log, reason: 'seal-entries', seal: seal.seq, detail: `its ${entries.length} stored entries do not chain to the head hash it signed` });
        continue;
      }
      this.current = { seal, entries, at: 0 };
    }
    return this.current;
  }
}

function missing(entry: SealEntry, seal: Seal): SealedItemFinding {
  return { reason: 'missing-since-sealed', ref: entry.ref, entry, seal: seal.seq, detail: `seal ${seal.seq} signed it; the log no longer has it` };
}
