import type { AllStreamResolvedEvent } from '@kurrent/kurrentdb-client';
import { toEventAfter, toRecordedEvent, UnreadableKurrentEventError } from './kurrentdb-recorded-event.js';

type ClientEvent = NonNullable<AllStreamResolvedEvent['event']>;

const created = new Date('2025-03-01T10:00:00.000Z');

function clientEvent(overrides: Partial<Record<keyof ClientEvent, unknown>> = {}): ClientEvent {
  return {
    streamId: 'customer-8f0c',
    id: '0b8e4a52-5d8f-4c1e-9f53-0a4ad3b0a111',
    isJson: true,
    revision: 2n,
    type: 'CallLogged',
    created,
    data: { durationSeconds: 90 },
    metadata: { actor: 'key-1', channel: 'phone' },
    position: { commit: 1200n, prepare: 1150n },
    ...overrides,
  } as ClientEvent;
}

describe('KurrentDB recorded event mapping', () => {
  it('maps every field of a JSON event', () => {
    expect(toRecordedEvent(clientEvent())).toEqual({
      id: '0b8e4a52-5d8f-4c1e-9f53-0a4ad3b0a111',
      streamName: 'customer-8f0c',
      type: 'CallLogged',
      revision: 2n,
      position: { commit: 1200n, prepare: 1150n },
      data: { durationSeconds: 90 },
      metadata: { actor: 'key-1', channel: 'phone' },
      recordedAt: created,
    });
  });

  it('reads an event written without metadata as empty metadata', () => {
    expect(toRecordedEvent(clientEvent({ metadata: undefined })).metadata).toEqual({});
  });

  it('rejects events it cannot read, naming the event and the field', () => {
    expect(() => toRecordedEvent(clientEvent({ isJson: false, data: new Uint8Array([1]) }))).toThrow(
      UnreadableKurrentEventError,
    );
    expect(() => toRecordedEvent(clientEvent({ data: ['not', 'an', 'object'] }))).toThrow(
      /event 0b8e4a52-5d8f-4c1e-9f53-0a4ad3b0a111 \(customer-8f0c@2\): cannot read its data/,
    );
    expect(() => toRecordedEvent(clientEvent({ metadata: new Uint8Array([1]) }))).toThrow(/its metadata/);
    expect(() => toRecordedEvent(clientEvent({ position: undefined }))).toThrow(/its position.*22\.6/);
  });

  it('delivers from $all only CRM events after the checkpoint', () => {
    const checkpoint = { commit: 1200n, prepare: 1150n };
    expect(toEventAfter({ event: clientEvent() }, undefined)?.type).toBe('CallLogged');
    expect(toEventAfter({ event: clientEvent() }, checkpoint)).toBeUndefined();
    expect(toEventAfter({ event: clientEvent({ position: { commit: 1300n, prepare: 1300n } }) }, checkpoint)?.revision).toBe(2n);
    expect(toEventAfter({ event: clientEvent({ type: '$metadata', data: {} }) }, undefined)).toBeUndefined();
    expect(toEventAfter({}, undefined)).toBeUndefined();
  });
});
