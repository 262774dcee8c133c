import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString } from 'class-validator';
import { promotionResponses, type PromotionResponse } from '#crm/domain';
import { TouchBaseDto } from './touch-base.dto.js';

export class PromotionAnsweredDto extends TouchBaseDto {
  @ApiProperty({ enum: ['promotion-answered'] })
  @IsIn(['promotion-answered'])
  type: 'promotion-answered';

  @ApiProperty()
  @IsString()
  campaignId: string;

  @ApiProperty()
  @IsString()
  promotionId: string;

  @ApiProperty({ enum: promotionResponses })
  @IsIn(promotionResponses)
  response: PromotionResponse;
}
