/** Contact checks normalise as well, so that equal addresses compare equal in events and diffs. */

// Deliberately loose: the only proof an address works is a delivered message.
const EMAIL = /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/;

export function emailProblem(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 254 || !EMAIL.test(value.trim())) {
    return 'must be an email address such as name@example.org';
  }
  return null;
}

/** Domains are case-insensitive; the local part is left alone because some servers honour case. */
export function normalizeEmail(value: string): string {
  const trimmed = value.trim();
  const at = trimmed.lastIndexOf('@');
  return trimmed.slice(0, at) + trimmed.slice(at).toLowerCase();
}

const PHONE_SEPARATORS = /[\s().-]/g;

export function phoneProblem(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\+[1-9]\d{6,14}$/.test(value.replace(PHONE_SEPARATORS, ''))) {
    return 'must be an international number: + and country code, 7 to 15 digits (E.164)';
  }
  return null;
}

/** E.164 without separators, the form dialers and SMS gateways accept. */
export function normalizePhone(value: string): string {
  return value.replace(PHONE_SEPARATORS, '');
}

/**
 * What makes two addresses the same person's: the whole address lowercased (the web form has always
 * named its customers this way), or the phone in E.164. Prefixed, so an email never meets a phone;
 * a malformed address names no one.
 */
export function contactKeys(personal: { email?: string | null; phone?: string | null }): string[] {
  const keys: string[] = [];
  if (personal.email && !emailProblem(personal.email)) keys.push(`email:${normalizeEmail(personal.email).toLowerCase()}`);
  if (personal.phone && !phoneProblem(personal.phone)) keys.push(`phone:${normalizePhone(personal.phone)}`);
  return keys;
}
