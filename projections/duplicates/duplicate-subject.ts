import { contactKeys, type CustomerEvent, type CustomerPersonal } from '#crm/domain';
import type { Selectable } from 'kysely';
import type { DuplicateSubjectTable } from './duplicates.tables.js';

export type DuplicateSubject = Selectable<DuplicateSubjectTable>;

export type DuplicateReason = 'email' | 'phone' | 'name-and-organization' | 'name-and-postal-code';

/** How strongly each reason says "one person": an address is personal, a name is not. */
export const reasonScores: Record<DuplicateReason, number> = { email: 100, phone: 90, 'name-and-organization': 70, 'name-and-postal-code': 60 };

/** Accents, case, punctuation and word order do not make another name. */
export function nameKey(name: string | null | undefined): string | null {
  if (!name) return null;
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  return words.length === 0 ? null : words.sort().join(' ');
}

const postalKey = (address: CustomerPersonal['address'] | undefined) =>
  address?.postalCode ? `${address.country.toUpperCase()}:${address.postalCode.replace(/\s+/g, '').toUpperCase()}` : null;

const keyOf = (prefix: string, personal: { email?: string | null; phone?: string | null }) =>
  contactKeys(personal)
    .find((key) => key.startsWith(prefix))
    ?.slice(prefix.length) ?? null;

/** `personal` as the decoder gave it: absent (nothing changed), null (unreadable: erased key), or fields. */
function personalOf(data: object): Partial<CustomerPersonal> | null | undefined {
  const personal = (data as { personal?: unknown }).personal;
  if (personal === undefined) return undefined;
  return typeof personal === 'object' && personal !== null ? (personal as Partial<CustomerPersonal>) : null;
}

function withPersonal(subject: DuplicateSubject, personal: Partial<CustomerPersonal> | null | undefined): DuplicateSubject {
  if (personal === undefined) return subject;
  if (personal === null) return { ...subject, email_key: null, phone_key: null, name_key: null, postal_key: null };
  return {
    ...subject,
    ...(personal.email !== undefined && { email_key: keyOf('email:', { email: personal.email }) }),
    ...(personal.phone !== undefined && { phone_key: keyOf('phone:', { phone: personal.phone }) }),
    ...(personal.name !== undefined && { name_key: nameKey(personal.name) }),
    ...(personal.address !== undefined && { postal_key: postalKey(personal.address) }),
  };
}

/** The subject after one of its customer's events (undefined until the customer is registered). */
export function evolveDuplicateSubject(subject: DuplicateSubject | undefined, event: CustomerEvent): DuplicateSubject | undefined {
  if (event.type === 'CustomerRegistered') {
    const blank: DuplicateSubject = {
      customer_id: event.data.customerId,
      email_key: null,
      phone_key: null,
      name_key: null,
      organization_id: event.data.organizationId,
      postal_key: null,
      active: true,
      merged_into: subject?.merged_into ?? null,
    };
    return withPersonal(blank, personalOf(event.data) ?? null);
  }
  if (!subject) return undefined;
  switch (event.type) {
    case 'CustomerDetailsChanged': {
      const { organizationId } = event.data;
      return withPersonal({ ...subject, ...(organizationId !== undefined && { organization_id: organizationId }) }, personalOf(event.data));
    }
    case 'CustomerErased':
      return { ...subject, active: false, email_key: null, phone_key: null, name_key: null, postal_key: null };
    case 'CustomerAbsorbed':
      return { ...subject, merged_into: event.data.survivorId };
    case 'CustomerRestored':
      return { ...subject, merged_into: null };
    default:
      return subject;
  }
}

export const pairable = (subject: DuplicateSubject): boolean => subject.active && subject.merged_into === null;

/** Why two records look like one person, strongest first; empty when they do not. */
export function duplicateReasons(a: DuplicateSubject, b: DuplicateSubject): DuplicateReason[] {
  if (!pairable(a) || !pairable(b) || a.customer_id === b.customer_id) return [];
  const same = (x: string | null, y: string | null) => x !== null && x === y;
  const reasons: DuplicateReason[] = [];
  if (same(a.email_key, b.email_key)) reasons.push('email');
  if (same(a.phone_key, b.phone_key)) reasons.push('phone');
  if (same(a.name_key, b.name_key) && same(a.organization_id, b.organization_id)) reasons.push('name-and-organization');
  if (same(a.name_key, b.name_key) && same(a.postal_key, b.postal_key)) reasons.push('name-and-postal-code');
  return reasons;
}
