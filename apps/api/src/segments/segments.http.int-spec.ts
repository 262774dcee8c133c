import { randomUUID } from 'node:crypto';
import { CommandsModule } from '#crm/commands';
import { appendLog } from '../../../../projections/analytics/testing/append-log.js';
import { EventLog } from '../../../../projections/analytics/testing/recorded-events.js';
import { segmentsProjection } from '../../../../projections/segments/index.js';
import { startReadModelTestApp, type ReadModelTestApp } from '../analytics/testing/read-model-test-app.js';
import { SegmentsModule } from './segments.module.js';

const ann = '00000000-0000-4000-8000-0000000000a1';
const bob = '00000000-0000-4000-8000-0000000000b2';
const cyd = '00000000-0000-4000-8000-0000000000c3';

describe('segments over HTTP', () => {
  let api: ReadModelTestApp;
  let gbSegment: string;

  const post = (payload: unknown, role: 'analyst' | 'operator' = 'analyst') =>
    api.app.inject({ method: 'POST', url: '/segments', payload: payload as object, headers: { 'x-api-key': api.keys[role] } });

  beforeAll(async () => {
    api = await startReadModelTestApp('segments_http', [CommandsModule, SegmentsModule], [segmentsProjection]);
    const log = new EventLog();
    log.customer(ann, '2024-01-01T00:00:00Z', { attributes: { country: 'GB' } });
    log.customer(bob, '2024-01-01T00:00:00Z', { attributes: { country: 'GB' } });
    log.customer(cyd, '2024-01-01T00:00:00Z', { attributes: { country: 'FR' } });
    await appendLog(api.store, log.events);
    const response = await post({ name: 'British', rule: { fact: 'attribute', key: 'country', op: 'eq', value: 'GB' } });
    expect(response.statusCode).toBe(201);
    gbSegment = response.json().id;
    const later = new EventLog();
    later.add(`customer-${bob}`, 'CustomerAttributesChanged', { customerId: bob, set: { country: 'IE' }, unset: [] }, new Date().toISOString());
    await appendLog(api.store, later.events);
    await api.caughtUp();
  });

  afterAll(() => api.close());

  it('defines a segment, evaluated over the customers already known', async () => {
    const segment = (await api.get(`/segments/${gbSegment}`)).json();
    expect(segment).toMatchObject({ id: gbSegment, name: 'British', description: null, timeRelative: false, members: 1 });
    const list = (await api.get('/segments')).json();
    expect(list.segments.map((item: { id: string }) => item.id)).toEqual([gbSegment]);
  });

  it('pages members in order of entry with a cursor', async () => {
    const uk = await post({ name: 'Not French', rule: { not: { fact: 'attribute', key: 'country', op: 'eq', value: 'FR' } } });
    await api.caughtUp();
    const id = uk.json().id;
    const first = (await api.get(`/segments/${id}/members?limit=1`)).json();
    expect(first.members).toEqual([{ customerId: ann, enteredAt: expect.any(String) }]);
    const second = (await api.get(`/segments/${id}/members?limit=1&after=${first.next}`)).json();
    expect(second).toEqual({ members: [{ customerId: bob, enteredAt: first.members[0].enteredAt }], next: null });
  });

  it("shows a customer's current and past segments with their times", async () => {
    const response = await api.get(`/customers/${bob}/segments`, 'operator');
    expect(response.statusCode).toBe(200);
    const { current, past } = response.json();
    expect(past).toEqual([{ segmentId: gbSegment, name: 'British', enteredAt: expect.any(String), leftAt: expect.any(String) }]);
    expect(Date.parse(past[0].leftAt)).toBeGreaterThanOrEqual(Date.parse(past[0].enteredAt));
    expect(current).toEqual([expect.objectContaining({ name: 'Not French' })]);
  });

  it.each([
    [{ name: 'x', rule: { all: [{ fact: 'purchases', op: 'near', value: 2 }] } }, 'rule.all[0].op', 'must be one of eq, ne, in, gt, gte, lt, lte, exists'],
    [{ name: 'x', rule: { any: [] } }, 'rule.any', 'must be a non-empty list of rules'],
    [{ name: 'x', rule: { not: { fact: 'revenue', op: 'gt', value: 1 } } }, 'rule.not.currency', 'must be an ISO 4217 currency code such as GBP'],
    [{ name: 'x', rule: { all: [{ fact: 'owner', op: 'eq', value: 's' }, { fact: 'mood', op: 'eq', value: 1 }] } }, 'rule.all[1].fact', expect.stringContaining('must be all, any, not')],
    [{ name: 'x', rule: { fact: 'purchases', op: 'gte', value: '2' } }, 'rule.value', 'must be a number for a comparison'],
    [{ name: 'x' }, 'rule', 'must be a rule: all, any, not or a condition'],
    [{ name: '', rule: { fact: 'kind', op: 'eq', value: 'person' } }, 'name', 'must be 1 to 200 characters'],
  ])('answers 400 to a bad definition, naming the path of the bad node (%#)', async (payload, field, reason) => {
    const response = await post(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field, reason }]);
  });

  it('answers 400 to a bad id or cursor and 404 to an unknown segment', async () => {
    expect((await api.get('/segments/not-a-uuid')).json()).toMatchObject({ statusCode: 400, errors: [{ field: 'id', reason: 'must be a UUID' }] });
    expect((await api.get(`/segments/${gbSegment}/members?after=bogus`)).json()).toMatchObject({ statusCode: 400, errors: [{ field: 'after', reason: expect.any(String) }] });
    expect((await api.get(`/segments/${gbSegment}/members?limit=5000`)).json()).toMatchObject({ statusCode: 400, errors: [{ field: 'limit', reason: expect.any(String) }] });
    expect((await api.get(`/segments/${randomUUID()}`)).statusCode).toBe(404);
    expect((await api.get('/customers/nope/segments', 'operator')).statusCode).toBe(400);
  });

  it('lets analysts and admins read and define segments, operators read only a customer’s', async () => {
    expect((await api.get('/segments', 'operator')).statusCode).toBe(403);
    expect((await post({ name: 'x', rule: { fact: 'kind', op: 'eq', value: 'person' } }, 'operator')).statusCode).toBe(403);
    expect((await api.get('/segments', 'admin')).statusCode).toBe(200);
    expect((await api.get(`/customers/${ann}/segments`, 'compliance')).statusCode).toBe(403);
    expect((await api.get(`/customers/${ann}/segments`, 'analyst')).statusCode).toBe(200);
  });
});
