import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { opportunityStages, type OpportunityStage } from '#crm/domain';

class PipelineStageDto {
  @ApiProperty({ enum: opportunityStages })
  @IsIn(opportunityStages)
  stage: OpportunityStage;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, description: 'Default probability of winning a deal in this stage, whole percent' })
  @IsInt()
  @Min(0)
  @Max(100)
  probability: number;
}

export class DefineStagesDto {
  @ApiProperty({ type: [PipelineStageDto], minItems: 1, maxItems: opportunityStages.length, description: 'The board’s open stages in order' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(opportunityStages.length)
  @ValidateNested({ each: true })
  @Type(() => PipelineStageDto)
  stages: PipelineStageDto[];
}
