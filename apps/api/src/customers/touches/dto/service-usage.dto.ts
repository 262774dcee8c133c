import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNumber, IsString } from 'class-validator';
import { TouchBaseDto } from './touch-base.dto.js';

export class ServiceUsageDto extends TouchBaseDto {
  @ApiProperty({ enum: ['service-usage'] })
  @IsIn(['service-usage'])
  type: 'service-usage';

  @ApiProperty({ example: 'repair' })
  @IsString()
  service: string;

  @ApiProperty({ description: 'Greater than 0; may be fractional (hours, GB)' })
  @IsNumber()
  quantity: number;
}
