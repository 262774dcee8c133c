import { resolve } from 'node:path';
import { InvalidConfigError, loadConfig, projectFolder } from './index.js';

function issuesOf(env: Record<string, string>): InvalidConfigError['issues'] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof InvalidConfigError) return error.issues;
    throw error;
  }
  throw new Error('expected loadConfig to reject the environment');
}

describe('loadConfig', () => {
  it('gives every variable its default when the environment is empty', () => {
    const config = loadConfig({});
    expect({ ...config }).toEqual({
      host: '127.0.0.1',
      port: 3000,
      databaseUrl: undefined,
      readDatabaseUrl: undefined,
      replicaWaitMs: 2000,
      dataDir: resolve(projectFolder(), '.crm-data'),
      embeddedPostgresPort: 54329,
      eventStoreUrl: undefined,
      redisUrl: 'redis://127.0.0.1:6379',
      logLevel: 'log',
      masterKey: undefined,
      smtpUrl: undefined,
      followUpDeadlineMinutes: 60,
      followUpReassignMinutes: 240,
      followUpReassignTo: 'team',
      marketingPressureHours: 0,
      marketingQuietHours: null,
      marketingTimeZone: 'UTC',
      jobsPrefix: undefined,
      jobsLockSeconds: 30,
      jobsRestoreCheckSeconds: 15,
      webhooksAllowPrivate: false,
      poolSizes: { events: 10, read: 10, keys: 4 },
      sealKey: undefined,
      sealEveryEvents: 1000,
      sealEverySeconds: 300,
      sessionIdleMinutes: 480,
      sessionMaxAgeHours: 168,
      rateLimitPerMinute: 600,
      recordAccess: 'all',
      horizonWarnMs: 5000,
      metricsPort: undefined,
      metricsHost: '127.0.0.1',
      logFormat: 'text',
      otlpEndpoint: undefined,
    });
  });

  it('sizes the pools and allows private webhook targets when told, and refuses a pool of 0', () => {
    const config = loadConfig({ CRM_EVENT_POOL_SIZE: '20', CRM_READ_POOL_SIZE: '5', CRM_KEY_POOL_SIZE: '2', CRM_WEBHOOKS_ALLOW_PRIVATE: 'true' });
    expect(config.poolSizes).toEqual({ events: 20, read: 5, keys: 2 });
    expect(config.webhooksAllowPrivate).toBe(true);
    expect(() => loadConfig({ CRM_READ_POOL_SIZE: '0' })).toThrow(/CRM_READ_POOL_SIZE/);
  });

  it('reads and converts the variables it is given, ignoring the rest of the environment', () => {
    const config = loadConfig({
      HOST: '0.0.0.0',
      PORT: '8080',
      DATABASE_URL: 'postgres://crm:secret@db:5432/crm',
      CRM_DATA_DIR: '/var/lib/crm',
      EMBEDDED_PG_PORT: '5499',
      EVENTSTORE_URL: 'kurrentdb://a:2113,b:2113?tls=false',
      REDIS_URL: 'redis://redis:6379',
      LOG_LEVEL: 'debug',
      PATH: '/usr/bin',
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      databaseUrl: 'postgres://crm:secret@db:5432/crm',
      dataDir: '/var/lib/crm',
      embeddedPostgresPort: 5499,
      eventStoreUrl: 'kurrentdb://a:2113,b:2113?tls=false',
      redisUrl: 'redis://redis:6379',
      logLevel: 'debug',
    });
    expect(config).not.toHaveProperty('PATH');
  });

  it('sends read models to a replica only beside a primary, waiting for it as long as told', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/crm', READ_DATABASE_URL: 'postgres://replica/crm', CRM_REPLICA_WAIT_SECONDS: '0.5' })).toMatchObject({
      readDatabaseUrl: 'postgres://replica/crm',
      replicaWaitMs: 500,
    });
    expect(issuesOf({ READ_DATABASE_URL: 'postgres://replica/crm' })).toEqual([
      { variable: 'READ_DATABASE_URL', reason: 'needs DATABASE_URL: the primary it replicates' },
    ]);
    expect(issuesOf({ DATABASE_URL: 'postgres://db/crm', READ_DATABASE_URL: 'replica:5432' })).toEqual([
      { variable: 'READ_DATABASE_URL', reason: 'must be a URL starting with postgres:// or postgresql://' },
    ]);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });

  it('reports every bad variable at once, naming each and its reason', () => {
    expect(issuesOf({ PORT: 'eighty', EMBEDDED_PG_PORT: '70000', REDIS_URL: 'localhost:6379', LOG_LEVEL: 'loud' })).toEqual([
      { variable: 'PORT', reason: 'must be a TCP port number (1-65535)' },
      { variable: 'EMBEDDED_PG_PORT', reason: 'must be a TCP port number (1-65535)' },
      { variable: 'REDIS_URL', reason: 'must be a URL starting with redis:// or rediss://' },
      { variable: 'LOG_LEVEL', reason: 'must be one of fatal, error, warn, log, debug, verbose' },
    ]);
  });

  it('never echoes a rejected value, which may be a secret', () => {
    const secret = 'mysql://crm:hunter2@db/crm';
    let message = '';
    try {
      loadConfig({ DATABASE_URL: secret });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe('invalid configuration: DATABASE_URL must be a URL starting with postgres:// or postgresql://');
    expect(message).not.toContain('hunter2');
  });
});

describe('projectFolder', () => {
  it('is the folder of the package.json above the code, wherever the process runs', () => {
    const here = projectFolder();
    expect(projectFolder(resolve(here, 'libs/config/src/deep/er'))).toBe(here);
    const cwd = process.cwd();
    process.chdir('/tmp');
    try {
      expect(loadConfig({}).dataDir).toBe(resolve(here, '.crm-data'));
      expect(loadConfig({ CRM_DATA_DIR: 'elsewhere' }).dataDir).toBe(resolve(here, 'elsewhere'));
    } finally {
      process.chdir(cwd);
    }
  });
});
