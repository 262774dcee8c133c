import { nameBasedUuid } from './name-based-uuid.js';

// Fixed forever: changing it would give every imported record a new id and duplicate it on re-import.
const IMPORT_NAMESPACE = '6f1c2a8e-3b4d-5e6f-8a9b-0c1d2e3f4a5b';

/**
 * Ids of imported records and events, derived from the source system's name and its natural keys,
 * so importing the same file again finds everything already there.
 */
export class ImportIds {
  private readonly namespace: string;

  constructor(readonly source: string) {
    this.namespace = nameBasedUuid(IMPORT_NAMESPACE, source);
  }

  private readonly attached = new Map<string, string>();

  /** The customer a source key names: the one it was attached to (see CustomerAttachments), or its own. */
  customer = (key: string): string => this.attached.get(key) ?? this.ownCustomer(key);
  ownCustomer = (key: string): string => nameBasedUuid(this.namespace, `customer:${key}`);
  isAttached = (key: string): boolean => this.attached.has(key);
  attach = (key: string, customerId: string): void => void this.attached.set(key, customerId);
  staff = (key: string): string => nameBasedUuid(this.namespace, `staff:${key}`);
  opportunity = (key: string): string => nameBasedUuid(this.namespace, `opportunity:${key}`);
  /** The n-th event a command decided for the fact named by `seed`. */
  event = (seed: string, index: number): string => nameBasedUuid(this.namespace, `event:${seed}#${index}`);
}
