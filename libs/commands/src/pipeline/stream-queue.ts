/**
 * Writers to one stream in this process take turns instead of racing: a race costs the loser a
 * re-read, a new decision and an append, and with N writers the last one loses N - 1 times. A
 * turn may be held past its task (`hold`) until what it started has settled, such as a keyed
 * write's transaction that commits after the route has built its answer.
 */
export class StreamQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(streamName: string, task: (hold: (until: Promise<unknown>) => void) => Promise<T>): Promise<T> {
    const previous = this.tails.get(streamName) ?? Promise.resolve();
    let held: Promise<unknown> = Promise.resolve();
    const result = previous.then(() => task((until) => (held = until)));
    const tail = result.then(
      () => held,
      () => held,
    ).then(ignore, ignore);
    this.tails.set(streamName, tail);
    void tail.then(() => {
      if (this.tails.get(streamName) === tail) this.tails.delete(streamName);
    });
    return result;
  }
}

const ignore = (): void => undefined;
