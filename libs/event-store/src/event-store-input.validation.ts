import type { EventToAppend, ExpectedRevision, ReadAllOptions, ReadStreamOptions, StreamAppend } from './event-store.port.js';

/** Bad input to the event store, naming the field and what is wrong with it. */
export class InvalidEventStoreInputError extends Error {
  readonly code = 'INVALID_EVENT_STORE_INPUT';
  constructor(readonly field: string, readonly reason: string) {
    super(`${field}: ${reason}`);
  }
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function validateStreamName(streamName: unknown): void {
  if (typeof streamName !== 'string' || streamName.length === 0) {
    throw new InvalidEventStoreInputError('streamName', 'must be a non-empty string');
  }
}

export function validateEvents(events: unknown): asserts events is EventToAppend[] {
  if (!Array.isArray(events) || events.length === 0) {
    throw new InvalidEventStoreInputError('events', 'must be a non-empty array');
  }
  events.forEach((event: Partial<EventToAppend>, index) => {
    const field = `events[${index}]`;
    if (typeof event?.id !== 'string' || !uuidPattern.test(event.id)) {
      throw new InvalidEventStoreInputError(`${field}.id`, 'must be a UUID');
    }
    if (typeof event.type !== 'string' || event.type.length === 0) {
      throw new InvalidEventStoreInputError(`${field}.type`, 'must be a non-empty string');
    }
    if (!isPlainObject(event.data)) throw new InvalidEventStoreInputError(`${field}.data`, 'must be a JSON object');
    if (!isPlainObject(event.metadata)) throw new InvalidEventStoreInputError(`${field}.metadata`, 'must be a JSON object');
  });
}

export function validateExpectedRevision(expected: unknown): asserts expected is ExpectedRevision {
  const valid = expected === 'any' || expected === 'no_stream' || expected === 'stream_exists' || (typeof expected === 'bigint' && expected >= 0n);
  if (!valid) {
    throw new InvalidEventStoreInputError('expectedRevision', `must be 'any', 'no_stream', 'stream_exists' or a bigint >= 0, got ${String(expected)}`);
  }
}

export function validateCount(field: string, value: unknown, { min }: { min: number }): void {
  if (value !== undefined && (!Number.isSafeInteger(value) || (value as number) < min)) {
    throw new InvalidEventStoreInputError(field, `must be an integer >= ${min}, got ${String(value)}`);
  }
}

export function validateRevision(field: string, value: unknown): void {
  if (value !== undefined && (typeof value !== 'bigint' || value < 0n)) {
    throw new InvalidEventStoreInputError(field, `must be a bigint >= 0, got ${String(value)}`);
  }
}

export function validateFilter(filter: unknown): void {
  if (filter === undefined) return;
  const { streamPrefixes, eventTypes } = (filter ?? {}) as Partial<{ streamPrefixes: unknown; eventTypes: unknown }>;
  if ((streamPrefixes === undefined) === (eventTypes === undefined)) {
    throw new InvalidEventStoreInputError('filter', 'must have either streamPrefixes or eventTypes');
  }
  const [field, values] = streamPrefixes !== undefined ? ['filter.streamPrefixes', streamPrefixes] : ['filter.eventTypes', eventTypes];
  if (!Array.isArray(values) || values.length === 0 || values.some((value) => typeof value !== 'string' || value.length === 0)) {
    throw new InvalidEventStoreInputError(field, 'must be a non-empty array of non-empty strings');
  }
}

/** What every backend checks before an append, in the same order so both answer the same error. */
export function validateAppend(streamName: unknown, events: unknown, expected: unknown): asserts events is EventToAppend[] {
  validateStreamName(streamName);
  validateEvents(events);
  validateExpectedRevision(expected);
}

/** validateAppend for each part, its fields named under `appends[i]`; a stream named twice is refused. */
export function validateAppends(appends: unknown): asserts appends is StreamAppend[] {
  if (!Array.isArray(appends)) throw new InvalidEventStoreInputError('appends', 'must be an array');
  const seen = new Set<string>();
  appends.forEach((append: Partial<StreamAppend>, index) => {
    try {
      validateAppend(append?.streamName, append?.events, append?.expectedRevision ?? 'any');
    } catch (error) {
      if (!(error instanceof InvalidEventStoreInputError)) throw error;
      throw new InvalidEventStoreInputError(`appends[${index}].${error.field}`, error.reason);
    }
    // two parts for one stream would each be checked against the revision before both
    if (seen.has(append.streamName!)) throw new InvalidEventStoreInputError(`appends[${index}].streamName`, `names ${append.streamName} again`);
    seen.add(append.streamName!);
  });
}

export function validateReadStream(streamName: unknown, options: ReadStreamOptions): void {
  validateStreamName(streamName);
  validateRevision('fromRevision', options.fromRevision);
  validateCount('maxCount', options.maxCount, { min: 0 });
}

export function validateReadAll(options: ReadAllOptions): void {
  validateCount('maxCount', options.maxCount, { min: 0 });
  validateFilter(options.filter);
}
