/** A stream folded by one decider up to a revision: what the next write to it starts from. */
export type FoldedStream<S> = {
  state: S;
  /** The revision of the last event folded, or null when the stream does not exist. */
  revision: bigint | null;
  /** The hash the next event links to. */
  lastHash: string | null;
};

type Entry = FoldedStream<unknown> & { evolve: unknown };

/**
 * The folded state of the streams written most recently, so a write to a customer with 10,000
 * events reads only what was appended since (usually nothing). Keyed by stream and checked
 * against the decider's `evolve`: another decider folding the same stream starts afresh. Least
 * recently used entries go first past `capacity`. States are shared, never copied: deciders and
 * `evolve` are pure and return new states.
 */
export class FoldedStreams {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity: number) {}

  get<S>(streamName: string, evolve: unknown): FoldedStream<S> | undefined {
    const entry = this.entries.get(streamName);
    if (!entry || entry.evolve !== evolve) return undefined;
    this.entries.delete(streamName);
    this.entries.set(streamName, entry);
    return entry as FoldedStream<S>;
  }

  set<S>(streamName: string, evolve: unknown, folded: FoldedStream<S>): void {
    if (this.capacity <= 0) return;
    this.entries.delete(streamName);
    this.entries.set(streamName, { ...folded, evolve });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  forget(streamName: string): void {
    this.entries.delete(streamName);
  }
}
