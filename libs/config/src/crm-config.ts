import type { LogLevel } from './log-levels.js';

/** The validated configuration; a class so Nest can inject it by type. */
export class CrmConfig {
  declare readonly host: string;
  declare readonly port: number;
  /** Absent: use the embedded PostgreSQL. */
  declare readonly databaseUrl?: string;
  /** Absolute path of the folder holding the embedded PostgreSQL and other local data. */
  declare readonly dataDir: string;
  declare readonly embeddedPostgresPort: number;
  /** Absent: the event log lives in PostgreSQL. */
  declare readonly eventStoreUrl?: string;
  declare readonly redisUrl: string;
  declare readonly logLevel: LogLevel;
  /** Base64 of the 32-byte master key; absent in development (see #crm/crypto loadMasterKey). */
  declare readonly masterKey?: string;

  /** Absent: messages are kept in the local outbox_message table instead of being sent. */
  declare readonly smtpUrl?: string;
  declare readonly followUpDeadlineMinutes: number;
  declare readonly jobsPrefix: string;
  declare readonly jobsLockSeconds: number;

  constructor(values: CrmConfig) {
    Object.assign(this, values);
    Object.freeze(this);
  }
}
