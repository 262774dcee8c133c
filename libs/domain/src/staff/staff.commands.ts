import type { Command } from '../shared/decider.js';

export type RegisterStaff = Command<
  'RegisterStaff',
  { staffId: string; name: string; email: string; title: string; managerId?: string | null; region?: string | null; active?: boolean }
>;

export type DeactivateStaff = Command<'DeactivateStaff', { staffId: string }>;

export type SetStaffTimeZone = Command<'SetStaffTimeZone', { staffId: string; timeZone: string }>;

export type StaffCommand = RegisterStaff | DeactivateStaff | SetStaffTimeZone;
