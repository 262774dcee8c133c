import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { touchChannels, type TouchChannel } from '#crm/domain';

/** What every touch takes besides its own fields. */
export abstract class TouchBaseDto {
  abstract type: string;

  @ApiPropertyOptional({ description: 'Business time, ISO 8601 with an offset; defaults to now; at most 5 minutes ahead' })
  @IsOptional()
  @IsString()
  occurredAt?: string;

  @ApiPropertyOptional({ enum: touchChannels, description: 'Defaults per touch type (a call: phone, a note: internal...)' })
  @IsOptional()
  @IsIn(touchChannels)
  channel?: TouchChannel;
}
