import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// Documentation of the answer (OpenAPI); the values come from verifyLog in #crm/compliance.

class SealCoverageDto {
  @ApiProperty({ description: 'Seals of this log' })
  seals: number;

  @ApiProperty({ description: 'Of them, those that verify with the public key and follow on' })
  trusted: number;

  @ApiProperty({ type: String, nullable: true, description: 'The last item of the last trusted seal' })
  sealedThrough: string | null;

  @ApiProperty({ description: 'Items read after it, not sealed yet' })
  unsealed: number;
}

class SealedCoverageDto {
  @ApiProperty({ type: SealCoverageDto })
  events: SealCoverageDto;

  @ApiProperty({ type: SealCoverageDto })
  access: SealCoverageDto;
}

/** One of three kinds, told apart by `log` and `reason` (chain-mismatch.ts): the fields each kind has are optional here. */
class VerifyProblemDto {
  @ApiProperty({ enum: ['events', 'access'] })
  log: 'events' | 'access';

  @ApiProperty({
    enum: [
      'hash-mismatch',
      'broken-link',
      'revision-gap',
      'changed-since-sealed',
      'missing-since-sealed',
      'inserted-into-sealed',
      'seal-signature',
      'seal-missing',
      'seal-entries',
    ],
  })
  reason: string;

  @ApiProperty({ description: 'What was expected and found: hashes, revisions; never event data' })
  detail: string;

  @ApiPropertyOptional({ description: 'The seal concerned, for the reasons that come from seals' })
  seal?: string;

  @ApiPropertyOptional({ description: 'An event: its log position' })
  position?: string;

  @ApiPropertyOptional()
  eventId?: string;

  @ApiPropertyOptional()
  streamName?: string;

  @ApiPropertyOptional()
  revision?: string;

  @ApiPropertyOptional()
  type?: string;

  @ApiPropertyOptional({ description: 'An access-log entry: its id' })
  entryId?: string;
}

export class VerifyReportDto {
  @ApiProperty({ enum: ['intact', 'tampered'] })
  status: 'intact' | 'tampered';

  @ApiProperty({ example: 1204 })
  events: number;

  @ApiProperty({ example: 87 })
  streams: number;

  @ApiProperty({ example: 310 })
  accessEntries: number;

  @ApiProperty({ description: 'The id of the public key the seals were checked with' })
  keyId: string;

  @ApiProperty({ type: SealedCoverageDto })
  sealed: SealedCoverageDto;

  @ApiProperty({ type: [VerifyProblemDto], description: 'The first 100 problems, in log order within each log' })
  problems: VerifyProblemDto[];

  @ApiProperty({ description: 'Every problem found' })
  problemCount: number;

  @ApiProperty({ description: 'The report in one sentence', example: 'intact: 1204 events in 87 streams and 310 access entries, every one sealed' })
  summary: string;
}
