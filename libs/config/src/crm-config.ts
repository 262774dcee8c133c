import type { LogLevel } from './log-levels.js';

/** The validated configuration; a class so Nest can inject it by type. */
export class CrmConfig {
  declare readonly host: string;
  declare readonly port: number;
  /** Absent: use the embedded PostgreSQL. */
  declare readonly databaseUrl?: string;
  /** Absent: read-model queries go to databaseUrl too. */
  declare readonly readDatabaseUrl?: string;
  /** CRM_REPLICA_WAIT_SECONDS in ms: the longest a consistent read waits for the replica before it reads the primary. */
  declare readonly replicaWaitMs: number;
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
  declare readonly followUpReassignMinutes: number;
  declare readonly followUpReassignTo: 'team' | 'manager';
  /** At most one marketing message per customer in this many hours (0: no limit). */
  declare readonly marketingPressureHours: number;
  /** Local hours [from, to) when automations hold their messages back (wrapping midnight when from > to); null: none. */
  declare readonly marketingQuietHours: { from: number; to: number } | null;
  declare readonly marketingTimeZone: string;
  /** Absent: derived from the database the CRM runs on. */
  declare readonly jobsPrefix?: string;
  declare readonly jobsLockSeconds: number;
  declare readonly jobsRestoreCheckSeconds: number;
  /** CRM_WEBHOOKS_ALLOW_PRIVATE: webhooks may reach loopback, private and link-local addresses. */
  declare readonly webhooksAllowPrivate: boolean;
  /** Connections of each pool of a process (CRM_*_POOL_SIZE). */
  declare readonly poolSizes: { events: number; read: number; keys: number };
  /** The Ed25519 key that signs seals (PEM or base64 DER); absent in development (see #crm/crypto loadSealKey). */
  declare readonly sealKey?: string;
  declare readonly sealEveryEvents: number;
  declare readonly sealEverySeconds: number;
  declare readonly sessionIdleMinutes: number;
  declare readonly sessionMaxAgeHours: number;
  declare readonly rateLimitPerMinute: number;
  declare readonly recordAccess: 'all' | 'team';
  /** CRM_HORIZON_WARN_SECONDS in ms: how old an open write transaction is before it is reported as holding back the log's readers. */
  declare readonly horizonWarnMs: number;
  /** Absent: no metrics listener. */
  declare readonly metricsPort?: number;
  declare readonly metricsHost: string;
  declare readonly logFormat: 'text' | 'json';
  /** Absent: tracing is off. */
  declare readonly otlpEndpoint?: string;

  constructor(values: CrmConfig) {
    Object.assign(this, values);
    Object.freeze(this);
  }
}
