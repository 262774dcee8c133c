import { RuleViolation } from '../shared/errors.js';

export const staffAlreadyRegistered = (staffId: string) =>
  new RuleViolation('staff-already-registered', `staff member ${staffId} is already registered`);
