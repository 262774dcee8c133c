import { InvalidAuthInputError } from '../auth.errors.js';
import { parseRole, type Role } from '../roles.js';
import { parseLocale, type Locale } from './locales.js';

export interface CreateUserInput {
  staffId: string;
  email: string;
  name: string;
  role: string;
  locale?: string;
}

/** A user to create: for an existing staff member (`staffId`), or for a new one registered on the way. */
export interface NewUser {
  staffId?: string;
  email: string;
  name: string;
  role: string;
  locale?: string;
  managerId?: string | null;
  region?: string | null;
}

/** Records a new staff member in the log and answers their id; the apps do it through the command pipeline. */
export interface StaffRegistrar {
  register(person: { name: string; email: string; managerId: string | null; region: string | null }): Promise<string>;
}

export interface ValidUserInput {
  staffId: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
}

// Deliberately loose: the domain's RegisterStaff checks the address; here it only has to be a sign-in name.
const EMAIL = /^[^\s@]+@[^\s@]+$/;

export function normalizeSignInEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function validateUserInput(input: CreateUserInput): ValidUserInput {
  const email = normalizeSignInEmail(String(input.email ?? ''));
  if (!EMAIL.test(email) || email.length > 320) throw new InvalidAuthInputError('email', 'must be an email address');
  const name = String(input.name ?? '').trim();
  if (name === '' || name.length > 200) throw new InvalidAuthInputError('name', 'must be 1 to 200 characters');
  if (typeof input.staffId !== 'string' || input.staffId.trim() === '') throw new InvalidAuthInputError('staffId', 'is required');
  return {
    staffId: input.staffId.trim(),
    email,
    name,
    role: parseRole(input.role),
    locale: input.locale === undefined ? 'en' : parseLocale(input.locale),
  };
}
