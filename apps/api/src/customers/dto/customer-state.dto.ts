import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ExternalIdDto } from './external-id.dto.js';
import { PostalAddressDto } from './postal-address.dto.js';

// Documentation of the answer (OpenAPI); the values come from presentCustomerState in #crm/domain.

const dateTime = { type: 'string', format: 'date-time' } as const;
const nullableText = { type: 'string', nullable: true } as const;

/** A map keyed by an id or a name, as the fold keeps it. */
const mapOf = (value: Record<string, unknown>, description: string, example?: Record<string, unknown>) =>
  ({ type: 'object', additionalProperties: value, description, ...(example ? { example } : {}) }) as const;

const CONSENT = {
  type: 'object',
  required: ['status', 'legalBasis', 'source', 'textVersion', 'at'],
  properties: {
    status: { type: 'string', enum: ['given', 'withdrawn'] },
    legalBasis: nullableText,
    source: { type: 'string' },
    textVersion: nullableText,
    at: dateTime,
  },
};

/** The consents of a person, as the state holds them (a person's export shows them too). */
export const CONSENTS_SCHEMA = mapOf(CONSENT, 'The latest answer per channel (email, sms, phone, post...)');

const COMPLAINT = {
  type: 'object',
  required: ['complaintId', 'category', 'severity', 'filedAt', 'status', 'resolvedAt'],
  properties: {
    complaintId: { type: 'string' },
    category: { type: 'string' },
    severity: { type: 'string' },
    filedAt: dateTime,
    status: { type: 'string', enum: ['open', 'resolved'] },
    resolvedAt: { ...dateTime, nullable: true },
  },
};

const TASK = {
  type: 'object',
  required: ['taskId', 'title', 'dueAt', 'assigneeId', 'scheduledAt', 'status', 'completedAt'],
  properties: {
    taskId: { type: 'string' },
    title: { type: 'string' },
    dueAt: dateTime,
    assigneeId: nullableText,
    scheduledAt: dateTime,
    status: { type: 'string', enum: ['open', 'completed'] },
    completedAt: { ...dateTime, nullable: true },
  },
};

const ORDER = {
  type: 'object',
  required: ['orderId', 'currency', 'amount', 'cancelledAmount'],
  properties: { orderId: { type: 'string' }, currency: { type: 'string' }, amount: { type: 'integer' }, cancelledAmount: { type: 'integer' } },
};

/** What the record holds of the person; empty in a state folded before an erasure made it unreadable. */
class CustomerPersonalDto {
  @ApiPropertyOptional({ example: 'Ada Lovelace' })
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'ada@example.com' })
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '+34 600 000 001' })
  phone?: string | null;

  @ApiPropertyOptional({ type: PostalAddressDto, nullable: true })
  address?: PostalAddressDto | null;

  @ApiPropertyOptional({ type: [ExternalIdDto] })
  externalIds?: ExternalIdDto[];
}

class TouchCountsDto {
  @ApiProperty({ example: 7 })
  total: number;

  @ApiProperty(mapOf({ type: 'integer' }, 'Touches per event type', { CallLogged: 4, PurchaseMade: 3 }))
  byType: Record<string, number>;
}

/**
 * The customer folded from its events, as a person's export holds it. `status` says which fields
 * there are: all of them when active; customerId and erasedAt once erased; none when nothing was
 * recorded by asOf.
 */
export class CustomerRecordStateDto {
  @ApiProperty({ enum: ['active', 'erased', 'unknown'], description: 'unknown: the customer was registered after asOf' })
  status: 'active' | 'erased' | 'unknown';

  @ApiPropertyOptional({ format: 'uuid', description: 'When active or erased' })
  customerId?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When erased' })
  erasedAt?: string;

  @ApiPropertyOptional({ enum: ['person', 'organization'], description: 'When active' })
  kind?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  organizationId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: "The person's role at their organization" })
  organizationRole?: string | null;

  @ApiPropertyOptional({ example: 'api' })
  source?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  ownerId?: string | null;

  @ApiPropertyOptional({ format: 'date-time' })
  registeredAt?: string;

  @ApiPropertyOptional({ type: CustomerPersonalDto })
  personal?: CustomerPersonalDto;

  @ApiPropertyOptional(mapOf({ oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] }, 'Free attributes', { tier: 'gold', vip: true }))
  attributes?: Record<string, string | number | boolean>;

  @ApiPropertyOptional(CONSENTS_SCHEMA)
  consents?: Record<string, unknown>;

  @ApiPropertyOptional(mapOf(COMPLAINT, 'Every complaint by id, resolved ones too'))
  complaints?: Record<string, unknown>;

  @ApiPropertyOptional(mapOf(TASK, 'Every task by id, completed ones too'))
  tasks?: Record<string, unknown>;

  @ApiPropertyOptional(mapOf(ORDER, 'Every order by id; amounts in minor units'))
  orders?: Record<string, unknown>;

  @ApiPropertyOptional({ type: TouchCountsDto })
  touches?: TouchCountsDto;

  @ApiPropertyOptional(mapOf({ type: 'integer' }, 'Net of cancellations, minor units per currency', { EUR: 120_000 }))
  purchaseTotals?: Record<string, number>;

  @ApiPropertyOptional({ ...dateTime, nullable: true, description: 'The latest business time of any touch' })
  lastTouchAt?: string | null;

  @ApiPropertyOptional(
    mapOf(
      {
        type: 'object',
        properties: { voided: { type: 'boolean' }, corrections: { type: 'integer', minimum: 0 } },
        required: ['voided', 'corrections'],
        additionalProperties: false,
      },
      'The touches voided or corrected since they were recorded, by event id',
      { '7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11': { voided: false, corrections: 1 } },
    ),
  )
  amendedTouches?: Record<string, { voided: boolean; corrections: number }>;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only on a record merged into another: the survivor, where the person now lives (POST /customers/{id}/merge)' })
  mergedInto?: string;

  @ApiPropertyOptional({ type: [String], description: 'Only on a survivor: the records merged into it, oldest merge first' })
  absorbed?: string[];
}

/** The state routes add the revision folded up to, for If-Match. */
export class CustomerStateDto extends CustomerRecordStateDto {
  @ApiProperty({ type: String, nullable: true, description: 'The revision of the last event folded in; null when none was', example: '7' })
  revision: string | null;
}
