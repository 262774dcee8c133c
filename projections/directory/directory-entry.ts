import { ERASED_MARKER } from '#crm/crypto';
import { isTouchEvent, type CustomerEvent, type CustomerPersonal } from '#crm/domain';
import type { Selectable } from 'kysely';
import type { DirectoryEntryTable } from './directory.tables.js';

export type DirectoryEntry = Selectable<DirectoryEntryTable>;

/**
 * `personal` as readable fields: none changed when the event has none, null when the decoder gave
 * the erased marker instead (the person's key was destroyed), shown then as the marker itself.
 */
function readablePersonal(data: object): Partial<CustomerPersonal> | null {
  const personal = (data as { personal?: unknown }).personal;
  if (personal === undefined) return {};
  return typeof personal === 'object' && personal !== null ? (personal as Partial<CustomerPersonal>) : null;
}

function withSearch(entry: DirectoryEntry): DirectoryEntry {
  return {
    ...entry,
    sort_name: entry.name.toLowerCase(),
    search_text: [entry.name, entry.email, entry.phone]
      .filter((part) => part !== null)
      .join(' ')
      .toLowerCase(),
  };
}

function withPersonal(entry: DirectoryEntry, personal: Partial<CustomerPersonal> | null): DirectoryEntry {
  if (entry.erased) return entry;
  if (personal === null) return withSearch({ ...entry, name: ERASED_MARKER, email: null, phone: null, city: null, country: null, external_ids: [] });
  return withSearch({
    ...entry,
    ...(personal.name !== undefined && { name: personal.name }),
    ...(personal.email !== undefined && { email: personal.email }),
    ...(personal.phone !== undefined && { phone: personal.phone }),
    ...(personal.externalIds !== undefined && { external_ids: personal.externalIds }),
    ...(personal.address !== undefined && { city: personal.address?.city ?? null, country: personal.address?.country ?? null }),
  });
}

const later = (current: Date | null, next: Date) => (current === null || next > current ? next : current);

/**
 * The entry after one event (undefined until the customer is registered). `occurredAt` is the
 * event's business time.
 */
export function evolveDirectoryEntry(entry: DirectoryEntry | undefined, event: CustomerEvent, occurredAt: Date): DirectoryEntry | undefined {
  if (event.type === 'CustomerRegistered') {
    const { data } = event;
    const registered: DirectoryEntry = {
      customer_id: data.customerId,
      kind: data.kind,
      name: ERASED_MARKER,
      email: null,
      phone: null,
      city: null,
      country: null,
      external_ids: [],
      attributes: data.attributes,
      owner_id: data.ownerId,
      organization_id: data.organizationId,
      organization_role: data.organizationRole ?? null,
      source: data.source,
      created_at: occurredAt,
      last_touch_at: entry?.last_touch_at ?? null,
      erased: false,
      merged_into: entry?.merged_into ?? null,
      sort_name: '',
      search_text: '',
    };
    return withPersonal(registered, readablePersonal(data));
  }
  if (!entry) return undefined;
  switch (event.type) {
    case 'CustomerDetailsChanged': {
      const { organizationId, organizationRole, source } = event.data;
      const changed = {
        ...entry,
        ...(organizationId !== undefined && { organization_id: organizationId }),
        ...(organizationRole !== undefined && { organization_role: organizationRole }),
        ...(source !== undefined && { source }),
      };
      return withPersonal(changed, readablePersonal(event.data));
    }
    case 'CustomerOwnerAssigned':
      return { ...entry, owner_id: event.data.ownerId };
    case 'CustomerAttributesChanged': {
      const attributes = { ...entry.attributes, ...event.data.set };
      for (const key of event.data.unset) delete attributes[key];
      return { ...entry, attributes };
    }
    case 'CustomerAbsorbed':
      return { ...entry, merged_into: event.data.survivorId };
    case 'CustomerRestored':
      return { ...entry, merged_into: null };
    case 'CustomerErased':
      return withSearch({
        ...entry,
        erased: true,
        name: ERASED_MARKER,
        email: null,
        phone: null,
        city: null,
        country: null,
        external_ids: [],
        organization_role: null,
      });
    default:
      return isTouchEvent(event) ? { ...entry, last_touch_at: later(entry.last_touch_at, occurredAt) } : entry;
  }
}
