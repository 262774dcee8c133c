import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { HorizonHoldDto } from '../projections/horizon-hold.dto.js';

class ComponentHealthDto {
  @ApiProperty()
  ok: boolean;

  @ApiPropertyOptional({ description: 'One line saying what is wrong, when it is', example: 'Redis unreachable at 127.0.0.1:6379: connect ECONNREFUSED' })
  reason?: string;
}

class EventStoreHealthDto extends ComponentHealthDto {
  @ApiProperty({ example: 'postgresql' })
  backend: string;
}

class ProjectionHealthDto {
  @ApiProperty({ example: 'timeline' })
  name: string;

  @ApiProperty({ example: 'running' })
  state: string;

  @ApiProperty({ example: 0 })
  lagEvents: number;

  @ApiProperty({ example: 0 })
  lagMs: number;
}

class ProjectorHealthDto extends ComponentHealthDto {
  @ApiProperty({ type: [ProjectionHealthDto] })
  projections: ProjectionHealthDto[];

  @ApiProperty({
    type: [HorizonHoldDto],
    description: 'Write transactions open longer than CRM_HORIZON_WARN_SECONDS, oldest first: no projection sees an event written after they began until they end',
  })
  heldBackBy: HorizonHoldDto[];
}

export class ReplicaHealthDto extends ComponentHealthDto {
  @ApiProperty({ description: 'host:port/database of READ_DATABASE_URL', example: 'replica:5432/crm' })
  where: string;

  @ApiPropertyOptional({ description: 'WAL the primary has written and the replica has not replayed yet', example: 0 })
  replayLagBytes?: number;

  @ApiPropertyOptional({ description: '0 when caught up; otherwise the age of the last transaction the replica replayed', example: 0 })
  replayLagMs?: number;

  @ApiPropertyOptional({ description: 'Replay stopped (pg_wal_replay_pause): consistent reads go to the primary until it resumes', example: false })
  replayPaused?: boolean;
}

export class HealthReportDto {
  @ApiProperty({ enum: ['ok', 'degraded', 'down'], description: 'down (503): the event log or the read store cannot be reached' })
  status: string;

  @ApiProperty({ type: EventStoreHealthDto })
  eventStore: EventStoreHealthDto;

  @ApiProperty({ type: ComponentHealthDto })
  database: ComponentHealthDto;

  @ApiProperty({ type: ComponentHealthDto })
  redis: ComponentHealthDto;

  @ApiPropertyOptional({ type: ProjectorHealthDto })
  projector?: ProjectorHealthDto;

  @ApiPropertyOptional({ type: ReplicaHealthDto, description: 'Only with READ_DATABASE_URL. Down: degraded, reads go to the primary' })
  replica?: ReplicaHealthDto;
}
