import { createHash } from 'node:crypto';
import { Inject, Injectable, Optional, type OnModuleInit } from '@nestjs/common';
import { sql, type Kysely } from 'kysely';
import { CrmConfig } from '#crm/config';
import { READ_DB, type ReadDatabase } from '#crm/read-store';

/**
 * The Redis key prefix of the queue: JOBS_PREFIX when set, else one derived from the database,
 * so two CRMs sharing a Redis (staging and production, two tests) never take each other's jobs.
 */
export async function databaseJobsPrefix(db: Kysely<ReadDatabase>): Promise<string> {
  // The cluster's system identifier tells apart databases of one name on two servers, and copies
  // of one cluster (a restored base backup) running side by side keep apart by the name.
  const { rows } = await sql<{ system_identifier: string; name: string }>`
    select (select system_identifier::text from pg_control_system()) as system_identifier, current_database() as name`.execute(db);
  const { system_identifier, name } = rows[0];
  return `crm-${createHash('sha256').update(`${system_identifier}/${name}`).digest('hex').slice(0, 16)}`;
}

/** Resolved once while the app starts, before any queue or worker exists; an app without a database must set JOBS_PREFIX to use the queue. */
@Injectable()
export class JobsPrefix implements OnModuleInit {
  private resolved: string | undefined;

  constructor(
    private readonly config: CrmConfig,
    @Optional() @Inject(READ_DB) private readonly db?: Kysely<ReadDatabase>,
  ) {}

  async onModuleInit(): Promise<void> {
    this.resolved = this.config.jobsPrefix ?? (this.db && (await databaseJobsPrefix(this.db)));
  }

  get value(): string {
    if (this.resolved === undefined) throw new Error('no jobs prefix: set JOBS_PREFIX, or start the app with its database');
    return this.resolved;
  }
}
