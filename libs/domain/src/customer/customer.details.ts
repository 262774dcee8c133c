import { emailProblem, normalizeEmail, normalizePhone, phoneProblem } from '../shared/contact.js';
import { countryProblem } from '../shared/countries.js';
import { optional, textProblem, uuidProblem } from '../shared/field-checks.js';
import { nested, type Check } from '../shared/validation.js';
import type { PostalAddressInput } from './customer.commands.js';
import type { CustomerPersonal, ExternalId, PostalAddress } from './customer.events.js';

/** The details a command may carry; undefined means "not given", null means "none". */
export type DetailsInput = {
  name?: string;
  email?: string | null;
  phone?: string | null;
  address?: PostalAddressInput | null;
  externalIds?: ExternalId[];
  organizationId?: string | null;
  /** The person's role at their organization; only with one. */
  organizationRole?: string | null;
  source?: string;
};

const MAX_ROLE = 100;

const ifGiven = (value: unknown, check: (present: unknown) => string | null) => (value === undefined ? null : check(value));

export function detailChecks(details: DetailsInput): Check[] {
  return [
    ['name', ifGiven(details.name, textProblem)],
    ['email', optional(details.email, emailProblem)],
    ['phone', optional(details.phone, phoneProblem)],
    ...(details.address ? nested('address', addressChecks(details.address)) : []),
    ...externalIdChecks(details.externalIds),
    ['organizationId', optional(details.organizationId, uuidProblem)],
    ['organizationRole', optional(details.organizationRole, (role) => textProblem(role, MAX_ROLE))],
    ['source', ifGiven(details.source, (source) => textProblem(source, 100))],
  ];
}

function addressChecks(address: unknown): Check[] {
  if (typeof address !== 'object' || address === null) return [['', 'must be an object']];
  const parts = address as Record<string, unknown>;
  return [
    ['line1', textProblem(parts.line1)],
    ['line2', optional(parts.line2, textProblem)],
    ['city', textProblem(parts.city, 100)],
    ['postalCode', optional(parts.postalCode, (code) => textProblem(code, 20))],
    ['region', optional(parts.region, (region) => textProblem(region, 100))],
    ['country', countryProblem(parts.country)],
  ];
}

function externalIdChecks(externalIds: unknown): Check[] {
  if (externalIds === undefined) return [];
  if (!Array.isArray(externalIds)) return [['externalIds', 'must be a list of { system, value }']];
  return externalIds.flatMap((id: Partial<ExternalId> | null, index): Check[] => [
    [`externalIds[${index}].system`, textProblem(id?.system, 50)],
    [`externalIds[${index}].value`, textProblem(id?.value)],
  ]);
}

/** The personal fields present in `details`, in the one form events store them. */
export function normalizedPersonal(details: DetailsInput): Partial<CustomerPersonal> {
  const personal: Partial<CustomerPersonal> = {};
  if (details.name !== undefined) personal.name = details.name.trim();
  if (details.email !== undefined) personal.email = details.email === null ? null : normalizeEmail(details.email);
  if (details.phone !== undefined) personal.phone = details.phone === null ? null : normalizePhone(details.phone);
  if (details.address !== undefined) personal.address = details.address === null ? null : normalizedAddress(details.address);
  if (details.externalIds !== undefined) {
    personal.externalIds = details.externalIds.map(({ system, value }) => ({ system: system.trim(), value: value.trim() }));
  }
  return personal;
}

function normalizedAddress(address: PostalAddressInput): PostalAddress {
  const trimmedOrNull = (value: string | null | undefined) => (value ? value.trim() : null);
  return {
    line1: address.line1.trim(),
    line2: trimmedOrNull(address.line2),
    city: address.city.trim(),
    postalCode: trimmedOrNull(address.postalCode),
    region: trimmedOrNull(address.region),
    country: address.country.toUpperCase(),
  };
}
