import { InvalidAuthInputError } from './auth.errors.js';

/** Every role an API key can carry; admin may do everything, including managing keys. */
export const ROLES = ['operator', 'analyst', 'compliance', 'admin'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function parseRole(value: unknown, field = 'role'): Role {
  if (!isRole(value)) {
    throw new InvalidAuthInputError(field, `"${String(value)}" is not a role; valid roles are ${ROLES.join(', ')}`);
  }
  return value;
}
