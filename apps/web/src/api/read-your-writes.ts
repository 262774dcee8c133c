/**
 * Read-your-writes for the console: the position of the console's latest write goes out as
 * X-Crm-Min-Position on its reads, so a read right after a write (record a touch, then the
 * timeline) waits for the projections, and for a read replica, to reflect it. One read that came
 * back with the header proves every read model reached the position (the api waits for all of
 * them), so the header stops once such a read succeeds and no newer write happened meanwhile.
 * A read the api refuses with 503 (the projections did not get there within its wait) stops it
 * too: the next read shows the read models as they are rather than failing again.
 */
export const MIN_POSITION_HEADER = 'x-crm-min-position';

type Position = readonly [bigint, bigint];

function parse(text: string): Position | null {
  const match = /^(\d+)-(\d+)$/.exec(text);
  return match ? [BigInt(match[1]), BigInt(match[2])] : null;
}

function isAfter(a: Position, b: Position): boolean {
  return a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
}

/** The log position a write answered: `position` (created records, touches) or its last event's. */
export function positionOf(answer: unknown): string | null {
  if (typeof answer !== 'object' || answer === null) return null;
  const { position, events } = answer as { position?: unknown; events?: unknown };
  if (typeof position === 'string' && parse(position)) return position;
  if (!Array.isArray(events)) return null;
  const positions = events
    .map((event) => (event as { position?: unknown } | null)?.position)
    .filter((text): text is string => typeof text === 'string' && parse(text) !== null);
  return positions.reduce<string | null>((latest, text) => (latest === null || isAfter(parse(text)!, parse(latest)!) ? text : latest), null);
}

export class WriteFence {
  private pending: string | null = null;

  /** After a successful write: its answer's position, if it has one, becomes the one reads wait for. */
  wrote(answer: unknown): void {
    const position = positionOf(answer);
    if (position === null) return;
    if (this.pending === null || isAfter(parse(position)!, parse(this.pending)!)) this.pending = position;
  }

  /** The headers a read sends now. */
  headers(): Record<string, string> {
    return this.pending === null ? {} : { [MIN_POSITION_HEADER]: this.pending };
  }

  /**
   * A read that sent `headers` was answered: served, so the read models have the position it named,
   * or refused as unavailable (503), so a projection that stays behind does not hold every later read.
   */
  readAnswered(headers: Record<string, string>): void {
    if (headers[MIN_POSITION_HEADER] === this.pending) this.pending = null;
  }
}
