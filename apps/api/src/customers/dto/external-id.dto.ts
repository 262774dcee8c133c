import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';

export class ExternalIdDto {
  @ApiProperty({ example: 'shop' })
  @IsString()
  system: string;

  @ApiProperty({ example: 'C-10442' })
  @IsString()
  value: string;
}
