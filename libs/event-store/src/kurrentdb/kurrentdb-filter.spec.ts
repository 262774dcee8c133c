import { EVENT_TYPE, STREAM_NAME } from '@kurrent/kurrentdb-client';
import { isSystemEventType, toKurrentFilter } from './kurrentdb-filter.js';

function regexOf(filter: ReturnType<typeof toKurrentFilter>): RegExp {
  if (!('regex' in filter)) throw new Error('expected a regex filter');
  return new RegExp(filter.regex);
}

describe('KurrentDB filter mapping', () => {
  it('leaves system events out when there is no filter', () => {
    const filter = toKurrentFilter(undefined);
    expect(filter.filterOn).toBe(EVENT_TYPE);
    expect(regexOf(filter).test('CallLogged')).toBe(true);
    expect(regexOf(filter).test('$metadata')).toBe(false);
    expect(regexOf(filter).test('$>')).toBe(false);
  });

  it('filters stream names by prefix', () => {
    expect(toKurrentFilter({ streamPrefixes: ['customer-', 'opportunity-'] })).toMatchObject({
      filterOn: STREAM_NAME,
      prefixes: ['customer-', 'opportunity-'],
    });
  });

  it('filters event types by exact name, not by prefix', () => {
    const filter = toKurrentFilter({ eventTypes: ['CallLogged', 'PurchaseRecorded'] });
    expect(filter.filterOn).toBe(EVENT_TYPE);
    const regex = regexOf(filter);
    expect(regex.test('CallLogged')).toBe(true);
    expect(regex.test('PurchaseRecorded')).toBe(true);
    expect(regex.test('CallLoggedV2')).toBe(false);
    expect(regex.test('XCallLogged')).toBe(false);
  });

  it('escapes regex characters in event types', () => {
    const regex = regexOf(toKurrentFilter({ eventTypes: ['crm.CallLogged+v1'] }));
    expect(regex.test('crm.CallLogged+v1')).toBe(true);
    expect(regex.test('crmXCallLoggedv1')).toBe(false);
  });


  it('knows system event types by their leading $', () => {
    expect(isSystemEventType('$>')).toBe(true);
    expect(isSystemEventType('$streamCreated')).toBe(true);
    expect(isSystemEventType('LeadCaptured')).toBe(false);
  });
});
