/**
 * The pages of one pass over the log, shared by the readers that apply them: each page read once
 * and in order (a page starts after the previous one's last event), at most `ahead` pages beyond
 * the slowest reader still on the pass, and let go once every reader is past it. A reader slow on
 * some pages (a projection on one customer's long history) holds the others back only once it
 * falls `ahead` pages behind, where a pass in lockstep made every page wait for its slowest reader.
 */
export class PageWindow<R, E extends { position: P }, P> {
  private readonly pages = new Map<number, Promise<E[]>>();
  private readonly done = new Map<R, number>();
  private last: { index: number; page: Promise<E[]> } | null = null;
  private wake: (() => void)[] = [];

  constructor(
    private readonly start: P,
    private readonly read: (after: P) => Promise<E[]>,
    readers: readonly R[],
    private readonly options: { pageSize: number; ahead: number },
  ) {
    for (const reader of readers) this.done.set(reader, 0);
  }

  /** Page `index` of the pass (empty past its end), once the slowest reader is close enough; the next one is read meanwhile. */
  async page(index: number): Promise<E[]> {
    while (!this.pages.has(index)) {
      if (this.allows(this.nextIndex())) this.readNext();
      else await new Promise<void>((resolve) => this.wake.push(resolve));
    }
    if (this.nextIndex() === index + 1 && this.allows(index + 1)) this.readNext();
    return this.pages.get(index)!;
  }

  /** The reader is done with its current page. */
  finished(reader: R): void {
    this.done.set(reader, (this.done.get(reader) ?? 0) + 1);
    this.moved();
  }

  /** The reader is off the pass (at its end, or failed): the others no longer wait for it. */
  leave(reader: R): void {
    this.done.delete(reader);
    this.moved();
  }

  private slowest(): number {
    return this.done.size === 0 ? Infinity : Math.min(...this.done.values());
  }

  private allows(index: number): boolean {
    return index <= this.slowest() + this.options.ahead;
  }

  private nextIndex(): number {
    return this.last === null ? 0 : this.last.index + 1;
  }

  private readNext(): void {
    const index = this.nextIndex();
    const previous = this.last?.page;
    const page = previous
      ? previous.then((events) => (events.length < this.options.pageSize ? [] : this.read(events.at(-1)!.position)))
      : this.read(this.start);
    // Read ahead of a reader that may fail first: the page's own error must not go unhandled meanwhile.
    page.catch(() => undefined);
    this.pages.set(index, page);
    this.last = { index, page };
  }

  private moved(): void {
    const slowest = this.slowest();
    for (const index of this.pages.keys()) if (index < slowest) this.pages.delete(index);
    const waiting = this.wake;
    this.wake = [];
    for (const resolve of waiting) resolve();
  }
}
