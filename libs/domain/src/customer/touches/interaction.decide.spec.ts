import { NotFoundError, RuleViolation, ValidationError } from '../../shared/errors.js';
import { customerId, customerRegistered, metadata, minutesFromNow, nowIso } from '../../testing/fixtures.js';
import { deciderSpec } from '../../testing/given.js';
import { customerDecider } from '../customer.decide.js';
import type { LogCall } from './touch.commands.js';

const given = deciderSpec(customerDecider);

const logCall = (data: Partial<LogCall['data']> = {}): LogCall => ({
  type: 'LogCall',
  data: { customerId, channel: 'phone', direction: 'outbound', durationSeconds: 300, outcome: 'reached', ...data },
  metadata,
});

describe('LogCall', () => {
  it('records the call at now when no business time is given', () => {
    given([customerRegistered])
      .when(logCall())
      .then([
        {
          type: 'CallLogged',
          data: { customerId, occurredAt: nowIso, channel: 'phone', direction: 'outbound', durationSeconds: 300, outcome: 'reached' },
        },
      ]);
  });

  it('accepts a business time in the past and one within the clock skew', () => {
    given([customerRegistered]).when(logCall({ occurredAt: '2020-01-01T12:00:00+01:00' })).then([
      expect.objectContaining({ data: expect.objectContaining({ occurredAt: '2020-01-01T11:00:00.000Z' }) }),
    ]);
    given([customerRegistered]).when(logCall({ occurredAt: minutesFromNow(5) })).then([
      expect.objectContaining({ data: expect.objectContaining({ occurredAt: minutesFromNow(5) }) }),
    ]);
  });

  it('refuses a business time more than 5 minutes in the future', () => {
    given([customerRegistered])
      .when(logCall({ occurredAt: minutesFromNow(5.1) }))
      .thenThrows(ValidationError, { errors: [{ field: 'occurredAt', reason: 'must not be more than 5 minutes in the future' }] });
  });

  it('refuses a time without an offset', () => {
    given([customerRegistered])
      .when(logCall({ occurredAt: '2025-01-01T10:00:00' }))
      .thenThrows(ValidationError, { errors: [{ field: 'occurredAt', reason: expect.stringContaining('offset') }] });
  });

  it.each(['2026-02-30T00:00:00Z', '2025-02-29T10:00:00Z', '2026-04-31T10:00:00Z', '2026-13-01T10:00:00Z', '2026-03-01T24:00:00Z', '2026-03-01T10:60:00Z', '2026-03-01T10:00:00+24:00'])(
    'refuses %s, a time the calendar does not have, instead of rolling it over',
    (occurredAt) => {
      given([customerRegistered])
        .when(logCall({ occurredAt }))
        .thenThrows(ValidationError, { errors: [{ field: 'occurredAt', reason: expect.stringMatching(/exist|ISO 8601/) }] });
    },
  );

  it('accepts the 29th of February of a leap year', () => {
    given([customerRegistered]).when(logCall({ occurredAt: '2024-02-29T23:59:59.999+01:00' })).then([
      expect.objectContaining({ data: expect.objectContaining({ occurredAt: '2024-02-29T22:59:59.999Z' }) }),
    ]);
  });

  it('refuses a negative duration and an unknown outcome', () => {
    given([customerRegistered])
      .when(logCall({ durationSeconds: -1, outcome: 'hung-up' as never }))
      .thenThrows(ValidationError, {
        errors: [
          { field: 'durationSeconds', reason: 'must be at least 0' },
          { field: 'outcome', reason: 'must be one of: reached, voicemail, no-answer, busy, wrong-number' },
        ],
      });
  });

  it('refuses an unknown channel', () => {
    given([customerRegistered])
      .when(logCall({ channel: 'pigeon' as never }))
      .thenThrows(ValidationError, { errors: [{ field: 'channel' }] });
  });

  it('refuses a customer that does not exist', () => {
    given([]).when(logCall()).thenThrows(NotFoundError, { entity: 'customer', id: customerId });
  });

  it('refuses a customer that was erased', () => {
    given([customerRegistered, { type: 'CustomerErased', data: { customerId, occurredAt: nowIso } }])
      .when(logCall())
      .thenThrows(RuleViolation, { rule: 'customer-erased' });
  });
});

describe('RecordVisit', () => {
  it('keeps place, attendees and purpose as personal data', () => {
    given([customerRegistered])
      .when({
        type: 'RecordVisit',
        data: { customerId, channel: 'meeting', place: 'Client office', attendees: ['Ada', ' Charles '], purpose: 'Renewal' },
        metadata,
      })
      .then([
        {
          type: 'VisitRecorded',
          data: { customerId, occurredAt: nowIso, channel: 'meeting', personal: { place: 'Client office', attendees: ['Ada', 'Charles'], purpose: 'Renewal' } },
        },
      ]);
  });

  it('refuses attendees that are not a list of names', () => {
    given([customerRegistered])
      .when({ type: 'RecordVisit', data: { customerId, channel: 'store', place: 'Shop', attendees: [''], purpose: 'x' }, metadata })
      .thenThrows(ValidationError, { errors: [{ field: 'attendees' }] });
  });
});

describe('LogEmail', () => {
  it('keeps the subject as personal data', () => {
    given([customerRegistered])
      .when({ type: 'LogEmail', data: { customerId, channel: 'email', direction: 'inbound', subject: 'Invoice question' }, metadata })
      .then([
        { type: 'EmailLogged', data: { customerId, occurredAt: nowIso, channel: 'email', direction: 'inbound', personal: { subject: 'Invoice question' } } },
      ]);
  });

  it('refuses an unknown direction', () => {
    given([customerRegistered])
      .when({ type: 'LogEmail', data: { customerId, channel: 'email', direction: 'sideways' as never, subject: 'Hi' }, metadata })
      .thenThrows(ValidationError, { errors: [{ field: 'direction', reason: 'must be one of: inbound, outbound' }] });
  });
});

describe('AddNote', () => {
  it('keeps the text as personal data', () => {
    given([customerRegistered])
      .when({ type: 'AddNote', data: { customerId, channel: 'internal', text: 'Prefers mornings.' }, metadata })
      .then([{ type: 'NoteAdded', data: { customerId, occurredAt: nowIso, channel: 'internal', personal: { text: 'Prefers mornings.' } } }]);
  });

  it('refuses an empty note', () => {
    given([customerRegistered])
      .when({ type: 'AddNote', data: { customerId, channel: 'internal', text: '   ' }, metadata })
      .thenThrows(ValidationError, { errors: [{ field: 'text' }] });
  });
});

describe('RecordServiceUse', () => {
  it('records the service and a fractional quantity', () => {
    given([customerRegistered])
      .when({ type: 'RecordServiceUse', data: { customerId, channel: 'store', service: 'repair', quantity: 1.5 }, metadata })
      .then([{ type: 'ServiceUsed', data: { customerId, occurredAt: nowIso, channel: 'store', service: 'repair', quantity: 1.5 } }]);
  });

  it('refuses a quantity of 0', () => {
    given([customerRegistered])
      .when({ type: 'RecordServiceUse', data: { customerId, channel: 'store', service: 'repair', quantity: 0 }, metadata })
      .thenThrows(ValidationError, { errors: [{ field: 'quantity', reason: 'must be a number greater than 0' }] });
  });
});
