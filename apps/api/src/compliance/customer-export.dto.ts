import { ApiProperty } from '@nestjs/swagger';
import { CONSENTS_SCHEMA, CustomerRecordStateDto } from '../customers/dto/customer-state.dto.js';
import { HistoryEventDto } from '../customers/dto/history-page.dto.js';
import { CustomerLifecycleDto } from '../lifecycle/customer-lifecycle.dto.js';
import { AccessEntryDto } from './access-entry.dto.js';

// Documentation of the answer (OpenAPI); the values come from CustomerExportService in #crm/exports.

export class CustomerExportDto {
  @ApiProperty({ format: 'uuid' })
  customerId: string;

  @ApiProperty({ format: 'date-time' })
  exportedAt: string;

  @ApiProperty({ type: CustomerRecordStateDto, description: 'The record as folded from every event; status erased once erased' })
  state: CustomerRecordStateDto;

  @ApiProperty({ ...CONSENTS_SCHEMA, description: 'The latest answer per channel; empty once erased' })
  consents: Record<string, unknown>;

  @ApiProperty({ type: CustomerLifecycleDto, nullable: true, description: 'Null when the lifecycle read model is not there' })
  lifecycle: CustomerLifecycleDto | null;

  @ApiProperty({ type: [HistoryEventDto], description: "Every event of the customer's stream, decrypted, in order" })
  history: HistoryEventDto[];

  @ApiProperty({ type: [AccessEntryDto], description: "Who read this person's data, when and why (this export included)" })
  accessLog: AccessEntryDto[];
}
