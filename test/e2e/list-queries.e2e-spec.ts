import { startTestApp, type TestApp } from '#test/support/app';
import { catalogueRoutes, createSampleRecords, methodOf, ROUTE_CATALOGUE, type SampleIds } from '#test/support/route-catalogue';

/** The GET routes that answer a page or list (not one record, a file or a document). */
const LIST_ROUTES = catalogueRoutes().filter(
  (route) => methodOf(route) === 'GET' && !['GET /health', 'GET /docs', 'GET /docs-json'].includes(route),
);

/** Every read route validates its query the same way: an unknown parameter, a bad limit or a crafted cursor is a 400 naming it. */
describe('query strings of every read route', () => {
  let api: TestApp;
  let ids: SampleIds;

  beforeAll(async () => {
    api = await startTestApp('e2e_list_queries');
    ids = await createSampleRecords(api);
  });

  afterAll(() => api.close());

  const pathOf = (route: (typeof LIST_ROUTES)[number]) => ROUTE_CATALOGUE[route].sample(ids).url.split('?')[0];

  it.each(LIST_ROUTES)('%s refuses an unknown parameter and limit=-1 with 400 naming it', async (route) => {
    for (const [query, field] of [['unknownParameter=1', 'unknownParameter'], ['limit=-1', 'limit']] as const) {
      const response = await api.request({ method: 'GET', url: `${pathOf(route)}?${query}`, role: 'admin', headers: { 'x-access-reason': 'audit 42' } });
      expect(response.statusCode).toBe(400);
      expect(JSON.stringify(response.json())).toContain(field);
    }
  });

  it('still takes the access reason as a query parameter on the record routes', async () => {
    const response = await api.request({ method: 'GET', url: `/customers/${ids.customerId}/export?reason=audit%2042`, role: 'admin' });
    expect(response.statusCode).toBe(200);
  });

  it.each([
    ['/customers?segment=garbage', 'segment'],
    [`/customers?cursor=${Buffer.from(JSON.stringify(['a', '-'.repeat(36)])).toString('base64url')}`, 'cursor'],
    [`/customers?cursor=${Buffer.from(JSON.stringify(['a\u0000', '00000000-0000-0000-0000-000000000000'])).toString('base64url')}`, 'cursor'],
    ['/audit/events?after=99999999999999999999-1', 'after'],
    ['/audit/events?after=9223372036854775808-1', 'after'],
  ])('GET %s answers 400 naming %s (a 500 once)', async (url, field) => {
    const response = await api.request({ method: 'GET', url, role: 'admin' });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain(field);
  });

  it('answers 400 to a timeline cursor holding a number beyond bigint (a 500 once)', async () => {
    const cursor = Buffer.from(JSON.stringify(['2026-03-02T10:00:00.000Z', '99999999999999999999', '1'])).toString('base64url');
    const response = await api.request({ method: 'GET', url: `/customers/${ids.customerId}/timeline?cursor=${cursor}`, role: 'admin' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'cursor', reason: expect.any(String) }]);
  });
});
