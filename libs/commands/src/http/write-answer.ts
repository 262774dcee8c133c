import { formatPosition } from '#crm/event-store';
import type { CommandResult } from '../pipeline/command-result.js';

export type AppendedEventAnswer = { eventId: string; type: string; revision: number; position: string };

/**
 * A write's answer: the stream's revision after it (what If-Match takes next) and the events
 * appended. Revisions are JSON numbers here, as the API's contract has them (a stream would need
 * 2^53 events to lose precision); positions are strings, being two numbers.
 */
export type WriteAnswer = { revision: number | null; events: AppendedEventAnswer[] };

export function writeAnswer(result: CommandResult): WriteAnswer {
  return {
    revision: result.revision === null ? null : Number(result.revision),
    events: result.events.map((event) => ({
      eventId: event.eventId,
      type: event.type,
      revision: Number(event.revision),
      position: formatPosition(event.position),
    })),
  };
}

/** The position of the last event a write appended, for `X-Crm-Min-Position`; null when it appended none. */
export function lastPosition(answer: WriteAnswer): string | null {
  return answer.events.at(-1)?.position ?? null;
}
