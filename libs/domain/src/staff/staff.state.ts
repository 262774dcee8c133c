import type { StaffEvent } from './staff.events.js';

export type StaffState = { status: 'unknown' } | { status: 'registered'; staffId: string; active: boolean };

export const initialStaffState: StaffState = { status: 'unknown' };

export function evolveStaff(state: StaffState, event: StaffEvent): StaffState {
  switch (event.type) {
    case 'StaffRegistered':
      return state.status === 'unknown' ? { status: 'registered', staffId: event.data.staffId, active: event.data.active } : state;
    case 'StaffDeactivated':
      return state.status === 'registered' ? { ...state, active: false } : state;
    default:
      return state;
  }
}
