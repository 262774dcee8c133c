import { ApiProperty } from '@nestjs/swagger';

class FollowUpDto {
  @ApiProperty({ format: 'uuid' })
  customerId: string;

  @ApiProperty({ format: 'date-time' })
  capturedAt: string;

  @ApiProperty({ enum: ['open', 'overdue'] })
  status: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  overdueAt: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The manager the overdue lead was escalated to' })
  escalatedTo: string | null;

  @ApiProperty({ format: 'date-time', description: 'When the first touch is due' })
  dueAt: string;
}

class OwnerFollowUpsDto {
  @ApiProperty({ type: String, nullable: true, description: 'null: nobody was active to take the lead' })
  ownerId: string | null;

  @ApiProperty({ type: [FollowUpDto] })
  open: FollowUpDto[];

  @ApiProperty({ type: [FollowUpDto] })
  overdue: FollowUpDto[];
}

export class FollowUpsViewDto {
  @ApiProperty({ example: 60 })
  deadlineMinutes: number;

  @ApiProperty({ type: [OwnerFollowUpsDto] })
  owners: OwnerFollowUpsDto[];
}
