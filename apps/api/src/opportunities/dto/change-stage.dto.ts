import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { opportunityStages, type OpportunityStage } from '#crm/domain';
import { DatedDto } from './dated.dto.js';

export class ChangeStageDto extends DatedDto {
  @ApiProperty({ enum: opportunityStages })
  @IsIn(opportunityStages)
  stage: OpportunityStage;
}
