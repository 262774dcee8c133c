import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { signalTypes, type SignalType } from '#crm/domain';
import { IsOptionalInstantOrDate } from '../analytics/is-instant-or-date.decorator.js';
import { IsLimit } from '../directory/page-limit.js';

export class SignalsQueryDto {
  @ApiPropertyOptional({ enum: signalTypes, description: 'Only this type (default: all)' })
  @IsOptional()
  @IsIn(signalTypes, { message: `must be one of ${signalTypes.join(', ')}` })
  type?: SignalType;

  @ApiPropertyOptional({ description: 'Only customers this staff member owns' })
  @IsOptional()
  @IsString({ message: 'must be a staff id' })
  owner?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this customer’s signals' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  customer?: string;

  @ApiPropertyOptional({ description: 'As of this instant or day (default now)', example: '2011-12-01' })
  @IsOptionalInstantOrDate()
  asOf?: string;

  @IsLimit({ maximum: 1000, default: 100, description: 'At most this many of each type (and cross-sell rules)' })
  limit?: number;
}

export class SignalDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The occurrence: the same while the opportunity lasts, a new one when it comes back (an automation fires once per occurrence)',
  })
  id: string;
  @ApiProperty({ enum: signalTypes }) type: SignalType;
  @ApiProperty() customerId: string;
  @ApiProperty({ type: String, nullable: true }) ownerId: string | null;
  @ApiProperty({ example: 'Last bought 45 days ago; usually buys every 20 days (median of 5 gaps)' }) explanation: string;
  @ApiProperty({ type: 'object', additionalProperties: { oneOf: [{ type: 'number' }, { type: 'string' }] }, description: 'The figures behind the explanation' })
  facts: Record<string, number | string>;
  @ApiProperty({ type: [String], description: 'The events it rests on (at most the 10 most recent purchases, and the complaints)' }) eventIds: string[];
}

export class SignalListDto {
  @ApiProperty({ type: [SignalDto] }) items: SignalDto[];
}
