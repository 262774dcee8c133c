import { formatDuration } from './format-duration.js';

/** Where progress goes: process.stderr, or anything with the same shape in tests. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface ProgressBarOptions {
  label: string;
  /** Absent when the amount of work is unknown: then no bar, percentage or ETA is shown. */
  total?: number;
  /** What is being counted, for the rate: "events", "rows". */
  unit?: string;
  stream?: ProgressStream;
  now?: () => number;
}

const BAR_WIDTH = 24;
const REDRAW_EVERY_MS = 100;
// Without a terminal each line is kept (CI logs, files): one per tenth of the work, or every 10 s.
const LINE_EVERY_MS = 10_000;

const number = new Intl.NumberFormat('en-US');

/**
 * Progress for long work (imports, rebuilds, audits), on stderr so stdout stays clean for --json.
 * On a terminal it redraws one line; elsewhere it prints sparse lines.
 */
export class ProgressBar {
  private readonly stream: ProgressStream;
  private readonly now: () => number;
  private readonly startedAt: number;
  private done = 0;
  private total: number | undefined;
  private lastDrawAt = -Infinity;
  private lastDecile = 0;
  private finished = false;

  constructor(private readonly options: ProgressBarOptions) {
    this.stream = options.stream ?? process.stderr;
    this.now = options.now ?? (() => performance.now());
    this.startedAt = this.now();
    this.total = options.total;
  }

  tick(count = 1): void {
    this.update(this.done + count);
  }

  update(done: number): void {
    this.done = done;
    this.draw(false);
  }

  setTotal(total: number): void {
    this.total = total;
    this.draw(false);
  }

  finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.draw(true);
  }

  /** The current state as one line, without terminal control characters. */
  line(): string {
    const elapsed = this.now() - this.startedAt;
    const unit = this.options.unit ?? 'events';
    const rate = elapsed > 0 ? Math.round((this.done * 1000) / elapsed) : 0;
    const parts = [this.options.label];
    if (this.total !== undefined && this.total > 0) {
      const fraction = Math.min(1, this.done / this.total);
      const filled = Math.round(fraction * BAR_WIDTH);
      parts.push(`[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`);
      parts.push(`${number.format(this.done)}/${number.format(this.total)}`, `${Math.floor(fraction * 100)}%`);
    } else {
      parts.push(`${number.format(this.done)} ${unit}`);
    }
    parts.push(`${number.format(rate)} ${unit}/s`);
    if (this.finished) {
      parts.push(`in ${formatDuration(elapsed)}`);
    } else if (this.total !== undefined && rate > 0 && this.done < this.total) {
      parts.push(`ETA ${formatDuration(((this.total - this.done) / rate) * 1000)}`);
    }
    return parts.join('  ');
  }

  private draw(final: boolean): void {
    const now = this.now();
    if (this.stream.isTTY) {
      if (!final && now - this.lastDrawAt < REDRAW_EVERY_MS) return;
      this.lastDrawAt = now;
      this.stream.write(`\r${this.line()}\x1b[K${final ? '\n' : ''}`);
      return;
    }
    const decile = this.total ? Math.floor((Math.min(this.done, this.total) / this.total) * 10) : 0;
    if (!final && decile <= this.lastDecile && now - this.lastDrawAt < LINE_EVERY_MS) return;
    this.lastDrawAt = now;
    this.lastDecile = decile;
    this.stream.write(`${this.line()}\n`);
  }
}
