import { ApiProperty } from '@nestjs/swagger';
import { messageChannels, type MessageChannel } from '#crm/transport';
import { IsIn, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

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
}
