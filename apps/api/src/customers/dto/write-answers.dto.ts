import { ApiProperty } from '@nestjs/swagger';

// Documentation of the answers (OpenAPI); the values come from writeAnswer in #crm/commands.

export class CreatedRecordDto {
  @ApiProperty()
  id: string;

  @ApiProperty({ description: 'The stream revision after the write; send it back as If-Match' })
  revision: number;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The log position of the write; send it as X-Crm-Min-Position to read the new record in the read models (read-your-writes)',
    example: '96989-6',
  })
  position: string | null;
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

/** What every write appends: the stream's revision after it, and the events. */
export class WriteOutcomeDto {
  @ApiProperty({ type: Number, nullable: true, description: 'The stream revision after the write; send it back as If-Match' })
  revision: number | null;

  @ApiProperty({ type: [AppendedEventDto], description: 'Empty when the request changed nothing' })
  events: AppendedEventDto[];
}

export class WriteAnswerDto extends WriteOutcomeDto {
  @ApiProperty({ description: 'The record written' })
  id: string;
}

export class TouchRecordedDto {
  @ApiProperty({ description: 'Also the id of a complaint or task whose id was not given' })
  eventId: string;

  @ApiProperty()
  revision: number;

  @ApiProperty()
  position: string;
}
