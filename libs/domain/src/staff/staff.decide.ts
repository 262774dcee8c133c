import { emailProblem, normalizeEmail } from '../shared/contact.js';
import type { Decider } from '../shared/decider.js';
import { optional, textProblem, uuidProblem } from '../shared/field-checks.js';
import { requireExisting } from '../shared/require-existing.js';
import { staffStreamName } from '../shared/stream-names.js';
import { unknownCommand } from '../shared/unknown-command.js';
import { assertValid, type Check } from '../shared/validation.js';
import type { DeactivateStaff, RegisterStaff, SetStaffTimeZone, StaffCommand } from './staff.commands.js';
import { staffAlreadyRegistered } from './staff.errors.js';
import type { StaffDeactivated, StaffEvent, StaffRegistered, StaffTimeZoneSet } from './staff.events.js';
import { evolveStaff, initialStaffState, type StaffState } from './staff.state.js';

function managerCheck(staffId: string, managerId: string | null | undefined): Check {
  const problem = optional(managerId, uuidProblem);
  if (problem) return ['managerId', problem];
  return ['managerId', managerId && managerId.toLowerCase() === staffId.toLowerCase() ? 'cannot be the staff member itself' : null];
}

export function registerStaff({ data }: RegisterStaff, state: StaffState): StaffRegistered[] {
  assertValid([
    ['staffId', uuidProblem(data.staffId)],
    ['name', textProblem(data.name)],
    ['email', emailProblem(data.email)],
    ['title', textProblem(data.title, 100)],
    managerCheck(data.staffId, data.managerId),
    ['region', optional(data.region, (region) => textProblem(region, 100))],
    ['active', optional(data.active, (active) => (typeof active === 'boolean' ? null : 'must be true or false'))],
  ]);
  if (state.status !== 'unknown') throw staffAlreadyRegistered(data.staffId);
  return [
    {
      type: 'StaffRegistered',
      data: {
        staffId: data.staffId,
        title: data.title.trim(),
        managerId: data.managerId ?? null,
        region: data.region?.trim() ?? null,
        active: data.active ?? true,
        personal: { name: data.name.trim(), email: normalizeEmail(data.email) },
      },
    },
  ];
}

/** Deactivating someone already inactive changes nothing. */
export function deactivateStaff({ data, metadata }: DeactivateStaff, state: StaffState): StaffDeactivated[] {
  const staff = requireExisting(state, 'staff member', data.staffId);
  if (!staff.active) return [];
  return [{ type: 'StaffDeactivated', data: { staffId: data.staffId, occurredAt: metadata.now.toISOString() } }];
}

/** Intl knows the time-zone database: a name it refuses is no zone. */
function timeZoneProblem(timeZone: unknown): string | null {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return 'is required';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return null;
  } catch {
    return 'must be an IANA time zone, such as Europe/Madrid';
  }
}

/** The zone is stored by its canonical name (europe/madrid → Europe/Madrid); setting the one already set changes nothing. */
export function setStaffTimeZone({ data, metadata }: SetStaffTimeZone, state: StaffState): StaffTimeZoneSet[] {
  assertValid([['timeZone', timeZoneProblem(data.timeZone)]]);
  const staff = requireExisting(state, 'staff member', data.staffId);
  const timeZone = new Intl.DateTimeFormat('en-US', { timeZone: data.timeZone }).resolvedOptions().timeZone;
  if (staff.timeZone === timeZone) return [];
  return [{ type: 'StaffTimeZoneSet', data: { staffId: data.staffId, timeZone, occurredAt: metadata.now.toISOString() } }];
}

export function decideStaff(command: StaffCommand, state: StaffState): StaffEvent[] {
  switch (command.type) {
    case 'RegisterStaff':
      return registerStaff(command, state);
    case 'DeactivateStaff':
      return deactivateStaff(command, state);
    case 'SetStaffTimeZone':
      return setStaffTimeZone(command, state);
    default:
      throw unknownCommand(command);
  }
}

export const staffDecider: Decider<StaffCommand, StaffEvent, StaffState> = {
  streamName: (command) => staffStreamName(command.data.staffId),
  decide: decideStaff,
  evolve: evolveStaff,
  initialState: initialStaffState,
};
