/**
 * Writers to one stream in this process take turns instead of racing: a race costs the loser a
 * re-read, a new decision and an append, and with N writers the last one loses N - 1 times. A
 * turn takes the job at the head and every waiting job `joins` lets ride with it (at most
 * `maxPerTurn`), so writers queued behind a slow append land together in the next one. `run`
 * settles each job itself and must not throw; the next turn starts when it has returned.
 */
export class StreamQueue<Job> {
  private readonly waiting = new Map<string, Job[]>();

  constructor(
    private readonly run: (streamName: string, jobs: Job[]) => Promise<void>,
    private readonly joins: (head: Job, next: Job) => boolean,
    private readonly maxPerTurn: number,
  ) {}

  enqueue(streamName: string, job: Job): void {
    const queued = this.waiting.get(streamName);
    if (queued) {
      queued.push(job);
      return;
    }
    this.waiting.set(streamName, [job]);
    void this.drain(streamName);
  }

  private async drain(streamName: string): Promise<void> {
    const queued = this.waiting.get(streamName)!;
    while (queued.length > 0) {
      const head = queued[0];
      let taken = 1;
      while (taken < queued.length && taken < this.maxPerTurn && this.joins(head, queued[taken])) taken++;
      await this.run(streamName, queued.splice(0, taken));
    }
    this.waiting.delete(streamName);
  }
}
