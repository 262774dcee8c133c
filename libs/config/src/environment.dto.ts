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

  /** Redis key prefix of every queue. Absent: derived from the database (@crm/jobs JobsPrefix), so CRMs sharing a Redis keep their jobs apart. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'must be letters, digits, - or _' })
  JOBS_PREFIX?: string;

  /** How long a worker holds a running job: a worker that died is noticed, and its job retried, after this. */
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of seconds (1-3600)' })
  @Min(1, { message: 'must be a whole number of seconds (1-3600)' })
  @Max(3600, { message: 'must be a whole number of seconds (1-3600)' })
  JOBS_LOCK_SECONDS: number = 30;

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
