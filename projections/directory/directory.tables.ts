import type { AttributeValue, ExternalId } from '#crm/domain';
import { column, defineTables, type TableOf, type TablesOf } from '#crm/read-store';

export const directoryTables = defineTables({
  /** One row per customer: what the directory lists and searches. */
  directory_entry: {
    columns: {
      customer_id: column.uuid().primaryKey(),
      kind: column.text(),
      /** ERASED_MARKER once the person's data is erased or unreadable. */
      name: column.text(),
      email: column.text().nullable(),
      phone: column.text().nullable(),
      city: column.text().nullable(),
      country: column.text().nullable(),
      /** The customer's ids in the systems it came from (`online-retail` 14646); empty once erased. */
      external_ids: column.jsonb<ExternalId[]>(),
      /** Marketing attributes now (Online Retail's country, a Maven account's sector): not personal data. */
      attributes: column.jsonb<Record<string, AttributeValue>>(),
      owner_id: column.text().nullable(),
      organization_id: column.uuid().nullable(),
      /** The person's role at organization_id; null once erased. */
      organization_role: column.text().nullable(),
      source: column.text(),
      created_at: column.timestamptz(),
      last_touch_at: column.timestamptz().nullable(),
      erased: column.boolean(),
      /** The survivor while this record is merged into it: the directory lists the survivor alone. */
      merged_into: column.uuid().nullable(),
      /** lower(name): the page order, with customer_id. */
      sort_name: column.text(),
      /** Name, email and phone in lower case: what `q` matches. */
      search_text: column.text(),
    },
    indexes: [
      { name: 'directory_entry_page', on: ['sort_name', 'customer_id'], onlyForQueries: true },
      { name: 'directory_entry_owner', on: ['owner_id', 'sort_name', 'customer_id'], onlyForQueries: true },
      { name: 'directory_entry_organization', on: ['organization_id', 'sort_name', 'customer_id'], onlyForQueries: true },
    ],
  },
});

export type DirectoryTables = TablesOf<typeof directoryTables>;
export type DirectoryEntryTable = TableOf<typeof directoryTables.directory_entry>;
