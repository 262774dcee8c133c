import { column, defineTables, type TableOf, type TablesOf } from '#crm/read-store';

export const duplicatesTables = defineTables({
  /** One row per customer: the keys two records of one person would share. Null keys match nothing. */
  duplicate_subject: {
    columns: {
      customer_id: column.uuid().primaryKey(),
      /** The whole address lowercased: contactKeys' email key. */
      email_key: column.text().nullable(),
      /** E.164. */
      phone_key: column.text().nullable(),
      /** The name's words without accents or punctuation, lowercased and sorted: "Lovelace, Ada" is "ada lovelace". */
      name_key: column.text().nullable(),
      organization_id: column.uuid().nullable(),
      /** Country and postal code, `GB:SW1A1AA`. */
      postal_key: column.text().nullable(),
      /** False once erased. */
      active: column.boolean(),
      /** The survivor while this record is merged into it. Only records neither erased nor merged pair with others. */
      merged_into: column.uuid().nullable(),
    },
    indexes: [
      { name: 'duplicate_subject_email', on: ['email_key'] },
      { name: 'duplicate_subject_phone', on: ['phone_key'] },
      { name: 'duplicate_subject_name', on: ['name_key'] },
    ],
  },
  /** A candidate pair, the smaller id first: why the two look like one person, and how strongly. */
  duplicate_pair: {
    columns: {
      customer_id: column.uuid(),
      other_id: column.uuid(),
      /** Every reason that holds, strongest first. */
      reasons: column.jsonb<string[]>(),
      /** 0-100: the strongest reason's weight. */
      score: column.integer(),
    },
    primaryKey: ['customer_id', 'other_id'],
    indexes: [
      { name: 'duplicate_pair_page', on: ['score', 'customer_id', 'other_id'] },
      { name: 'duplicate_pair_other', on: ['other_id'] },
    ],
  },
});

export type DuplicatesTables = TablesOf<typeof duplicatesTables>;
export type DuplicateSubjectTable = TableOf<typeof duplicatesTables.duplicate_subject>;
export type DuplicatePairTable = TableOf<typeof duplicatesTables.duplicate_pair>;
