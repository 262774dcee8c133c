import { ApiProperty } from '@nestjs/swagger';
import { ReplicaHealthDto } from '../health/health-report.dto.js';
import { HorizonHoldDto } from './horizon-hold.dto.js';

// Documentation of the answers (OpenAPI); the values come from ProjectionsService.

class RebuildProgressDto {
  @ApiProperty({ format: 'date-time' })
  startedAt: string;

  @ApiProperty({ example: 5200 })
  eventsDone: number;

  @ApiProperty({ description: 'An estimate taken when the rebuild started; raised when more were replayed', example: 12000 })
  eventsTotal: number;

  @ApiProperty({ example: 850.5 })
  eventsPerSecond: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Null until a rate is known', example: 8 })
  etaSeconds: number | null;
}

export class RebuildResultDto {
  @ApiProperty({ example: 'timeline' })
  projection: string;

  @ApiProperty({ example: 12000 })
  eventsApplied: number;

  @ApiProperty({ description: 'The checkpoint the rebuilt tables took over with', example: '96989-6' })
  position: string;

  @ApiProperty({ example: 14100 })
  durationMs: number;

  @ApiProperty({ description: "The part of durationMs spent in the projection's own transactions", example: 9300 })
  applyMs: number;
}

export class RebuildRunDto {
  @ApiProperty({ format: 'date-time' })
  startedAt: string;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  finishedAt: string | null;

  @ApiProperty({ type: RebuildResultDto, nullable: true, description: 'Null until it succeeds' })
  result: RebuildResultDto | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why it failed' })
  error: string | null;
}

export class ProjectionReportDto {
  @ApiProperty({ example: 'timeline' })
  name: string;

  @ApiProperty({ type: Number, nullable: true, description: 'The version the live tables were built with; null before the first run', example: 3 })
  version: number | null;

  @ApiProperty({ enum: ['live', 'catching-up', 'rebuilding', 'failed', 'stopped'] })
  state: string;

  @ApiProperty({ type: String, nullable: true, description: 'The position of the last event applied', example: '96989-6' })
  checkpoint: string | null;

  @ApiProperty({ description: 'Events of its types not yet applied, counted up to a limit', example: 0 })
  lagEvents: number;

  @ApiProperty({ description: 'How long the oldest unapplied event has waited; 0 when caught up', example: 0 })
  lagMs: number;

  @ApiProperty({ example: 12000 })
  eventsApplied: number;

  @ApiProperty({ type: String, nullable: true })
  lastError: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The position of the event it failed on' })
  failedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  failedEventId: string | null;

  @ApiProperty({ type: String, nullable: true })
  failedEventType: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  updatedAt: string | null;

  @ApiProperty({ type: RebuildProgressDto, nullable: true, description: 'While rebuilding, in whichever process' })
  rebuild: RebuildProgressDto | null;

  @ApiProperty({ type: RebuildRunDto, nullable: true, description: 'The rebuild this api process last ran for it, over HTTP' })
  lastRebuild: RebuildRunDto | null;

  @ApiProperty({
    type: [HorizonHoldDto],
    description:
      'Write transactions open longer than CRM_HORIZON_WARN_SECONDS, oldest first: until they end the projection sees no event written after they began, and lagEvents cannot count those either',
  })
  heldBackBy: HorizonHoldDto[];

  @ApiProperty({
    type: ReplicaHealthDto,
    nullable: true,
    description:
      'The read replica (READ_DATABASE_URL) serving the read models: a read without X-Crm-Min-Position sees this projection as the replica has replayed it, replayLagMs behind the checkpoint. Null without a replica',
  })
  readReplica: ReplicaHealthDto | null;
}

export class RebuildStartedDto {
  @ApiProperty({ example: 'timeline' })
  projection: string;

  @ApiProperty({ example: '/projections/timeline' })
  statusUrl: string;

  @ApiProperty({ type: RebuildRunDto })
  run: RebuildRunDto;
}
