import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { touchChannels, type TouchChannel } from '#crm/domain';

/** Completing a task is a touch like any other: when it happened and through which channel. */
export class CompleteTaskDto {
  @ApiPropertyOptional({ description: 'Business time, ISO 8601 with an offset; defaults to now; at most 5 minutes ahead' })
  @IsOptional()
  @IsString()
  occurredAt?: string;

  @ApiPropertyOptional({ enum: touchChannels, description: 'Defaults to internal' })
  @IsOptional()
  @IsIn(touchChannels)
  channel?: TouchChannel;
}

export class RescheduleTaskDto extends CompleteTaskDto {
  @ApiProperty({ description: 'The new due time, ISO 8601; may lie in the past' })
  @IsString()
  dueAt: string;
}
