import { randomUUID } from 'node:crypto';
import { currentEventDecoder, EVENT_CODEC } from '#crm/commands';
import { customerStreamName } from '#crm/domain';
import { ProjectionRunner } from '#crm/projection-runner';
import { allProjections } from '#crm/projections';
import { startTestApp, type TestApp } from '#test/support/app';
import { projectionsCaughtUp } from '#test/support/last-appended-position';
import { answersBreakingContract } from '#test/support/openapi-contract';

describe('organizations and their people over HTTP', () => {
  let api: TestApp;
  let projector: ProjectionRunner;

  beforeAll(async () => {
    api = await startTestApp('e2e_organizations');
    const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
    projector = new ProjectionRunner({
      store: api.databases.eventStore,
      db: api.databases.readDb,
      projections: allProjections,
      decode: currentEventDecoder(api.app.get(EVENT_CODEC)),
      logger: quiet,
    });
    await projector.start();
  });

  afterAll(async () => {
    await projector?.stop();
    await api?.close();
  });

  const post = (url: string, payload: object) => api.request({ method: 'POST', url, payload });
  const patch = (url: string, payload: object) => api.request({ method: 'PATCH', url, payload });
  const get = (url: string, role: 'operator' | 'analyst' | 'compliance' = 'operator') =>
    api.request({ method: 'GET', url, role, headers: { 'x-access-reason': 'account review' } });
  const caughtUp = () => projectionsCaughtUp(projector, api.databases.readDb, allProjections);

  async function register(payload: object): Promise<string> {
    const response = await post('/customers', payload);
    expect(response.statusCode).toBe(201);
    return response.json().id;
  }

  const call = (customerId: string, occurredAt: string) =>
    post(`/customers/${customerId}/touches`, { type: 'call', occurredAt, channel: 'phone', direction: 'outbound', durationSeconds: 60, outcome: 'reached' });

  describe("a person's organization must exist", () => {
    it('answers 404 naming organizationId for an unknown organization, on registering and on changing, appending nothing', async () => {
      const person = await register({ kind: 'person', name: 'Charles Babbage' });
      const unknown = randomUUID();
      const before = await api.eventCount();
      const registered = await post('/customers', { kind: 'person', name: 'Ada Lovelace', organizationId: unknown });
      expect(registered.statusCode).toBe(404);
      expect(registered.json()).toEqual({
        statusCode: 404,
        message: expect.stringContaining('organizationId'),
        errors: [{ field: 'organizationId', reason: 'names no organization' }],
      });
      const changed = await patch(`/customers/${person}`, { organizationId: unknown });
      expect(changed.statusCode).toBe(404);
      expect(changed.json().errors).toEqual([{ field: 'organizationId', reason: 'names no organization' }]);
      expect(await api.eventCount()).toBe(before);
    });

    it('answers 400 when organizationId names a person, and 404 once the organization is erased', async () => {
      const person = await register({ kind: 'person', name: 'Charles Babbage' });
      const refused = await post('/customers', { kind: 'person', name: 'Ada Lovelace', organizationId: person });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors).toEqual([{ field: 'organizationId', reason: 'names a person, not an organization' }]);
      const organization = await register({ kind: 'organization', name: 'Closed Works Ltd' });
      expect((await api.request({ method: 'POST', url: `/customers/${organization}/erasure`, role: 'compliance' })).statusCode).toBeLessThan(300);
      const erased = await post('/customers', { kind: 'person', name: 'Ada Lovelace', organizationId: organization });
      expect(erased.statusCode).toBe(404);
      expect(erased.json().errors).toEqual([{ field: 'organizationId', reason: 'names an erased organization' }]);
    });

    it('links a person to an organization that exists, with their role on the link event', async () => {
      const organization = await register({ kind: 'organization', name: 'Analytical Engines Ltd' });
      const person = await register({ kind: 'person', name: 'Ada Lovelace', organizationId: organization, organizationRole: 'Head of purchasing' });
      const [registered] = await api.streamOf(customerStreamName(person));
      expect(registered.data).toMatchObject({ organizationId: organization, organizationRole: 'Head of purchasing' });
      const changed = await patch(`/customers/${person}`, { organizationRole: 'Managing director' });
      expect(changed.statusCode).toBe(200);
      expect((await api.streamOf(customerStreamName(person))).at(-1)!.data).toEqual({
        customerId: person,
        organizationRole: 'Managing director',
        personal: {},
      });
      expect((await get(`/customers/${person}`)).json()).toMatchObject({ organizationId: organization, organizationRole: 'Managing director' });
    });

    it('refuses a role without an organization with 400 naming it', async () => {
      const response = await post('/customers', { kind: 'person', name: 'Ada Lovelace', organizationRole: 'CFO' });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([{ field: 'organizationRole', reason: expect.stringContaining('linked to an organization') }]);
    });
  });

  describe('GET /customers/:id/contacts', () => {
    it("lists the organization's people with their role, by name; analysts get no personal data", async () => {
      const organization = await register({ kind: 'organization', name: 'Difference Engines SA' });
      const ada = await register({ kind: 'person', name: 'Ada Lovelace', organizationId: organization, organizationRole: 'CTO' });
      const charles = await register({ kind: 'person', name: 'Charles Babbage', organizationId: organization });
      await register({ kind: 'person', name: 'Someone Else' });
      await caughtUp();
      const page = await get(`/customers/${organization}/contacts`);
      expect(page.statusCode).toBe(200);
      expect(page.json().items.map(({ customerId, name, organizationRole }: Record<string, unknown>) => ({ customerId, name, organizationRole }))).toEqual([
        { customerId: ada, name: 'Ada Lovelace', organizationRole: 'CTO' },
        { customerId: charles, name: 'Charles Babbage', organizationRole: null },
      ]);
      const analyst = await get(`/customers/${organization}/contacts`, 'analyst');
      expect(analyst.json().items).toEqual([
        expect.not.objectContaining({ name: expect.anything() }),
        expect.not.objectContaining({ name: expect.anything() }),
      ]);
      expect(analyst.json().items[0]).toMatchObject({ customerId: ada, organizationRole: 'CTO' });
    });

    it('follows a person who leaves: gone from the list, their role dropped', async () => {
      const organization = await register({ kind: 'organization', name: 'Jacquard Looms' });
      const person = await register({ kind: 'person', name: 'Joseph Jacquard', organizationId: organization, organizationRole: 'Founder' });
      await patch(`/customers/${person}`, { organizationId: null });
      await caughtUp();
      expect((await get(`/customers/${organization}/contacts`)).json()).toEqual({ items: [], nextCursor: null });
      expect((await get(`/customers/${person}`)).json()).toMatchObject({ organizationId: null, organizationRole: null });
    });

    it('answers 400 naming id for a person, 404 for an unknown customer, and 403 to compliance', async () => {
      const person = await register({ kind: 'person', name: 'Lonely Person' });
      await caughtUp();
      const refused = await get(`/customers/${person}/contacts`);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors).toEqual([{ field: 'id', reason: 'names a person, not an organization' }]);
      expect((await get(`/customers/${randomUUID()}/contacts`)).statusCode).toBe(404);
      expect((await get(`/customers/${person}/contacts`, 'compliance')).statusCode).toBe(403);
    });
  });

  describe('GET /customers/:id/timeline?include=contacts', () => {
    it("rolls up the people's touches into the account's timeline, each entry naming its customer", async () => {
      const organization = await register({ kind: 'organization', name: 'Lovelace & Co' });
      const ada = await register({ kind: 'person', name: 'Ada Lovelace', organizationId: organization });
      const outsider = await register({ kind: 'person', name: 'Not A Contact' });
      await call(organization, '2026-03-01T10:00:00Z');
      await call(ada, '2026-03-02T10:00:00Z');
      await call(outsider, '2026-03-03T10:00:00Z');
      await caughtUp();
      const calls = (url: string) =>
        get(url).then((response) =>
          response
            .json()
            .items.filter((item: { type: string }) => item.type === 'CallLogged')
            .map((item: { customerId: string }) => item.customerId),
        );
      expect(await calls(`/customers/${organization}/timeline`)).toEqual([organization]);
      expect(await calls(`/customers/${organization}/timeline?include=contacts`)).toEqual([ada, organization]);
      const paged = await get(`/customers/${organization}/timeline?include=contacts&type=CallLogged&limit=1`);
      expect(paged.json().items).toHaveLength(1);
      const rest = await get(`/customers/${organization}/timeline?include=contacts&type=CallLogged&cursor=${paged.json().nextCursor}`);
      expect(rest.json().items.map((item: { customerId: string }) => item.customerId)).toEqual([organization]);
    });

    it('refuses another include with 400 naming it', async () => {
      const organization = await register({ kind: 'organization', name: 'Include Test Ltd' });
      const response = await get(`/customers/${organization}/timeline?include=everything`);
      expect(response.statusCode).toBe(400);
      expect(JSON.stringify(response.json().errors)).toContain('include');
    });
  });

  it('answered everything as the OpenAPI document says', async () => {
    expect(await answersBreakingContract(api)).toEqual([]);
  });
});
