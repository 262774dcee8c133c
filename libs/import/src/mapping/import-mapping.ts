/**
 * A column mapping as written in a mapping file (see docs/import.md). A field is read from a
 * column ("CustomerID"), a column with corrections or a type ({ "column", "replace", "as" }), a
 * constant ({ "value" }), a template over columns ({ "template": "{sales_agent|slug}@example.org" })
 * or another file of the same folder ({ "column", "lookup": { "file", "match", "take" } }).
 */
export type FieldSpec =
  | string
  | { column: string; replace?: Record<string, string>; as?: 'text' | 'number' | 'integer' }
  | { column: string; lookup: { file: string; match: string; take: string } }
  | { value: string | number | boolean }
  | { template: string };

export type SectionSpec = { [field: string]: FieldSpec | SectionSpec | Record<string, FieldSpec> | string | undefined };

export type ImportMapping = {
  /** Free text for people (what the mapping is for, the data's source and licence). */
  about?: string;
  /** The system the file comes from: names external ids and seeds every derived id. */
  source: string;
  /** The zone of date-times written without an offset. Default UTC. */
  timeZone?: string;
  /** ISO 4217 code of amounts written without one, in major units ("2.55"). */
  currency?: string;
  customer?: SectionSpec;
  organization?: SectionSpec;
  touch?: SectionSpec;
  staff?: SectionSpec;
  opportunity?: SectionSpec;
};
