import { ApiPropertyOptional } from '@nestjs/swagger';
import { timelineEventTypes } from '#crm/projections';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsISO8601, IsOptional, IsString } from 'class-validator';
import { IsPageLimit } from '../directory/page-limit.js';

const INSTANT = { message: 'must be an ISO 8601 date-time such as 2026-03-02T10:00:00Z' };

export class TimelineQueryDto {
  @ApiPropertyOptional({ type: [String], enum: timelineEventTypes, description: 'Event types, comma-separated or repeated: `type=CallLogged,EmailLogged`' })
  @IsOptional()
  @Transform(({ value }) => (Array.isArray(value) ? value : String(value).split(',')).map((type: unknown) => String(type).trim()))
  @ArrayMaxSize(timelineEventTypes.length)
  @IsIn(timelineEventTypes, { each: true, message: 'must list event types such as CallLogged, PurchaseRecorded' })
  type?: string[];

  @ApiPropertyOptional({ format: 'date-time', description: 'occurredAt at or after' })
  @IsOptional()
  @IsISO8601({ strict: true }, INSTANT)
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'occurredAt before' })
  @IsOptional()
  @IsISO8601({ strict: true }, INSTANT)
  to?: string;

  @ApiPropertyOptional({ description: 'The `next` of the previous page' })
  @IsOptional()
  @IsString()
  cursor?: string;

  @IsPageLimit()
  limit?: number;

  @ApiPropertyOptional({
    enum: ['contacts'],
    description: "For an organization: `contacts` adds its people's entries (those linked to it now), an account timeline",
  })
  @IsOptional()
  @IsIn(['contacts'], { message: 'must be contacts' })
  include?: 'contacts';
}
