import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_CONTROL_SHARE } from '#crm/domain';
import { messageChannels, type MessageChannel } from '#crm/transport';
import { IsIn, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';

export class CreateCampaignDto {
  @ApiProperty({ example: 'Spring renewal' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ description: 'The segment whose members at send time are targeted' })
  @IsUUID('all', { message: 'must be a UUID' })
  segmentId: string;

  @ApiProperty({ enum: messageChannels, description: 'Members without consent on this channel are skipped' })
  @IsIn(messageChannels, { message: `must be one of ${messageChannels.join(', ')}` })
  channel: MessageChannel;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  subject: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(20_000)
  body: string;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: MAX_CONTROL_SHARE,
    default: 0,
    description: 'Share of the targeted customers held back as the control group (hash of campaign and customer id); GET /campaigns/{id}/results compares them',
  })
  @IsOptional()
  @IsNumber({}, { message: `must be a number from 0 to ${MAX_CONTROL_SHARE}` })
  @Min(0, { message: `must be a number from 0 to ${MAX_CONTROL_SHARE}` })
  @Max(MAX_CONTROL_SHARE, { message: `must be a number from 0 to ${MAX_CONTROL_SHARE}` })
  controlShare?: number;
}
