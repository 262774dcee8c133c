import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { opportunityStages, type OpportunityStage } from '#crm/domain';
import { DatedDto } from './dated.dto.js';

export class ChangeStageDto extends DatedDto {
  @ApiProperty({ enum: opportunityStages })
  @IsIn(opportunityStages)
  stage: OpportunityStage;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 100,
    description: "The deal's own probability from now on; without it, the new stage's applies",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  probability?: number;
}
