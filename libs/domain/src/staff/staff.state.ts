import type { StaffEvent } from './staff.events.js';

/** Staff members start in UTC until a time zone is set for them. */
export const DEFAULT_STAFF_TIME_ZONE = 'UTC';

export type StaffState = { status: 'unknown' } | { status: 'registered'; staffId: string; active: boolean; timeZone: string };

export const initialStaffState: StaffState = { status: 'unknown' };

export function evolveStaff(state: StaffState, event: StaffEvent): StaffState {
  switch (event.type) {
    case 'StaffRegistered':
      return state.status === 'unknown'
        ? { status: 'registered', staffId: event.data.staffId, active: event.data.active, timeZone: DEFAULT_STAFF_TIME_ZONE }
        : state;
    case 'StaffDeactivated':
      return state.status === 'registered' ? { ...state, active: false } : state;
    case 'StaffTimeZoneSet':
      return state.status === 'registered' ? { ...state, timeZone: event.data.timeZone } : state;
    default:
      return state;
  }
}
