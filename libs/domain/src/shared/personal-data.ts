/**
 * Convention for every event: the fields that identify or describe a person (names, contact
 * details, address, a person's external identifiers, free text about them) live in one nested
 * `personal` object of the event's data. The crypto layer encrypts exactly that object with the
 * person's key, and erasure destroys the key; everything outside `personal` stays readable, so
 * projections and audits keep working after erasure.
 */
export type WithPersonal<Personal extends object> = { personal: Personal };

export function personalDataOf(event: { data: object }): object | null {
  const personal = (event.data as { personal?: unknown }).personal;
  return typeof personal === 'object' && personal !== null ? personal : null;
}
