import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { Sealer } from '#crm/compliance';
import { parsePosition } from '#crm/event-store';
import { JobQueue } from '#crm/jobs';
import { ProjectionRunner, ProjectionStatusService } from '#crm/projection-runner';
import { MetricsServer } from '#crm/telemetry';
import { startThreeApps, type ThreeApps } from '#test/support/three-apps';

jest.setTimeout(120_000);

/** The value of one sample line (`name{labels} value`) whose labels include all of `labels`. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const given = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key, value]));
    if (Object.entries(labels).every(([key, value]) => given[key] === value)) return Number(match[3]);
  }
  return undefined;
}

async function scrape(app: INestApplicationContext): Promise<string> {
  const response = await fetch(app.get(MetricsServer).url!);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

describe('GET /metrics of the api, the projector and the worker', () => {
  let apps: ThreeApps;

  // Port 0: each app's listener takes a free port of its own.
  beforeAll(async () => (apps = await startThreeApps('metrics', { METRICS_PORT: '0' }, { worker: true })));

  afterAll(async () => {
    await apps?.api.get(JobQueue).bullQueue().obliterate({ force: true }).catch(() => undefined);
    await apps?.close();
  });

  it('serve their series with sane values after traffic', async () => {
    const { api, projector, key } = apps;
    const worker = apps.worker!;
    const post = (url: string, payload: object) => api.inject({ method: 'POST', url, payload, headers: { 'x-api-key': key } });
    let position = '';
    for (let n = 0; n < 3; n++) {
      const created = await post('/customers', { kind: 'person', name: `Metered ${n}`, email: `metered${n}@example.com` });
      expect(created.statusCode).toBe(201);
      const touch = await post(`/customers/${created.json().id}/touches`, { type: 'call', direction: 'inbound', durationSeconds: 10, outcome: 'reached' });
      position = touch.json().position;
    }
    expect((await api.inject({ method: 'GET', url: '/customers' })).statusCode).toBe(401);
    await api.inject({ method: 'GET', url: `/customers/not-a-uuid`, headers: { 'x-api-key': key } });
    const runner = projector.get(ProjectionRunner);
    const names = (await projector.get(ProjectionStatusService).list()).map((status) => status.name);
    await Promise.all(names.map((name) => runner.waitFor(name, parsePosition(position))));

    await projector.get(Sealer).seal('events');

    const apiText = await scrape(api);
    expect(sample(apiText, 'crm_seal_age_seconds', { app: 'api', log: 'events' })).toBeGreaterThanOrEqual(0);
    expect(sample(apiText, 'crm_seal_age_seconds', { log: 'events' })).toBeLessThan(60);
    expect(sample(apiText, 'crm_http_request_duration_seconds_count', { app: 'api', method: 'POST', route: '/customers', status: '201' })).toBe(3);
    expect(sample(apiText, 'crm_http_request_duration_seconds_count', { route: '/customers/:id/touches', status: '201' })).toBe(3);
    expect(sample(apiText, 'crm_http_request_duration_seconds_count', { route: '/customers', status: '401' })).toBe(1);
    expect(sample(apiText, 'crm_http_request_duration_seconds_count', { route: '/customers/:id', status: '400' })).toBe(1);
    expect(apiText).not.toContain('not-a-uuid'); // routes are templates, never the URL
    // Per customer: the registration, the claim of its email, the call.
    expect(sample(apiText, 'crm_event_append_duration_seconds_count', { outcome: 'ok' })).toBe(9);
    expect(sample(apiText, 'crm_event_append_duration_seconds_sum', { outcome: 'ok' })).toBeGreaterThan(0);
    expect(sample(apiText, 'crm_event_append_conflicts_total')).toBe(0);
    expect(sample(apiText, 'crm_jobs', { queue: 'crm-jobs', state: 'failed' })).toBe(0);
    expect(sample(apiText, 'crm_db_pool_connections', { state: 'total' })).toBeGreaterThan(0);

    const projectorText = await scrape(projector);
    for (const name of names) {
      expect(sample(projectorText, 'crm_projection_lag_events', { app: 'projector', projection: name })).toBe(0);
      expect(sample(projectorText, 'crm_projection_lag_milliseconds', { projection: name })).toBe(0);
    }
    expect(sample(projectorText, 'crm_projection_events_applied_total', { projection: 'timeline' })).toBe(6);
    expect(sample(projectorText, 'crm_projection_batch_duration_seconds_count', { projection: 'timeline' })).toBeGreaterThanOrEqual(1);
    expect(sample(projectorText, 'crm_db_pool_max_connections')).toBe(10);

    const workerText = await scrape(worker);
    expect(sample(workerText, 'crm_jobs', { app: 'worker', queue: 'crm-jobs', state: 'waiting' })).toBeGreaterThanOrEqual(0);
    expect(sample(workerText, 'crm_jobs_oldest_waiting_seconds', { queue: 'crm-jobs' })).toBeGreaterThanOrEqual(0);
    expect(sample(workerText, 'crm_process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(new Set([api, projector, worker].map((app) => app.get(MetricsServer).url)).size).toBe(3);
  });
});
