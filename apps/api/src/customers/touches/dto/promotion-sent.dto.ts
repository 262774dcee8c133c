import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString } from 'class-validator';
import { TouchBaseDto } from './touch-base.dto.js';

/** Email, phone, SMS and post need the customer's consent on that channel. */
export class PromotionSentDto extends TouchBaseDto {
  @ApiProperty({ enum: ['promotion-sent'] })
  @IsIn(['promotion-sent'])
  type: 'promotion-sent';

  @ApiProperty()
  @IsString()
  campaignId: string;

  @ApiProperty()
  @IsString()
  promotionId: string;
}
