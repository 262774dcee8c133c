import { NotFoundError, RuleViolation, ValidationError } from '../shared/errors.js';
import { metadata, nowIso, otherStaffId, staffId } from '../testing/fixtures.js';
import { deciderSpec } from '../testing/given.js';
import type { RegisterStaff } from './staff.commands.js';
import { staffDecider } from './staff.decide.js';
import type { StaffDeactivated, StaffRegistered } from './staff.events.js';

const given = deciderSpec(staffDecider);

const register = (data: Partial<RegisterStaff['data']> = {}): RegisterStaff => ({
  type: 'RegisterStaff',
  data: { staffId, name: 'Grace Hopper', email: 'grace@CRM.example', title: 'Account manager', managerId: otherStaffId, region: 'EMEA', ...data },
  metadata,
});

const staffRegistered: StaffRegistered = {
  type: 'StaffRegistered',
  data: {
    staffId,
    title: 'Account manager',
    managerId: otherStaffId,
    region: 'EMEA',
    active: true,
    personal: { name: 'Grace Hopper', email: 'grace@crm.example' },
  },
};
const deactivated: StaffDeactivated = { type: 'StaffDeactivated', data: { staffId, occurredAt: nowIso } };
const deactivate = { type: 'DeactivateStaff', data: { staffId }, metadata } as const;

describe('RegisterStaff', () => {
  it('registers an active staff member, name and email as personal data', () => {
    given([]).when(register()).then([staffRegistered]);
  });

  it('refuses a staff member registered twice', () => {
    given([staffRegistered]).when(register()).thenThrows(RuleViolation, { rule: 'staff-already-registered' });
  });

  it('refuses a bad email and a member managing themselves', () => {
    given([])
      .when(register({ email: 'grace', managerId: staffId }))
      .thenThrows(ValidationError, {
        errors: [
          { field: 'email', reason: expect.any(String) },
          { field: 'managerId', reason: 'cannot be the staff member itself' },
        ],
      });
  });

  it('names the stream after the staff member', () => {
    expect(staffDecider.streamName(register())).toBe(`staff-${staffId}`);
  });
});

describe('DeactivateStaff', () => {
  it('deactivates an active member', () => {
    given([staffRegistered]).when(deactivate).then([deactivated]);
  });

  it('changes nothing for a member already inactive', () => {
    given([staffRegistered, deactivated]).when(deactivate).then([]);
  });

  it('refuses a member that does not exist', () => {
    given([]).when(deactivate).thenThrows(NotFoundError, { entity: 'staff member', id: staffId });
  });
});

describe('SetStaffTimeZone', () => {
  const setZone = (timeZone: string) => ({ type: 'SetStaffTimeZone', data: { staffId, timeZone }, metadata }) as const;
  const zoneSet = { type: 'StaffTimeZoneSet', data: { staffId, timeZone: 'Europe/Madrid', occurredAt: nowIso } } as const;

  it('sets the zone by its canonical name', () => {
    given([staffRegistered]).when(setZone('europe/madrid')).then([zoneSet]);
  });

  it('changes nothing when the zone is already set, including UTC for a new member', () => {
    given([staffRegistered, zoneSet]).when(setZone('Europe/Madrid')).then([]);
    given([staffRegistered]).when(setZone('UTC')).then([]);
  });

  it('refuses a zone the time-zone database does not know, and a member never registered', () => {
    given([staffRegistered])
      .when(setZone('Mars/Olympus'))
      .thenThrows(ValidationError, { errors: [{ field: 'timeZone', reason: 'must be an IANA time zone, such as Europe/Madrid' }] });
    given([]).when(setZone('Europe/Madrid')).thenThrows(NotFoundError);
  });
});
