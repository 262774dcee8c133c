import { customerId } from '../testing/fixtures.js';
import { currentSchemaVersion, upcast } from './upcast.js';
import { UpcastError } from './upcast.errors.js';

const v1Data = { customerId, occurredAt: '2020-05-01T10:00:00.000Z', channel: 'phone', direction: 'inbound', durationMinutes: 2.5, result: 'answered' };

describe('schema versions', () => {
  it('is 2 for CallLogged, which changed once, and 1 for every other type', () => {
    expect(currentSchemaVersion('CallLogged')).toBe(2);
    expect(currentSchemaVersion('PurchaseRecorded')).toBe(1);
    expect(currentSchemaVersion('constructor')).toBe(1);
  });
});

describe('upcast', () => {
  it('reads a v1 CallLogged as v2: seconds and outcome', () => {
    expect(upcast({ type: 'CallLogged', schemaVersion: 1, data: v1Data })).toEqual({
      type: 'CallLogged',
      schemaVersion: 2,
      data: { customerId, occurredAt: '2020-05-01T10:00:00.000Z', channel: 'phone', direction: 'inbound', durationSeconds: 150, outcome: 'reached' },
    });
  });

  it('maps every v1 result', () => {
    const outcomes = ['answered', 'voicemail', 'no-answer', 'busy', 'wrong-number'].map(
      (result) => upcast({ type: 'CallLogged', schemaVersion: 1, data: { ...v1Data, result } }).data.outcome,
    );
    expect(outcomes).toEqual(['reached', 'voicemail', 'no-answer', 'busy', 'wrong-number']);
  });

  it('leaves a current event as it is', () => {
    const v2 = { type: 'CallLogged', schemaVersion: 2, data: { durationSeconds: 10, outcome: 'busy' } };
    expect(upcast(v2)).toEqual(v2);
    const other = { type: 'NoteAdded', schemaVersion: 1, data: { personal: { text: 'x' } } };
    expect(upcast(other)).toEqual(other);
  });

  it('refuses a v1 result it cannot map, naming the field', () => {
    expect(() => upcast({ type: 'CallLogged', schemaVersion: 1, data: { ...v1Data, result: 'maybe' } })).toThrow(
      new UpcastError('CallLogged', 1, 'result', 'is not a result version 1 knew'),
    );
  });

  it('refuses a version newer than this code knows, or no version at all', () => {
    expect(() => upcast({ type: 'CallLogged', schemaVersion: 3, data: {} })).toThrow(/newer code/);
    expect(() => upcast({ type: 'NoteAdded', schemaVersion: 0, data: {} })).toThrow(UpcastError);
  });
});
