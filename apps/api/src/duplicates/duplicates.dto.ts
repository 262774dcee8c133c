import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { reasonScores } from '#crm/projections';
import { IsOptional, IsString, IsUUID } from 'class-validator';
import { IsPageLimit } from '../directory/page-limit.js';

const reasons = Object.keys(reasonScores);

export class DuplicatesQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the pairs this customer is part of' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  customer?: string;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  cursor?: string;

  @IsPageLimit()
  limit?: number;
}

export class DuplicatePairDto {
  @ApiProperty({ format: 'uuid', description: 'The pair’s smaller id' })
  customerId: string;

  @ApiProperty({ format: 'uuid' })
  otherId: string;

  @ApiProperty({ enum: reasons, isArray: true, description: 'Every reason that holds, strongest first' })
  reasons: string[];

  @ApiProperty({
    minimum: 0,
    maximum: 100,
    description: `The strongest reason's weight: ${Object.entries(reasonScores)
      .map(([reason, score]) => `${reason} ${score}`)
      .join(', ')}`,
  })
  score: number;
}

export class DuplicatesPageDto {
  @ApiProperty({ type: [DuplicatePairDto] })
  items: DuplicatePairDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}
