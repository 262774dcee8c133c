import type { RecordedEvent } from '#crm/event-store';
import type { EventDecoder } from './projection-dependencies.js';

/**
 * Decodes each event object once, however many projections ask for it: a rebuild reads a page once
 * for all projections, and the live ones share one reading of the log. Those asking while a decode
 * fails share its failure (each names the event as its poison); a later ask decodes again, so a
 * projection resumed after a passing fault (keys unreachable) is not refused by a remembered one.
 */
export function decodeOnce(decode: EventDecoder): EventDecoder {
  const decoded = new WeakMap<RecordedEvent, Promise<RecordedEvent>>();
  return (event) => {
    let result = decoded.get(event);
    if (!result) {
      result = decode(event);
      // Decoding ahead of use must not surface as an unhandled rejection; users still see it.
      result.catch(() => decoded.delete(event));
      decoded.set(event, result);
    }
    return result;
  };
}
