/** A staff member's name and email are personal data: they live in `data.personal`, encrypted with their key. */
import type { DomainEvent } from '../shared/decider.js';
import type { WithPersonal } from '../shared/personal-data.js';

export type StaffRegistered = DomainEvent<
  'StaffRegistered',
  { staffId: string; title: string; managerId: string | null; region: string | null; active: boolean } & WithPersonal<{
    name: string;
    email: string;
  }>
>;

export type StaffDeactivated = DomainEvent<'StaffDeactivated', { staffId: string; occurredAt: string }>;

/** The IANA zone the staff member's day runs in: when their morning digest comes and what "today" is. */
export type StaffTimeZoneSet = DomainEvent<'StaffTimeZoneSet', { staffId: string; timeZone: string; occurredAt: string }>;

export type StaffEvent = StaffRegistered | StaffDeactivated | StaffTimeZoneSet;
