import { isCurrencyCode } from '#crm/domain';
import { ImportIds } from '../ids/import-ids.js';
import { MappingError } from '../import.errors.js';
import { assertTimeZone } from '../values/local-time.js';
import { compileField, type Field, type FieldContext } from './compile-field.js';
import { requiredFields, sectionFields, sectionsOfKind, type ImportKind, type SectionName } from './import-kind.js';

export type CompiledSection = {
  fields: Partial<Record<string, Field>>;
  attributes: [key: string, field: Field][];
  manager?: CompiledSection;
  /** Rows whose key (or deal's customer) is empty are skipped for this reason instead of reported bad. */
  whenKeyMissing?: string;
  whenCustomerMissing?: string;
  /** A touch whose `field` starts with `prefix` cancels a purchase (Online Retail's "C536379"). */
  cancellation?: { field: Field; prefix: string };
};

export type CompiledMapping = {
  source: string;
  timeZone: string;
  currency: string;
  ids: ImportIds;
  sections: Partial<Record<SectionName, CompiledSection>>;
};

const TOP_LEVEL = ['about', 'source', 'timeZone', 'currency', ...Object.keys(sectionFields).filter((name) => name !== 'manager')];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function reason(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw new MappingError(field, 'must be the reason to report, as text');
  return value.trim();
}

function compileSection(name: SectionName | 'manager', path: string, spec: unknown, context: FieldContext): CompiledSection {
  if (!isObject(spec)) throw new MappingError(path, 'must be an object of fields');
  const known = sectionFields[name];
  const section: CompiledSection = { fields: {}, attributes: [] };
  for (const [field, value] of Object.entries(spec)) {
    const at = `${path}.${field}`;
    switch (known[field]) {
      case 'field':
        section.fields[field] = compileField(at, value, context);
        break;
      case 'attributes':
        if (!isObject(value)) throw new MappingError(at, 'must map attribute names to fields');
        section.attributes = Object.entries(value).map(([key, attribute]) => [key, compileField(`${at}.${key}`, attribute, context)]);
        break;
      case 'section':
        section.manager = compileSection('manager', at, value, context);
        break;
      case 'reason':
        section[field as 'whenKeyMissing' | 'whenCustomerMissing'] = reason(at, value);
        break;
      case 'cancellation': {
        if (!isObject(value) || typeof value.prefix !== 'string' || value.prefix === '') {
          throw new MappingError(at, 'must be { "column": ..., "prefix": ... }');
        }
        section.cancellation = { field: compileField(`${at}.column`, value.column, context), prefix: value.prefix };
        break;
      }
      default:
        throw new MappingError(at, `is not a field of ${name} (known: ${Object.keys(known).join(', ')})`);
    }
  }
  const missing = requiredFields[name].find((field) => section.fields[field] === undefined);
  if (missing) throw new MappingError(`${path}.${missing}`, 'is required');
  return section;
}

/**
 * Checks a mapping against the kind of import and the file's header, all before anything is
 * written: an unknown field or a column the file lacks is a MappingError naming it.
 */
export function compileMapping(kind: ImportKind, mapping: unknown, context: FieldContext): CompiledMapping {
  if (!isObject(mapping)) throw new MappingError('', 'must be a JSON object');
  const unknown = Object.keys(mapping).find((key) => !TOP_LEVEL.includes(key));
  if (unknown !== undefined) throw new MappingError(unknown, `is not a mapping field (known: ${TOP_LEVEL.join(', ')})`);
  const { source, timeZone = 'UTC', currency = 'EUR' } = mapping;
  if (typeof source !== 'string' || !/^[a-z0-9][a-z0-9._-]{0,49}$/i.test(source)) {
    throw new MappingError('source', 'must name the source system: 1 to 50 letters, digits, . _ -');
  }
  try {
    if (typeof timeZone !== 'string') throw new RangeError();
    assertTimeZone(timeZone);
  } catch {
    throw new MappingError('timeZone', 'must be an IANA time zone such as Europe/London');
  }
  if (!isCurrencyCode(currency)) throw new MappingError('currency', 'must be an ISO 4217 currency code such as GBP');

  const { required, optional } = sectionsOfKind[kind];
  if (mapping[required] === undefined) throw new MappingError(required, `is required to import ${kind}`);
  const sections: CompiledMapping['sections'] = { [required]: compileSection(required, required, mapping[required], context) };
  if (optional && mapping[optional] !== undefined) sections[optional] = compileSection(optional, optional, mapping[optional], context);
  if (kind === 'touches' && !sections.customer && !sections.touch!.fields.customer) {
    throw new MappingError('touch.customer', 'is required (the column of the customer\'s key) unless a customer section is given');
  }
  return { source, timeZone, currency, ids: new ImportIds(source), sections };
}
