import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { MappingError } from '../import.errors.js';

/** Keys compare without spaces or case: exports spell one product "GTX Pro" and "GTXPro". */
export const lookupKey = (text: string): string => text.replace(/\s+/g, '').toLowerCase();

/** A small CSV beside the imported file, read whole, as a map from one column to another. */
export function loadLookupTable(field: string, folder: string, spec: { file: string; match: string; take: string }): Map<string, string> {
  if (basename(spec.file) !== spec.file) throw new MappingError(`${field}.lookup.file`, 'must name a file in the imported file\'s folder');
  let rows: string[][];
  try {
    rows = parse(readFileSync(join(folder, spec.file)), { bom: true, skip_empty_lines: true, relax_column_count: true });
  } catch (error) {
    throw new MappingError(`${field}.lookup.file`, `cannot read ${spec.file} (${(error as Error).message.split('\n')[0]})`);
  }
  const header = (rows[0] ?? []).map((column) => column.trim());
  const [match, take] = [header.indexOf(spec.match), header.indexOf(spec.take)];
  if (match < 0) throw new MappingError(`${field}.lookup.match`, `${spec.file} has no column "${spec.match}"`);
  if (take < 0) throw new MappingError(`${field}.lookup.take`, `${spec.file} has no column "${spec.take}"`);
  return new Map(rows.slice(1).map((row) => [lookupKey(row[match] ?? ''), (row[take] ?? '').trim()]));
}
