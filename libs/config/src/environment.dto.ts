import { createPrivateKey } from 'node:crypto';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateBy } from 'class-validator';
import { LOG_LEVELS, type LogLevel } from './log-levels.js';

/**
 * Every environment variable the CRM reads, validated at start. To add one: declare it here
 * (with its default, if any) and map it to a field of CrmConfig in load-config.ts.
 * Reasons never quote the value: some variables hold secrets.
 */
export class EnvironmentDto {
  @IsString()
  @MinLength(1)
  HOST: string = '127.0.0.1';

  @TcpPort()
  PORT: number = 3000;

  /** Absent: the CRM starts its own embedded PostgreSQL in CRM_DATA_DIR. */
  @IsOptional()
  @UrlWithScheme(['postgres', 'postgresql'])
  DATABASE_URL?: string;

  /**
   * A streaming replica of DATABASE_URL's PostgreSQL: read-model queries go there, writes,
   * projections and migrations stay on the primary (docs/scaling.md, Read replicas).
   */
  @IsOptional()
  @UrlWithScheme(['postgres', 'postgresql'])
  READ_DATABASE_URL?: string;

  /** How long a read that asks to see a write waits for the replica to replay it before it reads the primary. */
  @Type(() => Number)
  @IsNumber({}, { message: 'must be a number of seconds' })
  @Min(0, { message: 'must be 0 seconds or more' })
  CRM_REPLICA_WAIT_SECONDS: number = 2;

  @IsString()
  CRM_DATA_DIR: string = '.crm-data';

  @TcpPort()
  EMBEDDED_PG_PORT: number = 54329;

  /** Present: the event log lives in KurrentDB / EventStoreDB instead of PostgreSQL. */
  @IsOptional()
  @UrlWithScheme(['kurrentdb', 'kurrentdb+discover', 'esdb', 'esdb+discover', 'kdb', 'kdb+discover'])
  EVENTSTORE_URL?: string;

  @UrlWithScheme(['redis', 'rediss'])
  REDIS_URL: string = 'redis://127.0.0.1:6379';

  @IsIn(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: LogLevel = 'log';

  /** Present: messages (campaigns) go out over this SMTP server; absent: they are kept in the local outbox_message table. */
  @IsOptional()
  @UrlWithScheme(['smtp', 'smtps'])
  SMTP_URL?: string;

  /** How long a new lead may wait for its first touch before it is escalated; fractions allowed (0.5 = 30 s). */
  @Type(() => Number)
  @IsNumber({}, { message: 'must be a number of minutes' })
  @Min(0.01, { message: 'must be at least 0.01 minutes' })
  FOLLOWUP_DEADLINE_MINUTES: number = 60;

  /** The second deadline, counted like the first from when the lead came in: a lead still untouched is then reassigned. */
  @Type(() => Number)
  @IsNumber({}, { message: 'must be a number of minutes' })
  @Min(0.01, { message: 'must be at least 0.01 minutes' })
  FOLLOWUP_REASSIGN_MINUTES: number = 240;

  /** Who an overdue lead is reassigned to: the next salesperson of the owner's team (the manager when there is none), or the manager. */
  @IsIn(['team', 'manager'], { message: 'must be team or manager' })
  FOLLOWUP_REASSIGN_TO: 'team' | 'manager' = 'team';

  /** Marketing pressure: at most one marketing message (automation or campaign) per customer in this many hours; 0 (the default, so existing campaigns keep their behaviour) turns the limit off. */
  @Type(() => Number)
  @IsNumber({}, { message: 'must be a number of hours' })
  @Min(0, { message: 'must be at least 0 hours' })
  MARKETING_PRESSURE_HOURS: number = 0;

  /** Hours when automations send no marketing message, `from-to` in whole local hours (`21-8`: 21:00 to 08:00); absent: none. */
  @IsOptional()
  @Matches(/^([01]?\d|2[0-3])-([01]?\d|2[0-3])$/, { message: 'must be two whole hours from-to, such as 21-8' })
  MARKETING_QUIET_HOURS?: string;

  /** The time zone quiet hours are counted in (IANA name). */
  @ValidateBy({ name: 'timeZone', validator: { validate: (value) => isTimeZone(value), defaultMessage: () => 'must be an IANA time zone such as Europe/Madrid' } })
  MARKETING_TIME_ZONE: string = 'UTC';

  /** Redis key prefix of every queue. Absent: derived from the database (#crm/jobs JobsPrefix), so CRMs sharing a Redis keep their jobs apart. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'must be letters, digits, - or _' })
  JOBS_PREFIX?: string;

  /** How long a worker holds a running job: a worker that died is noticed, and its job retried, after this. */
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of seconds (1-3600)' })
  @Min(1, { message: 'must be a whole number of seconds (1-3600)' })
  @Max(3600, { message: 'must be a whole number of seconds (1-3600)' })
  JOBS_LOCK_SECONDS: number = 30;

  /** How often a worker looks whether Redis lost its jobs (flushed, or restarted without persistence). */
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of seconds (1-60)' })
  @Min(1, { message: 'must be a whole number of seconds (1-60)' })
  @Max(60, { message: 'must be a whole number of seconds (1-60)' })
  JOBS_RESTORE_CHECK_SECONDS: number = 15;

  /**
   * Connections per process, one pool per purpose so that no request ever waits for a connection
   * of the pool it already holds one of: the event log's appends and stream reads, the read
   * models' queries (API keys, idempotency look-ups, lists), and the data keys.
   */
  @PoolSize()
  CRM_EVENT_POOL_SIZE: number = 10;

  @PoolSize()
  CRM_READ_POOL_SIZE: number = 10;

  @PoolSize()
  CRM_KEY_POOL_SIZE: number = 4;

  /** true: webhooks may target loopback, private and link-local addresses (development, tests). */
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'must be true or false' })
  CRM_WEBHOOKS_ALLOW_PRIVATE?: 'true' | 'false';

  /** Present: this process serves Prometheus metrics at http://METRICS_HOST:METRICS_PORT/metrics (0: any free port). */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a TCP port number (0-65535)' })
  @Min(0, { message: 'must be a TCP port number (0-65535)' })
  @Max(65535, { message: 'must be a TCP port number (0-65535)' })
  METRICS_PORT?: number;

  /** Where the metrics listener binds: keep it on a private interface, it has no authentication. */
  @IsString()
  @MinLength(1)
  METRICS_HOST: string = '127.0.0.1';

  /** `json`: one JSON object per log line, for log collectors; `text`: Nest's readable lines. */
  @IsIn(['text', 'json'], { message: 'must be text or json' })
  LOG_FORMAT: 'text' | 'json' = 'text';

  /** Present: traces go to this OTLP/HTTP collector (e.g. http://127.0.0.1:4318); absent: tracing is off. */
  @IsOptional()
  @UrlWithScheme(['http', 'https'])
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;

  /** Wraps every data key (docs/compliance.md). Absent: a development key kept in CRM_DATA_DIR. */
  @IsOptional()
  @Base64Bytes(32)
  CRM_MASTER_KEY?: string;

  /**
   * The Ed25519 private key that signs the log's seals (docs/compliance.md), PKCS#8 as PEM or as
   * base64 of its DER. Absent: a development key kept in CRM_DATA_DIR.
   */
  @IsOptional()
  @Ed25519PrivateKey()
  CRM_SEAL_KEY?: string;

  /** A seal is written once this many events (or access-log entries) wait unsealed... */
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of events (1-100000)' })
  @Min(1, { message: 'must be a whole number of events (1-100000)' })
  @Max(100_000, { message: 'must be a whole number of events (1-100000)' })
  CRM_SEAL_EVERY_EVENTS: number = 1000;

  /** ...or once the oldest of them has waited this long. */
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of seconds (1-86400)' })
  @Min(1, { message: 'must be a whole number of seconds (1-86400)' })
  @Max(86_400, { message: 'must be a whole number of seconds (1-86400)' })
  CRM_SEAL_EVERY_SECONDS: number = 300;

  /** A signed-in session ends after this long without a request. */
  @WholeNumber(1, 525600, 'minutes')
  SESSION_IDLE_MINUTES: number = 480;

  /** A signed-in session ends this long after sign-in, however busy. */
  @WholeNumber(1, 8760, 'hours')
  SESSION_MAX_AGE_HOURS: number = 168;

  /** Requests a minute per API key or signed-in user on every authenticated route; shared across processes through Redis. */
  @WholeNumber(1, 1_000_000, 'requests')
  RATE_LIMIT_PER_MINUTE: number = 600;

  /** all: every operator sees every record; team: an operator sees their own, their reports' and unowned leads (docs/roles.md). */
  @IsIn(['all', 'team'], { message: 'must be all or team' })
  CRM_RECORD_ACCESS: 'all' | 'team' = 'all';

  /**
   * A write transaction open longer than this holds back every reader of the log (they see only
   * below the oldest open transaction): /health, GET /projections and the projector's log name it.
   */
  @Type(() => Number)
  @IsNumber({}, { message: 'must be a number of seconds' })
  @Min(0, { message: 'must be 0 seconds or more' })
  CRM_HORIZON_WARN_SECONDS: number = 5;
}

function Ed25519PrivateKey(): PropertyDecorator {
  return ValidateBy({
    name: 'ed25519PrivateKey',
    validator: {
      validate: (value: unknown) => {
        if (typeof value !== 'string') return false;
        try {
          const pem = value.includes('-----BEGIN');
          const key = createPrivateKey(pem ? value : { key: Buffer.from(value, 'base64'), format: 'der', type: 'pkcs8' });
          return key.asymmetricKeyType === 'ed25519';
        } catch {
          return false;
        }
      },
      defaultMessage: () => 'must be an Ed25519 private key, PKCS#8 PEM or base64 DER (openssl genpkey -algorithm ed25519)',
    },
  });
}

function WholeNumber(min: number, max: number, unit: string): PropertyDecorator {
  const message = `must be a whole number of ${unit} (${min}-${max})`;
  const decorators = [Type(() => Number), IsInt({ message }), Min(min, { message }), Max(max, { message })];
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

function Base64Bytes(length: number): PropertyDecorator {
  return ValidateBy({
    name: 'base64Bytes',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' && /^[A-Za-z0-9+/]+={0,2}$/.test(value) && Buffer.from(value, 'base64').length === length,
      defaultMessage: () => `must be ${length} bytes in base64 (openssl rand -base64 ${length})`,
    },
  });
}

function PoolSize(): PropertyDecorator {
  const message = 'must be a whole number of connections (1-100)';
  const decorators = [Type(() => Number), IsInt({ message }), Min(1, { message }), Max(100, { message })];
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

function TcpPort(): PropertyDecorator {
  const message = 'must be a TCP port number (1-65535)';
  const decorators = [Type(() => Number), IsInt({ message }), Min(1, { message }), Max(65535, { message })];
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

/** Only the scheme is checked: KurrentDB cluster URLs list several hosts, which URL() rejects. */
function UrlWithScheme(schemes: string[]): PropertyDecorator {
  const pattern = new RegExp(`^(${schemes.map((scheme) => scheme.replace('+', '\\+')).join('|')})://\\S+$`);
  return ValidateBy({
    name: 'urlWithScheme',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && pattern.test(value),
      defaultMessage: () => `must be a URL starting with ${schemes.map((scheme) => `${scheme}://`).join(' or ')}`,
    },
  });
}

function isTimeZone(value: unknown): boolean {
  try {
    return typeof value === 'string' && new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone.length > 0;
  } catch {
    return false;
  }
}
