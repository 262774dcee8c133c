import {
  customerStreamName,
  type AttributeValue,
  type ChangeCustomerAttributes,
  type CustomerKind,
  type CustomerState,
  type RegisterCustomer,
} from '#crm/domain';
import type { ImportedCustomer } from '../ids/customer-attachments.js';
import { RowProblem } from '../import.errors.js';
import type { CompiledMapping, CompiledSection } from '../mapping/compile-mapping.js';
import type { CommandMetadata } from '#crm/domain';
import type { PlannedCommand } from './planned-command.js';
import { instant, requiredText, text } from './read-cells.js';

type Values = readonly string[];

function attributesOf(section: CompiledSection, values: Values): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = {};
  for (const [key, field] of section.attributes) {
    const value = field.read(values);
    if (value !== undefined) attributes[key] = value;
  }
  return attributes;
}

function kindOf(section: CompiledSection, values: Values, fixed: CustomerKind | undefined): CustomerKind {
  if (fixed) return fixed;
  const kind = text(section.fields.kind, values) ?? 'person';
  if (kind !== 'person' && kind !== 'organization') throw new RowProblem(`${section.fields.kind!.label} must be person or organization`);
  return kind;
}

/** The customer a row names by `key`, with the addresses its section gives (a bad cell gives none). */
export function importedCustomer(section: CompiledSection | undefined, key: string | undefined, values: Values): ImportedCustomer[] {
  if (key === undefined) return [];
  try {
    return [{ key, email: text(section?.fields.email, values), phone: text(section?.fields.phone, values) }];
  } catch {
    return [{ key }];
  }
}

/**
 * A customer as one row shows it: registered the first time the key is met. A touch's row may also
 * change the customer's attributes (Online Retail's country); that change belongs to the touch, so it
 * is decided only while the touch is new — a second run must not replay old values over newer ones.
 * Throws a RowProblem for an unusable row.
 */
export function planCustomer(
  mapping: CompiledMapping,
  section: CompiledSection,
  values: Values,
  lines: readonly number[],
  options: { key: string; metadata: CommandMetadata; kind?: CustomerKind; registeredAt?: string; touchSeed?: string },
): PlannedCommand[] {
  const customerId = mapping.ids.customer(options.key);
  const streamName = customerStreamName(customerId);
  const attributes = attributesOf(section, values);
  const register: RegisterCustomer = {
    type: 'RegisterCustomer',
    metadata: options.metadata,
    data: {
      customerId,
      kind: kindOf(section, values, options.kind),
      name: requiredText(section.fields.name!, values),
      email: text(section.fields.email, values) ?? null,
      phone: text(section.fields.phone, values) ?? null,
      externalIds: [{ system: mapping.source, value: options.key }],
      source: mapping.source,
      attributes,
      occurredAt: instant(section.fields.registeredAt, values, mapping) ?? options.registeredAt,
    },
  };
  const change: ChangeCustomerAttributes = { type: 'ChangeCustomerAttributes', metadata: options.metadata, data: { customerId, set: attributes } };
  const known = (view: { state: unknown }) => (view.state as CustomerState).status !== 'unknown';
  const registration: PlannedCommand = {
    aggregate: 'customer',
    streamName,
    seed: `customer:${options.key}`,
    restated: true,
    lines,
    build: (view) => (known(view) ? null : register),
  };
  if (options.touchSeed === undefined || Object.keys(attributes).length === 0) return [registration];
  return [
    registration,
    {
      aggregate: 'customer',
      streamName,
      seed: `${options.touchSeed}:customer-attributes`,
      unless: options.touchSeed,
      restated: true,
      lines,
      build: (view) => (known(view) ? change : null),
    },
  ];
}
