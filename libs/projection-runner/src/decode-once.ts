import type { RecordedEvent } from '#crm/event-store';
import type { EventDecoder } from './projection-dependencies.js';

/**
 * Decodes each event object at most once, however many projections ask for it: a rebuild of
 * several projections reads a page once and hands the same events to each. A failed decode is
 * remembered too, so every projection that handles the event names it as its poison.
 */
export function decodeOnce(decode: EventDecoder): EventDecoder {
  const decoded = new WeakMap<RecordedEvent, Promise<RecordedEvent>>();
  return (event) => {
    let result = decoded.get(event);
    if (!result) {
      result = decode(event);
      // Decoding ahead of use must not surface as an unhandled rejection; users still see it.
      result.catch(() => undefined);
      decoded.set(event, result);
    }
    return result;
  };
}
