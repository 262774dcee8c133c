import { ApiProperty } from '@nestjs/swagger';

// Documentation of the answers (OpenAPI); the values come from writeAnswer in #crm/commands.

export class CreatedRecordDto {
  @ApiProperty()
  id: string;

  @ApiProperty({ description: 'The stream revision after the write; send it back as If-Match' })
  revision: number;
}

export class AppendedEventDto {
  @ApiProperty()
  eventId: string;

  @ApiProperty()
  type: string;

  @ApiProperty()
  revision: number;

  @ApiProperty({ description: 'Global log position' })
  position: string;
}

export class WriteAnswerDto {
  @ApiProperty()
  id: string;

  @ApiProperty({ nullable: true })
  revision: number;

  @ApiProperty({ type: [AppendedEventDto], description: 'Empty when the request changed nothing' })
  events: AppendedEventDto[];
}

export class TouchRecordedDto {
  @ApiProperty({ description: 'Also the id of a complaint or task whose id was not given' })
  eventId: string;

  @ApiProperty()
  revision: number;

  @ApiProperty()
  position: string;
}
