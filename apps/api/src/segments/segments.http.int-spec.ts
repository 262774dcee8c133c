import { randomUUID } from 'node:crypto';
import { CommandsModule } from '#crm/commands';
import { appendLog } from '../../../../projections/analytics/testing/append-log.js';
import { EventLog } from '../../../../projections/analytics/testing/recorded-events.js';
import { segmentsProjection } from '../../../../projections/segments/index.js';
import { validTimeProjection } from '../../../../projections/valid-time/index.js';
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
    api = await startReadModelTestApp('segments_http', [CommandsModule, SegmentsModule], [segmentsProjection, validTimeProjection]);
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

  it('answers the members and a customer’s segments at a business time: Bob was still British in June 2024', async () => {
    const first = (await api.get(`/segments/${gbSegment}/members?validAt=2024-06-01&limit=1`)).json();
    expect(first.members).toEqual([{ customerId: ann }]);
    const second = (await api.get(`/segments/${gbSegment}/members?validAt=2024-06-01&limit=1&after=${first.next}`)).json();
    expect(second).toEqual({ members: [{ customerId: bob }], next: null });
    const otherDay = await api.get(`/segments/${gbSegment}/members?validAt=2024-07-01&after=${first.next}`);
    expect(otherDay.statusCode).toBe(400);
    expect(otherDay.json().errors).toEqual([{ field: 'after', reason: 'must be a cursor of the same validAt' }]);

    const british = { segmentId: gbSegment, name: 'British' };
    const june = (await api.get(`/customers/${bob}/segments?validAt=2024-06-01`, 'operator')).json();
    expect(june).toEqual({ validAt: '2024-06-01T00:00:00.000Z', segments: expect.arrayContaining([british]) });
    expect((await api.get(`/customers/${bob}/segments?validAt=${new Date().toISOString()}`, 'operator')).json().segments).not.toContainEqual(british);
    expect((await api.get(`/customers/${bob}/segments?validAt=2023-12-31`, 'operator')).statusCode).toBe(404);
    const bad = await api.get(`/segments/${gbSegment}/members?validAt=June`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ field: 'validAt', reason: expect.stringContaining('ISO 8601') }]);
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

  it('previews how many customers a rule matches now, writing nothing', async () => {
    const defined = (await api.get('/segments')).json().segments.length;
    const preview = (rule: unknown) => api.app.inject({ method: 'POST', url: '/segments/preview', payload: { rule }, headers: { 'x-api-key': api.keys.analyst } });
    const british = await preview({ fact: 'attribute', key: 'country', op: 'eq', value: 'GB' });
    expect(british.statusCode).toBe(200);
    expect(british.json()).toEqual({ matching: 1, customers: 3, evaluatedAt: expect.any(String) });
    expect((await preview({ any: [{ fact: 'attribute', key: 'country', op: 'in', value: ['GB', 'IE'] }, { not: { fact: 'kind', op: 'exists' } }] })).json()).toMatchObject({ matching: 2 });
    const bad = await preview({ all: [{ fact: 'purchases', op: 'gte', value: 'many' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ field: 'rule.all[0].value', reason: 'must be a number for a comparison' }]);
    expect((await api.get('/segments')).json().segments).toHaveLength(defined);
  });

  it('counts entries and exits per period from every stay', async () => {
    const byMonth = await api.get(`/segments/${gbSegment}/movements?bucket=month`);
    expect(byMonth.statusCode).toBe(200);
    const { bucket, movements } = byMonth.json();
    expect(bucket).toBe('month');
    // Defined now and left now: both fall in this month (the projection's clock dates them).
    expect(movements).toEqual([{ period: expect.stringMatching(/^\d{4}-\d{2}-01T00:00:00\.000Z$/), entries: 2, exits: 1 }]);
    expect((await api.get(`/segments/${gbSegment}/movements?bucket=year`)).statusCode).toBe(400);
    expect((await api.get(`/segments/${randomUUID()}/movements`)).statusCode).toBe(404);
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
