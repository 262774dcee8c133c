import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { allProjections } from '#crm/projections';

/** The analytics fact tables; they hold ids, amounts and times, no personal data. */
export const exportableAnalyticsTables = ['touch_fact', 'purchase_fact', 'opportunity_fact', 'promotion_fact'] as const;
const projectionNames = allProjections.map((projection) => projection.name);

export class AnalyticsExportDto {
  @ApiProperty({ enum: exportableAnalyticsTables })
  @IsIn(exportableAnalyticsTables, { message: `must be one of ${exportableAnalyticsTables.join(', ')}` })
  table: string;
}

export class RebuildDto {
  @ApiProperty({ enum: projectionNames })
  @IsIn(projectionNames, { message: `must be one of ${projectionNames.join(', ')}` })
  projection: string;
}
