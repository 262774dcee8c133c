/**
 * The apps as they ship (dist/apps/*), two of each, as separate processes on one PostgreSQL
 * database and one Redis prefix: nothing in the code may assume one process. Writes go through
 * both apis; the projector running the projections is SIGKILLed and the other takes over; a worker
 * is SIGKILLed in the middle of a campaign chunk and the other finishes the campaign, each message
 * sent once (the outbox transport).
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { sql } from 'kysely';
import { BOOTSTRAP_KEY_FILE } from '#crm/auth';
import { CHUNK_SIZE } from '#crm/campaigns';
import { loadConfig } from '#crm/config';
import { openDatabases, shutdown, type Databases } from '#crm/database';
import { formatPosition, parsePosition } from '#crm/event-store';
import { JOBS_QUEUE, safeJobId } from '#crm/jobs';
import { LockKind, ProjectionRunner } from '#crm/projection-runner';
import { allProjections } from '#crm/projections';
import { buildApps, runBuiltCli } from '#test/support/built-cli';
import { campaignAudience, type AudienceApp } from '#test/support/campaign-audience';
import { chunkJobId, expectEachSentOnce, type CampaignReader } from '#test/support/campaign-deliveries';
import { startProcess, type StartedProcess } from '#test/support/child-process';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { eventually } from '#test/support/eventually';
import { firstPromotion } from '#test/support/first-promotion';
import { freePort } from '#test/support/free-port';
import { lastAppendedPosition } from '#test/support/last-appended-position';
import { readModels } from '#test/support/read-models';
import { jobFinished } from '../../apps/worker/src/testing/jobs-test-app.js';

const API = 'dist/apps/api/src/main.js';
const PROJECTOR = 'dist/apps/projector/src/main.js';
const WORKER = 'dist/apps/worker/src/main.js';
/** The issue's promise: a standby projector runs the projections within 5 s of the leader's death. */
const TAKEOVER_MS = 5000;
const CONSENTING = 90;
const REFUSING = 10;

jest.setTimeout(180_000);

type Answer = { statusCode: number; body: string; json(): any };

describe('two apis, two projectors and two workers as processes on one database and Redis prefix', () => {
  let database: TestDatabase;
  let dataDir: string;
  let databases: Databases;
  let key: string;
  const bases: string[] = [];
  const processes = new Map<string, StartedProcess>();
  const masterKey = randomBytes(32).toString('base64');
  const prefix = `multi-process-${process.pid}-${randomBytes(3).toString('hex')}`;

  /** `name` is the process's PostgreSQL application_name too, so pg_stat_activity says which process holds a lock. */
  async function start(name: string, entry: string, readyLine: string, env: Record<string, string> = {}): Promise<StartedProcess> {
    const started = await startProcess('node', [entry], {
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: database.url,
        REDIS_URL: 'redis://127.0.0.1:6379',
        JOBS_PREFIX: prefix,
        CRM_MASTER_KEY: masterKey,
        CRM_DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        RATE_LIMIT_PER_MINUTE: '1000000',
        // Short, so the killed worker's job is found stalled within seconds.
        JOBS_LOCK_SECONDS: '3',
        // Six processes beside the other test files' apps: small pools keep the server's connections for everyone.
        CRM_EVENT_POOL_SIZE: '3',
        CRM_READ_POOL_SIZE: '4',
        CRM_KEY_POOL_SIZE: '2',
        PGAPPNAME: name,
        ...env,
      },
      readyLine,
    });
    processes.set(name, started);
    return started;
  }

  async function startApi(name: string): Promise<void> {
    const port = await freePort();
    await start(name, API, 'CRM API listening on', { PORT: String(port) });
    bases.push(`http://127.0.0.1:${port}`);
  }

  /** Every request goes to the next api in turn: writes and reads through both. */
  let turn = 0;
  async function request({ method, url, payload }: { method: string; url: string; payload?: object }): Promise<Answer> {
    const base = bases[turn++ % bases.length];
    const response = await fetch(`${base}${url}`, {
      method,
      headers: { 'x-api-key': key, ...(payload && { 'content-type': 'application/json' }) },
      body: payload && JSON.stringify(payload),
    });
    const body = await response.text();
    return { statusCode: response.status, body, json: () => JSON.parse(body) };
  }

  /** A runner that is never started: its waitFor follows the checkpoints whichever process moves them. */
  let follower: ProjectionRunner;
  async function projected(position: string): Promise<void> {
    await Promise.all(allProjections.map((projection) => follower.waitFor(projection.name, parsePosition(position), { timeoutMs: 120_000 })));
  }
  const app: AudienceApp & CampaignReader = {
    request,
    projected,
    get databases() {
      return databases;
    },
  };

  /** application_name → how many projections' runner locks its process holds. */
  async function runnerLockHolders(): Promise<Record<string, number>> {
    const { rows } = await sql<{ name: string; locks: number }>`
      select activity.application_name as name, count(*)::int as locks
      from pg_locks lock join pg_stat_activity activity on activity.pid = lock.pid
      where lock.locktype = 'advisory' and lock.granted and lock.objsubid = 2 and lock.classid = ${LockKind.runner}::oid
        and lock.database = (select oid from pg_database where datname = current_database())
      group by activity.application_name`.execute(databases.readDb);
    return Object.fromEntries(rows.map((row) => [row.name, row.locks]));
  }

  beforeAll(async () => {
    await buildApps(API);
    await Promise.all([buildApps(PROJECTOR), buildApps(WORKER)]);
    database = await createTestDatabase('multi_process');
    dataDir = await mkdtemp(join(tmpdir(), 'crm-multi-process-'));
    // The first api on an empty database writes the first admin key to the data folder.
    await startApi('crm-api-a');
    key = (await readFile(join(dataDir, BOOTSTRAP_KEY_FILE), 'utf8')).trim();
    // projector-a starts alone, so it takes every projection before its ready line; projector-b stands by.
    await Promise.all([
      startApi('crm-api-b'),
      start('crm-projector-a', PROJECTOR, 'CRM projector running'),
      start('crm-worker-a', WORKER, 'CRM worker running'),
    ]);
    await Promise.all([start('crm-projector-b', PROJECTOR, 'CRM projector running'), start('crm-worker-b', WORKER, 'CRM worker running')]);
    databases = await openDatabases(loadConfig({ DATABASE_URL: database.url, CRM_MASTER_KEY: masterKey, LOG_LEVEL: 'fatal', CRM_READ_POOL_SIZE: '4', CRM_EVENT_POOL_SIZE: '2', CRM_KEY_POOL_SIZE: '2' }));
    follower = new ProjectionRunner({ store: databases.eventStore, db: databases.readDb, projections: allProjections });
  }, 600_000); // a build, six Node processes and their migrations on a busy shared machine

  afterAll(async () => {
    await Promise.all([...processes.values()].map((started) => started.kill()));
    await shutdown(() => undefined);
    await database?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('hands the projections to the standby projector within 5 s of a SIGKILL, and ends with read models equal to a rebuild', async () => {
    expect(await runnerLockHolders()).toEqual({ 'crm-projector-a': allProjections.length });
    const before = await campaignAudience(app, { consenting: 4, refusing: 1, country: 'FR' });

    await processes.get('crm-projector-a')!.kill('SIGKILL');
    await eventually(
      async () => (await runnerLockHolders())['crm-projector-b'] === allProjections.length,
      TAKEOVER_MS,
      async () => `within ${TAKEOVER_MS} ms of the kill, the runner locks are held by ${JSON.stringify(await runnerLockHolders())}`,
    );

    // Written after the takeover, through both apis: projected by projector-b alone.
    const after = await campaignAudience(app, { consenting: 4, refusing: 1, country: 'DE' });
    const members = await request({ method: 'GET', url: `/segments/${after.segmentId}/members?limit=50` });
    expect(members.json().members).toHaveLength(after.members.length);
    await projected(formatPosition((await lastAppendedPosition(databases.readDb))!));
    const live = await readModels(databases.readDb);
    expect(live['proj_directory.directory_entry']!.length).toBeGreaterThanOrEqual(before.members.length + after.members.length);

    const rebuilt = await runBuiltCli(['projections', 'rebuild'], { DATABASE_URL: database.url, CRM_MASTER_KEY: masterKey, LOG_LEVEL: 'error' });
    expect(rebuilt).toMatchObject({ code: 0 });
    const fromScratch = await readModels(databases.readDb);
    expect(Object.keys(live).sort()).toEqual(Object.keys(fromScratch).sort());
    for (const table of Object.keys(fromScratch)) expect([table, live[table]]).toEqual([table, fromScratch[table]]);
  });

  it('finishes a campaign whose worker was SIGKILLed mid-chunk on the other worker, each message sent once', async () => {
    const audience = await campaignAudience(app, { consenting: CONSENTING, refusing: REFUSING });
    const created = await request({
      method: 'POST',
      url: '/campaigns',
      payload: { name: 'Killed', segmentId: audience.segmentId, channel: 'email', subject: 'Offer', body: 'Once.' },
    });
    expect(created.statusCode).toBe(202);
    const campaignId: string = created.json().id;

    const { customerId } = await firstPromotion(database.url, campaignId);
    const { rows } = await sql<{
      chunk: number;
    }>`select chunk from campaign_delivery where campaign_id = ${campaignId} and customer_id = ${customerId}`.execute(databases.readDb);
    const queue = new Queue(JOBS_QUEUE, { connection: { url: 'redis://127.0.0.1:6379' }, prefix });
    try {
      const job = await queue.getJob(safeJobId(chunkJobId(campaignId, rows[0]!.chunk)));
      // processedBy is `host:pid` of the worker running the chunk: that is the one to kill.
      const runnerPid = Number(job?.processedBy?.split(':').at(-1));
      const [name, victim] = [...processes.entries()].find(([, started]) => started.child.pid === runnerPid) ?? [];
      expect(name).toMatch(/^crm-worker-/);
      await victim!.kill('SIGKILL');
      // Provably mid-job: the chunk that sent the first promotion had not completed.
      expect(await job!.getState()).toBe('active');
    } finally {
      await queue.close();
    }

    const chunks = Math.ceil((CONSENTING + REFUSING) / CHUNK_SIZE);
    const redis = { redisUrl: 'redis://127.0.0.1:6379', prefix };
    await expect(jobFinished(redis, `campaign-target.${campaignId}`)).resolves.toEqual({ targeted: CONSENTING + REFUSING, chunks });
    await Promise.all(Array.from({ length: chunks }, (_, chunk) => jobFinished(redis, chunkJobId(campaignId, chunk))));
    await projected(formatPosition((await lastAppendedPosition(databases.readDb))!));
    await expectEachSentOnce(app, campaignId, audience.members);
  });
});
