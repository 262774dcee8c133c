import { InvalidAuthInputError } from './auth.errors.js';
import { parseRole, type Role } from './roles.js';

export interface CreateApiKeyInput {
  role: Role | string;
  name: string;
  staffId?: string | null;
}

export interface ValidApiKeyInput {
  role: Role;
  name: string;
  staffId: string | null;
}

const MAX_TEXT_LENGTH = 200;

function requiredText(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidAuthInputError(field, 'must be a non-empty string');
  }
  if (value.trim().length > MAX_TEXT_LENGTH) {
    throw new InvalidAuthInputError(field, `must be at most ${MAX_TEXT_LENGTH} characters`);
  }
  return value.trim();
}

export function validateApiKeyInput(input: CreateApiKeyInput): ValidApiKeyInput {
  return {
    role: parseRole(input.role),
    name: requiredText('name', input.name),
    staffId: input.staffId === undefined || input.staffId === null ? null : requiredText('staffId', input.staffId),
  };
}
