import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue, QueueEvents } from 'bullmq';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { ApiKeyService, type Role } from '#crm/auth';
import { currentEventDecoder, EVENT_CODEC } from '#crm/commands';
import { loadConfig, type CrmConfig } from '#crm/config';
import { openDatabases, shutdown, type Databases } from '#crm/database';
import { createHttpApp } from '#crm/http';
import { JOBS_QUEUE, JobQueue, RedisAvailability, safeJobId } from '#crm/jobs';
import { parsePosition } from '#crm/event-store';
import { ProjectionRunner, type Projection } from '#crm/projection-runner';
import { recordAnswers, type SeenAnswer } from '#test/support/app';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { ApiAppModule } from '../../../api/src/api-app.module.js';
import { WorkerAppModule } from '../worker-app.module.js';

export interface JobsTestApp {
  config: CrmConfig;
  database: TestDatabase;
  databases: Databases;
  api: NestFastifyApplication;
  /** The worker app (null when started without one), as apps/worker/main.ts boots it. */
  worker: INestApplicationContext | null;
  /** Starts another worker app in this process (closed with the rest). */
  startWorker(): Promise<INestApplicationContext>;
  runner: ProjectionRunner;
  queue: JobQueue;
  /** Resolves with the job's return value once it completed; rejects with its last error once it failed for good. */
  finished(jobId: string): Promise<unknown>;
  /** Resolves once the test projections have applied everything up to `position`. */
  projected(position: string): Promise<void>;
  request(options: InjectOptions & { role?: Role | null }): Promise<LightMyRequestResponse>;
  /** Every answer the api gave, for the response-contract check (test/support/openapi-contract.ts). */
  answers: SeenAnswer[];
  close(): Promise<void>;
}

export type JobsTestAppOptions = { projections: Projection[]; env?: Record<string, string>; worker?: boolean };

/**
 * api + projector (only `projections`) + worker on a fresh database, with a BullMQ prefix of the
 * test's own so concurrent test files never share a queue.
 */
export async function startJobsTestApp(label: string, { projections, env = {}, worker = true }: JobsTestAppOptions): Promise<JobsTestApp> {
  const database = await createTestDatabase(label);
  // The rate limit is not what these tests are about (auth-rate-limits is): a campaign audience is built with one key.
  const config = loadConfig({
    DATABASE_URL: database.url,
    REDIS_URL: 'redis://127.0.0.1:6379',
    LOG_LEVEL: 'fatal',
    JOBS_PREFIX: `test-${label}-${process.pid}`,
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...env,
  });
  const databases = await openDatabases(config);
  const api = await createHttpApp(ApiAppModule.forRoot(config, databases), config);
  const answers: SeenAnswer[] = [];
  recordAnswers(api, answers);
  await api.init();
  await api.getHttpAdapter().getInstance().ready();
  const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
  // Decoded as the projector decodes: projections that keep personal data see it decrypted.
  const decode = currentEventDecoder(api.get(EVENT_CODEC));
  const runner = new ProjectionRunner({ store: databases.eventStore, db: databases.readDb, projections, decode, logger: quiet });
  await runner.start();
  const workers: INestApplicationContext[] = [];
  const startWorker = async () => {
    const started = await NestFactory.createApplicationContext(WorkerAppModule.forRoot(config, databases), { logger: false });
    await started.init();
    workers.push(started);
    return started;
  };
  const workerApp = worker ? await startWorker() : null;
  const redis = api.get(RedisAvailability);
  const queue = api.get(JobQueue);
  const keys = {} as Record<Role, string>;
  for (const role of ['operator', 'analyst', 'compliance', 'admin'] as const) {
    keys[role] = (await api.get(ApiKeyService).create({ role, name: `${role} key`, staffId: role === 'operator' ? OPERATOR_STAFF_ID : null })).key;
  }
  return {
    config,
    database,
    databases,
    api,
    worker: workerApp,
    runner,
    queue,
    finished: (jobId) => jobFinished({ redisUrl: config.redisUrl, prefix: queue.prefix }, jobId),
    startWorker,
    projected: async (position) => {
      await Promise.all(projections.map((projection) => runner.waitFor(projection.name, parsePosition(position))));
    },
    answers,
    request: ({ role = 'operator', headers, ...options }) => api.inject({ ...options, headers: { ...(role ? { 'x-api-key': keys[role] } : {}), ...headers } }),
    async close() {
      for (const each of workers) await each.close();
      await runner.stop();
      if (redis.isAvailable()) await queue.bullQueue().obliterate({ force: true });
      await api.close();
      await shutdown(() => undefined);
      await database.drop();
    },
  };
}

export const OPERATOR_STAFF_ID = '0b6e2a4e-5d8f-4c1a-9a7e-1f2d3c4b5a69';

/**
 * The job's return value once it completed; its last error once it failed for good. Listens
 * before looking, so a job that ends between the look and the listen is not missed; a listener of
 * its own, so a Redis restarted since the start is listened to from its new beginning.
 */
export async function jobFinished({ redisUrl, prefix }: { redisUrl: string; prefix: string }, name: string): Promise<unknown> {
  const jobId = safeJobId(name);
  const connection = { connection: { url: redisUrl }, prefix };
  // From the stream's start, not '$': its first read is issued after waitUntilReady, and a job
  // ending in between would otherwise be neither seen completed by the look nor heard.
  const [events, queue] = [new QueueEvents(JOBS_QUEUE, { ...connection, lastEventId: '0-0' }), new Queue(JOBS_QUEUE, connection)];
  await events.waitUntilReady();
  try {
    return await outcomeOf(queue, events, jobId);
  } finally {
    await Promise.all([events.close(), queue.close()]);
  }
}

async function outcomeOf(queue: Queue, events: QueueEvents, jobId: string): Promise<unknown> {
  const outcome = new Promise<unknown>((resolve, reject) => {
    const completed = ({ jobId: id, returnvalue }: { jobId: string; returnvalue: unknown }) => id === jobId && (stop(), resolve(returnvalue));
    const failed = async ({ jobId: id }: { jobId: string }) => {
      const job = id === jobId ? await queue.getJob(jobId) : undefined;
      if (job && (await job.isFailed())) {
        stop();
        reject(new Error(job.failedReason));
      }
    };
    const stop = () => events.off('completed', completed).off('failed', failed);
    events.on('completed', completed).on('failed', failed);
  });
  // The state first, then the job: a job read while still active carries no return value yet.
  if ((await queue.getJobState(jobId)) === 'completed') return (await queue.getJob(jobId))?.returnvalue;
  return outcome;
}
