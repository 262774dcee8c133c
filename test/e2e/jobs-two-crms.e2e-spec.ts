import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Queue } from 'bullmq';
import { databaseJobsPrefix, JobName, JOBS_QUEUE } from '#crm/jobs';
import { createReadDb } from '#crm/read-store';
import { buildWorker, startBuiltWorker } from '#test/support/built-worker';
import type { StartedProcess } from '#test/support/child-process';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { analyticsProjection } from '../../projections/analytics/index.js';
import { startJobsTestApp, type JobsTestApp } from '../../apps/worker/src/testing/jobs-test-app.js';

jest.setTimeout(120_000);

/**
 * Neither CRM is given JOBS_PREFIX, as in production. Had they shared a prefix, the other CRM's
 * worker would take some of this one's export jobs and fail them ("export ... does not exist").
 */
describe('two CRMs on one Redis', () => {
  let crm: JobsTestApp;
  let otherDatabase: TestDatabase;
  let otherWorker: StartedProcess | undefined;
  let otherPrefix: string;

  beforeAll(async () => {
    await buildWorker();
    crm = await startJobsTestApp('jobs_two_crms', { projections: [analyticsProjection], env: { JOBS_PREFIX: '' } });
    otherDatabase = await createTestDatabase('jobs_two_crms_other');
    otherWorker = await startBuiltWorker({ DATABASE_URL: otherDatabase.url, LOG_LEVEL: 'warn' });
    const otherDb = createReadDb(otherDatabase.url, { maxConnections: 1 });
    otherPrefix = await databaseJobsPrefix(otherDb);
    await otherDb.destroy();
  }, 240_000);

  afterAll(async () => {
    await otherWorker?.kill('SIGTERM');
    await new Queue(JOBS_QUEUE, { connection: { url: crm.config.redisUrl }, prefix: otherPrefix }).obliterate({ force: true }).catch(() => undefined);
    await otherDatabase?.drop();
    await crm?.close();
  });

  it('derive different, stable prefixes from their databases', async () => {
    expect(crm.queue.prefix).toMatch(/^crm-[0-9a-f]{16}$/);
    expect(otherPrefix).toMatch(/^crm-[0-9a-f]{16}$/);
    expect(crm.queue.prefix).not.toBe(otherPrefix);
    expect(await databaseJobsPrefix(crm.databases.readDb)).toBe(crm.queue.prefix);
  });

  it('each run only their own jobs, with both workers listening', async () => {
    const ids: string[] = [];
    for (const table of ['touch_fact', 'purchase_fact', 'opportunity_fact', 'promotion_fact']) {
      const started = await crm.request({ method: 'POST', url: '/exports/analytics', payload: { table }, role: 'analyst' });
      expect(started.statusCode).toBe(202);
      ids.push(started.json().id);
    }
    for (const id of ids) await expect(crm.finished(`export.${id}`)).resolves.toEqual({ rows: 0 });
    const other = new Queue(JOBS_QUEUE, { connection: { url: crm.config.redisUrl }, prefix: otherPrefix });
    try {
      const seenThere = await other.getJobs(['waiting', 'active', 'delayed', 'completed', 'failed']);
      expect(seenThere.map((job) => job.name)).not.toContain(JobName.AnalyticsExport);
      expect(await other.getJobCounts('failed')).toEqual({ failed: 0 });
    } finally {
      await other.close();
    }
  });
});
