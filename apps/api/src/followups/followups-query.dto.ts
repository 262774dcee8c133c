import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class FollowUpsQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this salesperson's follow-ups" })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  ownerId?: string;
}
