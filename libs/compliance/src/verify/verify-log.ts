import type { EventStore } from '#crm/event-store';
import type { ChainMismatch } from './chain-mismatch.js';
import { ChainVerifier } from './chain-verifier.js';

export type VerifyReport =
  | { status: 'intact'; events: number; streams: number }
  /** `events` and `streams` count what was read up to and including the first mismatch. */
  | { status: 'tampered'; events: number; streams: number; firstMismatch: ChainMismatch };

export type VerifyProgress = { done: number; total: number };

export type VerifyOptions = { onProgress?: (progress: VerifyProgress) => void; progressEvery?: number };

/** Walks the whole log once and stops at the first event that does not match. */
export async function verifyLog(store: EventStore, options: VerifyOptions = {}): Promise<VerifyReport> {
  const every = options.progressEvery ?? 500;
  const total = await store.countAfter({ limit: Number.MAX_SAFE_INTEGER });
  const verifier = new ChainVerifier();
  options.onProgress?.({ done: 0, total });
  for await (const event of store.readAll()) {
    const firstMismatch = verifier.check(event);
    if (firstMismatch) return { status: 'tampered', events: verifier.events, streams: verifier.streams, firstMismatch };
    if (verifier.events % every === 0) options.onProgress?.({ done: verifier.events, total: Math.max(total, verifier.events) });
  }
  options.onProgress?.({ done: verifier.events, total: verifier.events });
  return { status: 'intact', events: verifier.events, streams: verifier.streams };
}

/** One line for people: "intact, 120 events, 7 streams" or what is wrong and where. */
export function describeVerifyReport(report: VerifyReport): string {
  if (report.status === 'intact') return `intact, ${report.events} events, ${report.streams} streams`;
  const { firstMismatch: m } = report;
  return `tampered: ${m.reason} at event ${m.eventId} (${m.type}, ${m.streamName} revision ${m.revision}, position ${m.position}): ${m.detail}`;
}
