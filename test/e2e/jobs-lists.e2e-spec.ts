import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Role } from '#crm/auth';
import { segmentsProjection } from '../../projections/segments/index.js';
import { webhooksProjection } from '../../projections/webhooks/webhooks.projection.js';
import { startJobsTestApp, type JobsTestApp } from '../../apps/worker/src/testing/jobs-test-app.js';
import { redeliveryJobId } from '../../apps/api/src/webhooks/webhooks.service.js';
import { capturedLead } from '#test/support/captured-lead';

/** A subscriber on 127.0.0.1 answering with whatever `status` holds at the time of the request. */
async function switchableSubscriber(): Promise<{ url: string; status: { now: number }; received: number[]; server: Server }> {
  const status = { now: 500 };
  const received: number[] = [];
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      received.push(status.now);
      response.writeHead(status.now).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, status, received, server };
}

describe('the lists of jobs: campaigns, exports, and webhook redelivery', () => {
  let app: JobsTestApp;
  let hook: Awaited<ReturnType<typeof switchableSubscriber>>;

  const request = (method: 'GET' | 'POST' | 'DELETE', url: string, role: Role | null, payload?: object) => app.request({ method, url, role, payload });

  beforeAll(async () => {
    app = await startJobsTestApp('jobs_lists', { projections: [webhooksProjection, segmentsProjection], env: { CRM_WEBHOOKS_ALLOW_PRIVATE: 'true' } });
    hook = await switchableSubscriber();
  });

  afterAll(async () => {
    await app?.close();
    hook?.server.close();
  });

  describe('GET /campaigns', () => {
    it('lists every campaign newest first with its progress, a page at a time, to operators and analysts', async () => {
      const segment = await request('POST', '/segments', 'analyst', {
        name: 'Everyone in GB',
        rule: { fact: 'attribute', key: 'country', op: 'eq', value: 'GB' },
      });
      const segmentId = segment.json().id;
      await app.projected(segment.json().events[0].position);
      const ids: string[] = [];
      for (const name of ['First', 'Second', 'Third']) {
        const created = await request('POST', '/campaigns', 'operator', { name, segmentId, channel: 'email', subject: name, body: 'Hello.' });
        expect(created.statusCode).toBe(202);
        ids.push(created.json().id);
      }
      const first = await request('GET', '/campaigns?limit=2', 'analyst');
      expect(first.statusCode).toBe(200);
      expect(first.json().items).toEqual([
        expect.objectContaining({ id: ids[2], name: 'Third', segmentId, channel: 'email', pending: expect.any(Number), sent: expect.any(Number) }),
        expect.objectContaining({ id: ids[1], name: 'Second' }),
      ]);
      const rest = await request('GET', `/campaigns?cursor=${first.json().nextCursor}`, 'operator');
      expect(rest.json()).toEqual({ items: [expect.objectContaining({ id: ids[0], name: 'First' })], nextCursor: null });
      expect((await request('GET', '/campaigns', 'compliance')).statusCode).toBe(403);
      expect((await request('GET', '/campaigns?cursor=nonsense', 'operator')).json().errors).toEqual([{ field: 'cursor', reason: expect.any(String) }]);
    });
  });

  describe('GET /exports', () => {
    it("lists the exports of the kinds the caller's role may read, with status and progress, newest first", async () => {
      const analytics = await request('POST', '/exports/analytics', 'analyst', { table: 'touch_fact' });
      expect(analytics.statusCode).toBe(202);
      const customer = (await request('POST', '/customers', 'operator', { kind: 'person', name: 'Exported Person' })).json().id;
      const person = await request('POST', '/exports/person', 'compliance', { customerId: customer, reason: 'subject access request 9' });
      expect(person.statusCode).toBe(202);
      const rebuild = await request('POST', '/exports/rebuilds', 'admin', { projection: 'segments' });
      expect(rebuild.statusCode).toBe(202);

      const ids = async (role: Role, query = '') => (await request('GET', `/exports${query}`, role)).json().items.map((item: { id: string }) => item.id);
      expect(await ids('analyst')).toEqual([rebuild.json().id, analytics.json().id]);
      expect(await ids('compliance')).toEqual([person.json().id]);
      expect(await ids('admin')).toEqual([rebuild.json().id, person.json().id, analytics.json().id]);
      expect(await ids('admin', '?kind=analytics-table')).toEqual([analytics.json().id]);

      const [item] = (await request('GET', '/exports?kind=person-data', 'compliance')).json().items;
      expect(item).toEqual({
        ...person.json(),
        status: expect.any(String),
        done: expect.any(Number),
        total: item.total,
        finishedAt: item.finishedAt,
        contentType: item.contentType,
        filename: item.filename,
        downloadUrl: item.downloadUrl,
      });
      expect(['queued', 'running', 'done']).toContain(item.status);

      const paged = (await request('GET', '/exports?limit=1', 'admin')).json();
      expect(paged.items.map((each: { id: string }) => each.id)).toEqual([rebuild.json().id]);
      expect(await ids('admin', `?limit=5&cursor=${paged.nextCursor}`)).toEqual([person.json().id, analytics.json().id]);
    });

    it('answers 403 for a kind the role may not read, 403 to operators, and 400 for an unknown status', async () => {
      expect((await request('GET', '/exports?kind=person-data', 'analyst')).statusCode).toBe(403);
      expect((await request('GET', '/exports?kind=analytics-table', 'compliance')).statusCode).toBe(403);
      expect((await request('GET', '/exports', 'operator')).statusCode).toBe(403);
      const bad = await request('GET', '/exports?status=lost', 'admin');
      expect(bad.statusCode).toBe(400);
      expect(JSON.stringify(bad.json().errors)).toContain('status');
    });
  });

  describe('POST /webhooks/:id/deliveries/:deliveryId/redeliver', () => {
    it('sends a parked delivery again, as first sent, until it is delivered; DELETE then unsubscribes', async () => {
      const subscription = (await request('POST', '/webhooks', 'admin', { url: hook.url, eventTypes: ['LeadCaptured'] })).json();
      const lead = await request('POST', '/leads', null, { name: 'Hook Person', email: 'hook.redeliver@example.com', form: 'contact-us', interest: null });
      const { eventId } = await capturedLead(app.databases.eventStore, lead.json().customerId);
      await expect(app.finished(`webhook.${subscription.id}.${eventId}`)).rejects.toThrow('answered 500');
      const deliveries = `/webhooks/${subscription.id}/deliveries`;
      expect((await request('GET', deliveries, 'admin')).json().deliveries).toEqual([expect.objectContaining({ eventId, status: 'parked', attempts: 5 })]);

      hook.status.now = 204;
      const redelivered = await request('POST', `${deliveries}/${eventId}/redeliver`, 'admin');
      expect(redelivered.statusCode).toBe(202);
      expect(redelivered.json()).toEqual(expect.objectContaining({ eventId, eventType: 'LeadCaptured', status: 'pending', attempts: 5 }));
      await expect(app.finished(redeliveryJobId(subscription.id, eventId, 5))).resolves.toEqual({ status: 'delivered' });
      expect(hook.received).toEqual([500, 500, 500, 500, 500, 204]);
      expect((await request('GET', deliveries, 'admin')).json().deliveries).toEqual([
        expect.objectContaining({ eventId, status: 'delivered', attempts: 6, lastStatusCode: 204, lastError: null }),
      ]);

      const again = await request('POST', `${deliveries}/${eventId}/redeliver`, 'admin');
      expect(again.statusCode).toBe(202);
      await expect(app.finished(redeliveryJobId(subscription.id, eventId, 6))).resolves.toEqual({ status: 'delivered' });
      expect(hook.received).toHaveLength(7);

      expect((await request('POST', `${deliveries}/${randomUUID()}/redeliver`, 'admin')).statusCode).toBe(404);
      expect((await request('POST', `${deliveries}/${eventId}/redeliver`, 'operator')).statusCode).toBe(403);
      expect((await request('DELETE', `/webhooks/${subscription.id}`, 'admin')).statusCode).toBe(204);
      expect((await request('GET', '/webhooks', 'admin')).json().webhooks).toEqual([]);
      expect((await request('POST', `${deliveries}/${eventId}/redeliver`, 'admin')).statusCode).toBe(404);
      expect((await request('DELETE', `/webhooks/${subscription.id}`, 'admin')).statusCode).toBe(404);
    }, 60_000);
  });
});
