import { resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { CrmConfig } from './crm-config.js';
import { EnvironmentDto } from './environment.dto.js';
import { InvalidConfigError } from './invalid-config.error.js';
import { projectFolder } from './project-folder.js';

/** The only reader of process.env in the project; throws InvalidConfigError listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): CrmConfig {
  // An empty variable (`PORT=` in a compose file) means "not set", as it does for most tools.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const dto = plainToInstance(EnvironmentDto, given);
  const errors = validateSync(dto, { whitelist: true, stopAtFirstError: true });
  const issues = errors.map(toIssue);
  // A replica follows a primary someone runs; the embedded PostgreSQL has none.
  if (dto.READ_DATABASE_URL !== undefined && dto.DATABASE_URL === undefined)
    issues.push({ variable: 'READ_DATABASE_URL', reason: 'needs DATABASE_URL: the primary it replicates' });
  if (issues.length > 0) throw new InvalidConfigError(issues);
  return new CrmConfig({
    host: dto.HOST,
    port: dto.PORT,
    databaseUrl: dto.DATABASE_URL,
    readDatabaseUrl: dto.READ_DATABASE_URL,
    replicaWaitMs: dto.CRM_REPLICA_WAIT_SECONDS * 1000,
    dataDir: resolve(projectFolder(), dto.CRM_DATA_DIR),
    embeddedPostgresPort: dto.EMBEDDED_PG_PORT,
    eventStoreUrl: dto.EVENTSTORE_URL,
    redisUrl: dto.REDIS_URL,
    logLevel: dto.LOG_LEVEL,
    masterKey: dto.CRM_MASTER_KEY,
    smtpUrl: dto.SMTP_URL,
    followUpDeadlineMinutes: dto.FOLLOWUP_DEADLINE_MINUTES,
    followUpReassignMinutes: dto.FOLLOWUP_REASSIGN_MINUTES,
    followUpReassignTo: dto.FOLLOWUP_REASSIGN_TO,
    marketingPressureHours: dto.MARKETING_PRESSURE_HOURS,
    marketingQuietHours: quietHours(dto.MARKETING_QUIET_HOURS),
    marketingTimeZone: dto.MARKETING_TIME_ZONE,
    jobsPrefix: dto.JOBS_PREFIX,
    jobsLockSeconds: dto.JOBS_LOCK_SECONDS,
    jobsRestoreCheckSeconds: dto.JOBS_RESTORE_CHECK_SECONDS,
    webhooksAllowPrivate: dto.CRM_WEBHOOKS_ALLOW_PRIVATE === 'true',
    poolSizes: { events: dto.CRM_EVENT_POOL_SIZE, read: dto.CRM_READ_POOL_SIZE, keys: dto.CRM_KEY_POOL_SIZE },
    sealKey: dto.CRM_SEAL_KEY,
    sealEveryEvents: dto.CRM_SEAL_EVERY_EVENTS,
    sealEverySeconds: dto.CRM_SEAL_EVERY_SECONDS,
    sessionIdleMinutes: dto.SESSION_IDLE_MINUTES,
    sessionMaxAgeHours: dto.SESSION_MAX_AGE_HOURS,
    rateLimitPerMinute: dto.RATE_LIMIT_PER_MINUTE,
    recordAccess: dto.CRM_RECORD_ACCESS,
    horizonWarnMs: dto.CRM_HORIZON_WARN_SECONDS * 1000,
    metricsPort: dto.METRICS_PORT,
    metricsHost: dto.METRICS_HOST,
    logFormat: dto.LOG_FORMAT,
    otlpEndpoint: dto.OTEL_EXPORTER_OTLP_ENDPOINT,
  });
}

function toIssue(error: ValidationError): { variable: string; reason: string } {
  const message = Object.values(error.constraints ?? {})[0] ?? 'is invalid';
  // class-validator's built-in messages start with the property name; the issue names it already.
  return { variable: error.property, reason: message.replace(new RegExp(`^${error.property} `), '') };
}

function quietHours(value: string | undefined): { from: number; to: number } | null {
  if (value === undefined) return null;
  const [from, to] = value.split('-').map(Number);
  return from === to ? null : { from, to };
}
