import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parsePosition } from '#crm/event-store';
import { ProjectionRunner } from '#crm/projection-runner';
import { startThreeApps, type ThreeApps } from '#test/support/three-apps';

jest.setTimeout(120_000);

interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  links?: { traceId: string; spanId: string }[];
  attributes?: { key: string; value: Record<string, unknown> }[];
}

/** An OTLP/HTTP (JSON) collector on 127.0.0.1: what the exporters send is kept here. */
function startReceiver(spans: ReceivedSpan[]): Promise<Server> {
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      for (const resource of JSON.parse(body).resourceSpans ?? []) {
        const service = resource.resource.attributes.find((attribute: { key: string }) => attribute.key === 'service.name').value.stringValue;
        for (const scope of resource.scopeSpans) for (const span of scope.spans) spans.push({ service, ...span });
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('tracing (OTEL_EXPORTER_OTLP_ENDPOINT set)', () => {
  const spans: ReceivedSpan[] = [];
  let receiver: Server;
  let apps: ThreeApps;

  beforeAll(async () => {
    receiver = await startReceiver(spans);
    apps = await startThreeApps('tracing', { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}` });
  });

  afterAll(async () => {
    await apps?.close();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  it('makes a write one trace from the request through the append, and links the projector’s handling to it', async () => {
    const { api, projector, key } = apps;
    const written = await api.inject({
      method: 'POST',
      url: '/customers',
      payload: { kind: 'person', name: 'Traced Person', email: 'traced@example.com' },
      headers: { 'x-api-key': key, 'x-correlation-id': 'trace-me-1' },
    });
    expect(written.statusCode).toBe(201);
    const { events } = (await api.inject({ method: 'GET', url: `/customers/${written.json().id}/history`, headers: { 'x-api-key': key } })).json();
    await projector.get(ProjectionRunner).waitFor('directory', parsePosition(events[0].position));
    // Closing flushes every exporter to the receiver.
    await projector.close();
    await api.close();

    const request = spans.find((span) => span.service === 'crm-api' && span.name === 'POST /customers');
    expect(request).toBeDefined();
    const append = spans.find((span) => span.name === 'event-store append' && span.traceId === request!.traceId);
    expect(append).toMatchObject({ service: 'crm-api', parentSpanId: request!.spanId });
    const batch = spans.find((span) => span.service === 'crm-projector' && span.name === 'projection directory batch');
    expect(batch?.links).toEqual(expect.arrayContaining([expect.objectContaining({ traceId: request!.traceId, spanId: request!.spanId })]));
    expect(batch!.traceId).not.toBe(request!.traceId);
    expect(JSON.stringify(spans)).not.toContain('Traced Person');
    expect(JSON.stringify(spans)).not.toContain('traced@example.com');
  });
});
