import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString } from 'class-validator';
import type { AttributeValue } from '#crm/domain';
import { CustomerDetailsDto } from './customer-details.dto.js';

/** Absent fields stay as they are; null clears an optional detail. */
export class ChangeCustomerDto extends CustomerDetailsDto {
  @ApiPropertyOptional({ example: 'Ada King' })
  @IsOptional()
  @IsString()
  name?: string;

  @ApiPropertyOptional({
    description: 'Attributes to set; an attribute given as null is removed (JSON merge patch)',
    example: { city: 'Madrid', vip: null },
  })
  @IsOptional()
  @IsObject()
  attributes?: Record<string, AttributeValue | null>;
}
