import { ApiProperty } from '@nestjs/swagger';
import { exportKinds } from '#crm/exports';

// Documentation of the answer (OpenAPI); the values come from ExportsService.

export class ExportViewDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: exportKinds })
  kind: string;

  @ApiProperty({ description: 'The analytics table, the projection rebuilt, or the customer whose data is exported', example: 'customer-values' })
  subject: string;

  @ApiProperty({ enum: ['queued', 'running', 'done', 'failed'] })
  status: string;

  @ApiProperty({ description: 'Rows or events done so far', example: 1200 })
  done: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Null until known', example: 5000 })
  total: number | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why it failed' })
  error: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Of the file, once done', example: 'text/csv; charset=utf-8' })
  contentType: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'customer-values.csv' })
  filename: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  finishedAt: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Where to download the file; null until done',
    example: '/exports/7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11/download',
  })
  downloadUrl: string | null;
}

export class ExportPageDto {
  @ApiProperty({ type: [ExportViewDto], description: 'Newest first' })
  items: ExportViewDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last' })
  nextCursor: string | null;
}
