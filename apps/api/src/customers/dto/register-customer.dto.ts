import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional, IsString } from 'class-validator';
import { customerKinds, type AttributeValue, type CustomerKind } from '#crm/domain';
import { CustomerDetailsDto } from './customer-details.dto.js';

export class RegisterCustomerDto extends CustomerDetailsDto {
  @ApiProperty({ enum: customerKinds, example: 'person' })
  @IsIn(customerKinds)
  kind: CustomerKind;

  @ApiProperty({ example: 'Ada Lovelace' })
  @IsString()
  name: string;

  @ApiPropertyOptional({ description: 'The staff member who owns the relationship' })
  @IsOptional()
  @IsString()
  ownerId?: string | null;

  @ApiPropertyOptional({ description: 'Marketing attributes: text, numbers or true/false', example: { city: 'Barcelona' } })
  @IsOptional()
  @IsObject()
  attributes?: Record<string, AttributeValue>;

  @ApiPropertyOptional({ description: 'When the relationship began (imports back-fill it); defaults to now' })
  @IsOptional()
  @IsString()
  occurredAt?: string;
}
