import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webhooksProjection } from '../../projections/webhooks/webhooks.projection.js';
import { startJobsTestApp, type JobsTestApp } from '../../apps/worker/src/testing/jobs-test-app.js';
import { capturedLead } from '#test/support/captured-lead';

type Received = { headers: IncomingHttpHeaders; body: string };

/** A subscriber on 127.0.0.1 answering every request with `status`. */
async function subscriber(status: number): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received, server };
}

describe('webhook jobs', () => {
  let app: JobsTestApp;
  let good: Awaited<ReturnType<typeof subscriber>>;
  let down: Awaited<ReturnType<typeof subscriber>>;

  const subscribe = (url: string, eventTypes: string[]) => app.request({ method: 'POST', url: '/webhooks', payload: { url, eventTypes }, role: 'admin' });

  beforeAll(async () => {
    // the subscribers listen on 127.0.0.1, which only this setting lets a webhook reach
    app = await startJobsTestApp('jobs_webhooks', { projections: [webhooksProjection], env: { CRM_WEBHOOKS_ALLOW_PRIVATE: 'true' } });
    [good, down] = await Promise.all([subscriber(204), subscriber(500)]);
  });

  afterAll(async () => {
    await app?.close();
    good?.server.close();
    down?.server.close();
  });

  it('delivers a signed event without personal data, retries a failing subscriber with backoff and parks it after the last try', async () => {
    const ok = (await subscribe(good.url, ['LeadCaptured'])).json();
    const failing = (await subscribe(down.url, ['LeadCaptured', 'CallLogged'])).json();
    const lead = await app.request({ method: 'POST', url: '/leads', payload: { name: 'Hook Person', email: 'hook@example.com', form: 'contact-us', interest: null }, role: null });
    const { eventId } = await capturedLead(app.databases.eventStore, lead.json().customerId);

    await expect(app.finished(`webhook.${ok.id}.${eventId}`)).resolves.toEqual({ status: 'delivered' });
    expect(good.received).toHaveLength(1);
    const [{ headers, body }] = good.received;
    const [, timestamp, signature] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(headers['x-crm-signature']))!;
    expect(signature).toBe(createHmac('sha256', ok.secret).update(`${timestamp}.${body}`).digest('hex'));
    expect(headers['x-crm-event-id']).toBe(eventId);
    expect(JSON.parse(body)).toMatchObject({ id: eventId, type: 'LeadCaptured', data: { customerId: lead.json().customerId, form: 'contact-us' } });
    expect(body).not.toContain('Hook Person');
    expect(body).not.toContain('hook@example.com');

    await expect(app.finished(`webhook.${failing.id}.${eventId}`)).rejects.toThrow('webhook delivery failed: answered 500');
    expect(down.received).toHaveLength(5);
    const listed = (await app.request({ method: 'GET', url: `/webhooks/${failing.id}/deliveries`, role: 'admin' })).json();
    expect(listed.deliveries).toEqual([expect.objectContaining({ eventId, eventType: 'LeadCaptured', status: 'parked', attempts: 5, lastStatusCode: 500, lastError: 'answered 500' })]);
    const delivered = (await app.request({ method: 'GET', url: `/webhooks/${ok.id}/deliveries`, role: 'admin' })).json();
    expect(delivered.deliveries).toEqual([expect.objectContaining({ eventId, status: 'delivered', attempts: 1, lastStatusCode: 204 })]);
  }, 60_000);

  it('refuses a URL that is not http(s) and unknown event types with 400 naming the field; operators may not subscribe', async () => {
    const badUrl = await subscribe('ftp://example.com/x', ['LeadCaptured']);
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.json().errors).toEqual([{ field: 'url', reason: 'must be an http(s) URL' }]);
    const badTypes = await subscribe(good.url, ['Nope']);
    expect(badTypes.json().errors).toEqual([{ field: 'eventTypes', reason: 'must list known event types only' }]);
    expect((await app.request({ method: 'POST', url: '/webhooks', payload: { url: good.url, eventTypes: ['LeadCaptured'] } })).statusCode).toBe(403);
  });
});
