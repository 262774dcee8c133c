import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class CampaignIdParams {
  @ApiProperty({ format: 'uuid', example: '7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11' })
  @IsUUID('all', { message: 'must be a UUID' })
  id: string;
}
