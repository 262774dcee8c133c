import { eventTypeFilter, excludeSystemEvents, streamNameFilter } from '@kurrent/kurrentdb-client';
import type { Filter } from '@kurrent/kurrentdb-client';
import type { EventFilter } from '../event-store.port.js';

/** KurrentDB's own bookkeeping (links, stream metadata, statistics) has types starting with `$`. */
export function isSystemEventType(type: string): boolean {
  return type.startsWith('$');
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The server-side filter for a read of $all; without one, system events are left out. */
export function toKurrentFilter(filter: EventFilter | undefined): Filter {
  if (!filter) return excludeSystemEvents();
  if ('streamPrefixes' in filter) return streamNameFilter({ prefixes: filter.streamPrefixes });
  // Exact names: the server's prefix filter would let `CallLogged` match `CallLoggedV2`.
  return eventTypeFilter({ regex: `^(?:${filter.eventTypes.map(escapeRegex).join('|')})$` });
}

