import { ApiProperty } from '@nestjs/swagger';

/** A write transaction holding back the log's readers. Its query is never shown: it may quote personal data. */
export class HorizonHoldDto {
  @ApiProperty({ description: 'The PostgreSQL backend running it (pg_terminate_backend ends it)', example: 48213 })
  pid: number;

  @ApiProperty({ description: 'The application_name its client set; empty when none', example: 'psql' })
  applicationName: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Its database: transaction ids are the whole server’s, so another database’s transaction holds the log back too',
    example: 'crm',
  })
  database: string | null;

  @ApiProperty({ format: 'date-time', description: 'When its transaction began' })
  since: string;

  @ApiProperty({ example: 12500 })
  ageMs: number;
}
