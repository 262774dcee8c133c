import type { ImportKind } from './import-kind.js';
import type { ImportMapping } from './import-mapping.js';

/** The documented columns (docs/import.md) each kind reads when no mapping is given. */
const documentedColumns: Record<ImportKind, Record<string, Record<string, unknown>>> = {
  customers: {
    customer: { key: 'external_id', name: 'name', kind: 'kind', email: 'email', phone: 'phone', registeredAt: 'registered_at' },
  },
  organizations: {
    organization: { key: 'external_id', name: 'name', email: 'email', phone: 'phone', registeredAt: 'registered_at' },
  },
  touches: {
    touch: {
      key: 'touch_id',
      customer: 'customer_id',
      type: 'type',
      occurredAt: 'occurred_at',
      channel: 'channel',
      orderId: 'order_id',
      sku: 'sku',
      description: 'description',
      quantity: 'quantity',
      unitPrice: 'unit_price',
      amount: 'amount',
      direction: 'direction',
      durationSeconds: 'duration_seconds',
      outcome: 'outcome',
      subject: 'subject',
      text: 'text',
    },
  },
  staff: { staff: { key: 'staff_id', name: 'name', email: 'email', title: 'title', region: 'region', manager: { key: 'manager_id' } } },
  opportunities: {
    opportunity: {
      key: 'opportunity_id',
      customer: 'customer_id',
      owner: 'owner_id',
      interest: 'interest',
      expectedAmount: 'expected_amount',
      stage: 'stage',
      openedAt: 'opened_at',
      closedAt: 'closed_at',
      closeAmount: 'close_amount',
      lostReason: 'lost_reason',
    },
  },
};

const REQUIRED = new Set(['key', 'customer', 'name', 'type', 'email', 'title', 'owner', 'interest', 'expectedAmount', 'stage']);

/** Optional documented columns the file does not have are left out; required ones stay, to be reported. */
function present(section: Record<string, unknown>, header: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(section).flatMap(([field, column]): [string, unknown][] => {
      if (typeof column === 'object') {
        const nested = present(column as Record<string, unknown>, header);
        return Object.keys(nested).length > 0 ? [[field, nested]] : [];
      }
      return header.includes(column as string) || REQUIRED.has(field) ? [[field, column]] : [];
    }),
  );
}

export function defaultMapping(kind: ImportKind, header: readonly string[]): ImportMapping {
  const sections = Object.fromEntries(Object.entries(documentedColumns[kind]).map(([name, section]) => [name, present(section, header)]));
  return { source: 'import', ...sections };
}
