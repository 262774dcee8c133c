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
    description: 'Its database, the CRM’s own: transactions in the server’s other databases do not hold the log back',
    example: 'crm',
  })
  database: string | null;

  @ApiProperty({ format: 'date-time', description: 'When its transaction began' })
  since: string;

  @ApiProperty({ example: 12500 })
  ageMs: number;
}
