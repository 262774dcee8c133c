import { ApiProperty } from '@nestjs/swagger';
import { messageChannels } from '#crm/transport';

// Documentation of the answer (OpenAPI); the values come from CampaignsService.

export class CampaignViewDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Spring sale' })
  name: string;

  @ApiProperty({ format: 'uuid' })
  segmentId: string;

  @ApiProperty({ enum: messageChannels })
  channel: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: Number, nullable: true, description: 'Members targeted; null until the segment has been read', example: 120 })
  targeted: number | null;

  @ApiProperty({ description: 'Messages not yet sent', example: 20 })
  pending: number;

  @ApiProperty({ example: 95 })
  sent: number;

  @ApiProperty({ description: 'Members without consent on the channel', example: 4 })
  skipped: number;

  @ApiProperty({ example: 1 })
  failed: number;
}

export class CampaignPageDto {
  @ApiProperty({ type: [CampaignViewDto], description: 'Newest first' })
  items: CampaignViewDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last' })
  nextCursor: string | null;
}
