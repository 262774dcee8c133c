export interface RebuildProgress {
  eventsDone: number;
  /** An estimate taken when the rebuild started; raised when more events than that have been replayed. */
  eventsTotal: number;
  eventsPerSecond: number;
  /** Null until a rate is known. */
  etaSeconds: number | null;
}

export function rebuildProgress(eventsDone: number, eventsTotalEstimate: number, elapsedMs: number): RebuildProgress {
  const eventsTotal = Math.max(eventsDone, eventsTotalEstimate);
  const eventsPerSecond = elapsedMs > 0 ? (eventsDone * 1000) / elapsedMs : 0;
  const etaSeconds = eventsPerSecond > 0 ? (eventsTotal - eventsDone) / eventsPerSecond : eventsDone === eventsTotal ? 0 : null;
  return { eventsDone, eventsTotal, eventsPerSecond, etaSeconds };
}
