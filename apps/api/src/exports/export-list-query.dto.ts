import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { exportKinds, type ExportKind, type ExportRow } from '#crm/exports';
import { PageQueryDto } from '../paging/page-query.dto.js';

const exportStatuses = ['queued', 'running', 'done', 'failed'] as const;

export class ExportListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: exportKinds, description: 'Only this kind (one the role may read)' })
  @IsOptional()
  @IsIn(exportKinds, { message: `must be one of: ${exportKinds.join(', ')}` })
  kind?: ExportKind;

  @ApiPropertyOptional({ enum: exportStatuses })
  @IsOptional()
  @IsIn(exportStatuses, { message: `must be one of: ${exportStatuses.join(', ')}` })
  status?: ExportRow['status'];
}
