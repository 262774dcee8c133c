const WORDS = 4;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A set of event ids, each UUID held as its 128 bits in one typed array (open addressing, linear
 * probing). The import keeps the ids of every event of the streams it has cached, a million of them
 * in a large file: as strings in a Set each costs about 80 bytes of heap and two objects that every
 * collection visits; here 21 to 43 bytes (the table is kept between 3/8 and 3/4 full) in a buffer
 * the collector does not look into. An id that is not a UUID (the log does not require one) is kept
 * as a string beside them.
 */
export class UuidSet {
  /** Four words per slot; a slot of four zero words is free, so the nil UUID is held apart. */
  private slots = new Uint32Array(8 * WORDS);
  private used = 0;
  private nil = false;
  private others: Set<string> | null = null;

  get size(): number {
    return this.used + (this.nil ? 1 : 0) + (this.others?.size ?? 0);
  }

  has(id: string): boolean {
    if (!UUID.test(id)) return this.others?.has(id) ?? false;
    const key = words(id);
    if (isNil(key)) return this.nil;
    return !isFree(this.slots, this.slotOf(key));
  }

  add(id: string): void {
    if (!UUID.test(id)) {
      (this.others ??= new Set()).add(id);
      return;
    }
    const key = words(id);
    if (isNil(key)) {
      this.nil = true;
      return;
    }
    const slot = this.slotOf(key);
    if (!isFree(this.slots, slot)) return;
    this.slots.set(key, slot * WORDS);
    this.used += 1;
    // kept under 3/4 full, so a probe stays short
    if (this.used * 4 > this.capacity() * 3) this.grow();
  }

  private capacity(): number {
    return this.slots.length / WORDS;
  }

  /** The slot holding the key, or the free slot where it would go. */
  private slotOf(key: Uint32Array): number {
    const mask = this.capacity() - 1;
    // name-based ids are hashes already; time-ordered ones (v7) vary most in their last words
    let slot = (Math.imul(key[0]! ^ key[3]!, 0x9e3779b1) ^ Math.imul(key[1]! ^ key[2]!, 0x85ebca6b)) & mask;
    while (!isFree(this.slots, slot) && !holds(this.slots, slot, key)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    for (let slot = 0; slot < old.length / WORDS; slot += 1) {
      if (isFree(old, slot)) continue;
      const key = old.subarray(slot * WORDS, slot * WORDS + WORDS);
      this.slots.set(key, this.slotOf(key) * WORDS);
    }
  }
}

// every lookup parses into the same words: add() copies them into its slot
const parsed = new Uint32Array(WORDS);

function words(uuid: string): Uint32Array {
  const hex = uuid.replaceAll('-', '');
  for (let word = 0; word < WORDS; word += 1) parsed[word] = Number.parseInt(hex.slice(word * 8, word * 8 + 8), 16);
  return parsed;
}

const isNil = (key: Uint32Array) => (key[0]! | key[1]! | key[2]! | key[3]!) === 0;
const isFree = (slots: Uint32Array, slot: number) =>
  (slots[slot * WORDS]! | slots[slot * WORDS + 1]! | slots[slot * WORDS + 2]! | slots[slot * WORDS + 3]!) === 0;
const holds = (slots: Uint32Array, slot: number, key: Uint32Array) =>
  slots[slot * WORDS] === key[0] && slots[slot * WORDS + 1] === key[1] && slots[slot * WORDS + 2] === key[2] && slots[slot * WORDS + 3] === key[3];
