import { MappingError, RowProblem } from '../import.errors.js';
import type { FieldSpec } from './import-mapping.js';
import { loadLookupTable, lookupKey } from './lookup-table.js';

export type Cell = string | number | boolean | undefined;

/** A mapped field, ready to read rows: `undefined` when the row leaves it empty. */
export type Field = { label: string; read(values: readonly string[]): Cell };

export type FieldContext = { header: readonly string[]; folder: string };

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');

function columnIndex(field: string, column: unknown, context: FieldContext): number {
  if (typeof column !== 'string' || column === '') throw new MappingError(field, 'must name a column');
  const index = context.header.indexOf(column);
  if (index < 0) throw new MappingError(field, `names column "${column}", which the file's header (line 1) does not have`);
  return index;
}

const cell = (values: readonly string[], index: number): string | undefined => {
  const value = values[index]?.trim();
  return value === '' ? undefined : value;
};

function typed(label: string, as: unknown, field: string): (text: string) => Cell {
  switch (as) {
    case undefined:
    case 'text':
      return (text) => text;
    case 'number':
    case 'integer':
      return (text) => {
        const number = Number(text);
        const ok = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) && (as === 'number' || Number.isSafeInteger(number));
        if (!ok) throw new RowProblem(`${label} must be ${as === 'number' ? 'a number' : 'a whole number'}`);
        return number;
      };
    default:
      throw new MappingError(`${field}.as`, 'must be "text", "number" or "integer"');
  }
}

function template(field: string, text: unknown, context: FieldContext): Field {
  if (typeof text !== 'string') throw new MappingError(field, 'template must be text');
  const parts = text.split(/(\{[^}]*\})/).map((part) => {
    const placeholder = /^\{([^|}]+)(?:\|(slug))?\}$/.exec(part);
    if (!placeholder) {
      if (part.startsWith('{')) throw new MappingError(field, `${part} must be {Column} or {Column|slug}`);
      return () => part;
    }
    const index = columnIndex(field, placeholder[1], context);
    return (values: readonly string[]) => {
      const value = cell(values, index);
      if (value === undefined) throw new RowProblem(`${placeholder[1]} is empty`);
      return placeholder[2] ? slug(value) : value;
    };
  });
  return { label: field, read: (values) => parts.map((part) => part(values)).join('') };
}

/** Checks one field of a mapping against the file's header and turns it into a reader. */
export function compileField(field: string, spec: FieldSpec | unknown, context: FieldContext): Field {
  if (typeof spec === 'string') {
    const index = columnIndex(field, spec, context);
    return { label: spec, read: (values) => cell(values, index) };
  }
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    throw new MappingError(field, 'must be a column name or an object with column, value, template or lookup');
  }
  const { column, replace, as, value, template: text, lookup, ...rest } = spec as Record<string, unknown>;
  const unknown = Object.keys(rest)[0];
  if (unknown !== undefined) throw new MappingError(`${field}.${unknown}`, 'is not a field option (column, replace, as, lookup, value, template)');
  if (value !== undefined) {
    if (!['string', 'number', 'boolean'].includes(typeof value)) throw new MappingError(`${field}.value`, 'must be text, a number or true/false');
    return { label: field, read: () => value as Cell };
  }
  if (text !== undefined) return template(field, text, context);
  const index = columnIndex(`${field}.column`, column, context);
  const label = column as string;
  if (lookup !== undefined) {
    const table = loadLookupTable(field, context.folder, lookup as { file: string; match: string; take: string });
    const { file } = lookup as { file: string };
    return {
      label,
      read: (values) => {
        const key = cell(values, index);
        if (key === undefined) return undefined;
        const found = table.get(lookupKey(key));
        if (found === undefined) throw new RowProblem(`${label} has no match in ${file}`);
        return found === '' ? undefined : found;
      },
    };
  }
  if (replace !== undefined && (typeof replace !== 'object' || replace === null || Object.values(replace).some((to) => typeof to !== 'string'))) {
    throw new MappingError(`${field}.replace`, 'must map values found in the file to the values to import');
  }
  const corrections = new Map(Object.entries((replace ?? {}) as Record<string, string>));
  const convert = typed(label, as, field);
  return {
    label,
    read: (values) => {
      const text = cell(values, index);
      if (text === undefined) return undefined;
      return convert(corrections.get(text) ?? text);
    },
  };
}
