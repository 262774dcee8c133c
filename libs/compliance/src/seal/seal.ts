import { canonicalJson } from '#crm/commands';
import type { SealedLogName } from './seal.table.js';

/** A seal without its entries: what is signed, and what GET /audit/seals lists. */
export type Seal = {
  log: SealedLogName;
  seq: string;
  sealedAt: string;
  /** The last item of the seal before; null for the first seal. */
  after: string | null;
  /** The last item sealed: a log position ("<commit>-<prepare>") or an access-log id. */
  through: string;
  /** Items in this seal, and in every seal up to this one. */
  count: number;
  total: string;
  /** The chain's head before and after this seal's entries. */
  previousHash: string;
  headHash: string;
  keyId: string;
  /** Ed25519, base64, over signedText(seal). */
  signature: string;
};

/** The exact text a seal's signature covers: every field but the signature, as canonical JSON. */
export function signedText(seal: Omit<Seal, 'signature'>): string {
  const { log, seq, sealedAt, after, through, count, total, previousHash, headHash, keyId } = seal;
  return canonicalJson({ scheme: 'crm-seal:v1', log, seq, sealedAt, after, through, count, total, previousHash, headHash, keyId });
}
