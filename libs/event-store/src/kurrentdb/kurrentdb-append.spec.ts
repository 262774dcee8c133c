import { DuplicateEventIdError } from '../event-store.errors.js';
import type { EventToAppend, RecordedEvent } from '../event-store.port.js';
import { toAppendResult, toEventData } from './kurrentdb-append.js';

const first: EventToAppend = {
  id: '6f1c9a8e-2b7d-4f0a-8c11-3e5d2a9b0c01',
  type: 'LeadCaptured',
  data: { source: 'web-form' },
  metadata: { actor: 'key-1', occurredAt: '2025-03-01T09:00:00.000Z' },
};
const second: EventToAppend = {
  id: '6f1c9a8e-2b7d-4f0a-8c11-3e5d2a9b0c02',
  type: 'CallLogged',
  data: { durationSeconds: 60 },
  metadata: { actor: 'key-1' },
};

function stored(event: EventToAppend, revision: bigint, commit: bigint): RecordedEvent {
  return {
    ...event,
    streamName: 'customer-1',
    revision,
    position: { commit, prepare: commit },
    recordedAt: new Date('2025-03-01T09:00:01.000Z'),
  };
}

describe('KurrentDB append mapping', () => {
  it('writes each event as JSON under its own id', () => {
    expect(toEventData([first])).toEqual([
      { id: first.id, contentType: 'application/json', type: 'LeadCaptured', data: first.data, metadata: first.metadata },
    ]);
  });

  it('sends ids lowercase and takes one sent in capitals back as the same event', () => {
    const shouting = { ...first, id: first.id.toUpperCase() };
    expect(toEventData([shouting])[0].id).toBe(first.id);
    expect(toAppendResult('customer-1', [shouting], [stored(first, 0n, 10n)]).events[0].id).toBe(first.id);
  });

  it('answers with the revisions and positions of the events read back', () => {
    const result = toAppendResult('customer-1', [first, second], [stored(first, 4n, 900n), stored(second, 5n, 950n)]);
    expect(result).toEqual({
      streamName: 'customer-1',
      nextExpectedRevision: 5n,
      position: { commit: 950n, prepare: 950n },
      events: [
        { id: first.id, revision: 4n, position: { commit: 900n, prepare: 900n } },
        { id: second.id, revision: 5n, position: { commit: 950n, prepare: 950n } },
      ],
    });
  });

  it('treats content that only JSON changed as the same event', () => {
    const withUndefined = { ...first, data: { ...first.data, note: undefined } };
    expect(() => toAppendResult('customer-1', [withUndefined], [stored(first, 0n, 10n)])).not.toThrow();
  });

  it('refuses an id the log already holds with other content', () => {
    const changed = { ...first, data: { source: 'phone' } };
    expect(() => toAppendResult('customer-1', [changed], [stored(first, 0n, 10n)])).toThrow(DuplicateEventIdError);
    expect(() => toAppendResult('customer-1', [first], [stored(second, 0n, 10n)])).toThrow(DuplicateEventIdError);
    expect(() => toAppendResult('customer-1', [first, second], [stored(first, 0n, 10n)])).toThrow(
      `event id ${second.id} was already written`,
    );
  });
});
