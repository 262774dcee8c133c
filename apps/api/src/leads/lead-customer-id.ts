import { nameBasedUuid } from '#crm/commands';

/**
 * The customer a web lead belongs to, named by its email: the same address always finds the same
 * stream, so "is this email new?" is answered by the stream itself, atomically, with no read
 * model (commands never decide from one) and no race between two submissions of one form.
 * Case and surrounding spaces do not make a new customer.
 */
export function leadCustomerId(email: string): string {
  return nameBasedUuid(`crm:web-lead-customer\n${email.trim().toLowerCase()}`);
}
