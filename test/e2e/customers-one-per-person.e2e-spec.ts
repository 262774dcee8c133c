import { sql } from 'kysely';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { currentEventDecoder, EVENT_CODEC, type EventCodec } from '#crm/commands';
import { ERASED_MARKER } from '#crm/crypto';
import { customerStreamName } from '#crm/domain';
import { ProjectionRunner } from '#crm/projection-runner';
import { allProjections } from '#crm/projections';
import { createReadDb, type ReadDatabase } from '#crm/read-store';
import type { Kysely } from 'kysely';
import { anotherApiProcess, startTestApp, type TestApp } from '#test/support/app';
import { projectionsCaughtUp } from '#test/support/last-appended-position';
import { answersBreakingContract } from '#test/support/openapi-contract';

describe('one customer per person: leads attach to the customer who holds the address', () => {
  let api: TestApp;
  let other: NestFastifyApplication;
  let log: Kysely<ReadDatabase>;
  let projector: ProjectionRunner;

  beforeAll(async () => {
    api = await startTestApp('e2e_one_per_person');
    other = await anotherApiProcess(api, {});
    log = createReadDb(api.database.url, { maxConnections: 1 });
    const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
    const decode = currentEventDecoder(api.app.get<EventCodec>(EVENT_CODEC));
    projector = new ProjectionRunner({ store: api.databases.eventStore, db: api.databases.readDb, projections: allProjections, decode, logger: quiet });
    await projector.start();
  });

  afterAll(async () => {
    await projector?.stop();
    await log.destroy();
    await other.close();
    await api.close();
  });

  const post = (url: string, payload: object, role: 'operator' | 'analyst' | 'compliance' | null = 'operator') => api.request({ method: 'POST', url, payload, role });
  const lead = (email: string, form = 'contact-us') => ({ name: 'Grace Hopper', email, form });

  /** The customers whose registration holds this address, straight from the log. */
  async function customersWithEmail(email: string): Promise<string[]> {
    const { rows } = await sql<{ stream_name: string }>`
      select stream_name from events where event_type = 'CustomerRegistered' order by position`.execute(log);
    const found: string[] = [];
    for (const { stream_name } of rows) {
      const [registered] = await api.streamOf(stream_name);
      const personal = (registered.data as { personal: { email: string | null } }).personal;
      if (personal.email?.toLowerCase() === email.toLowerCase()) found.push(stream_name);
    }
    return found;
  }

  it('records a lead whose email a customer registered over the API on that customer', async () => {
    const registered = await post('/customers', { kind: 'person', name: 'Grace B. Hopper', email: 'grace.known@example.com' });
    expect(registered.statusCode).toBe(201);
    const customerId: string = registered.json().id;

    const answer = await post('/leads', lead(' GRACE.Known@Example.com '), null);
    expect(answer.statusCode).toBe(202);

    const events = await api.streamOf(customerStreamName(customerId));
    expect(events.map((event) => event.type)).toEqual(['CustomerRegistered', 'LeadCaptured']);
    expect(events[0].data).toMatchObject({ personal: { name: 'Grace B. Hopper' } });
    expect(await customersWithEmail('grace.known@example.com')).toEqual([customerStreamName(customerId)]);
  });

  it('attaches concurrent leads with one address, sent to two api processes, to one customer', async () => {
    const registered = await post('/customers', { kind: 'person', name: 'Ada Lovelace', email: 'ada.race@example.com' });
    const customerId: string = registered.json().id;
    const fresh = 'new.race@example.com';
    const send = (app: NestFastifyApplication, email: string, form: string) => app.inject({ method: 'POST', url: '/leads', payload: lead(email, form) });
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, index) => [
        send(index % 2 === 0 ? api.app : other, index % 3 === 0 ? 'ADA.race@example.com' : 'ada.race@example.com', `known-${index}`),
        send(index % 2 === 0 ? other : api.app, index % 3 === 0 ? 'New.Race@example.com' : fresh, `new-${index}`),
      ]).flat(),
    );
    expect(answers.map((answer) => answer.statusCode)).toEqual(answers.map(() => 202));

    const known = await api.streamOf(customerStreamName(customerId));
    expect(known.filter((event) => event.type === 'LeadCaptured')).toHaveLength(6);
    expect(await customersWithEmail('ada.race@example.com')).toEqual([customerStreamName(customerId)]);
    const [newCustomer] = await customersWithEmail(fresh);
    expect(await customersWithEmail(fresh)).toEqual([newCustomer]);
    expect((await api.streamOf(newCustomer)).filter((event) => event.type === 'LeadCaptured')).toHaveLength(6);
  });

  const get = (url: string, role: 'operator' | 'analyst' | 'compliance' = 'operator') => api.request({ method: 'GET', url, role });
  const caughtUp = () => projectionsCaughtUp(projector, api.databases.readDb, allProjections);

  describe('GET /duplicates', () => {
    it('lists pairs sharing a phone, or a name within one organization, with the reason and score, by keyset pages', async () => {
      const created = async (body: object) => (await post('/customers', body)).json().id as string;
      const organizationId = await created({ kind: 'organization', name: 'Difference Engines Ltd' });
      const first = await created({ kind: 'person', name: 'Charles Babbage', phone: '+44 20 7000 0001', organizationId });
      const second = await created({ kind: 'person', name: 'BABBAGE, Charles', organizationId });
      const third = await created({ kind: 'person', name: 'C. Babbage', phone: '+442070000001' });
      await caughtUp();

      const pairs = (await get(`/duplicates?customer=${first}`)).json();
      const ordered = (a: string, b: string) => [a, b].sort();
      expect(pairs.items).toEqual([
        { customerId: ordered(first, third)[0], otherId: ordered(first, third)[1], reasons: ['phone'], score: 90 },
        { customerId: ordered(first, second)[0], otherId: ordered(first, second)[1], reasons: ['name-and-organization'], score: 70 },
      ]);
      const page = await get(`/duplicates?customer=${first}&limit=1`, 'analyst');
      expect(page.statusCode).toBe(200);
      const next = await get(`/duplicates?customer=${first}&limit=1&cursor=${page.json().nextCursor}`, 'analyst');
      expect([...page.json().items, ...next.json().items]).toEqual(pairs.items);
      expect(next.json().nextCursor).toBeNull();
      expect((await get('/duplicates?cursor=garbage')).statusCode).toBe(400);
      expect((await get('/duplicates', 'compliance')).statusCode).toBe(403);
    });
  });

  describe('POST /customers/:id/merge and /unmerge', () => {
    it('merges two records of one person everywhere they are read, and unmerges them back', async () => {
      const created = async (body: object) => (await post('/customers', body)).json().id as string;
      const survivor = await created({ kind: 'person', name: 'Mary Somerville', email: 'mary.s@example.org' });
      const absorbed = await created({ kind: 'person', name: 'M. Somerville', email: 'MARY.S@example.org' });
      expect((await post(`/customers/${survivor}/touches`, { type: 'note', text: 'Met at the fair' })).statusCode).toBe(201);
      expect((await post(`/customers/${absorbed}/touches`, { type: 'note', text: 'Asked for a quote' })).statusCode).toBe(201);
      await caughtUp();
      const pair = { customerId: [survivor, absorbed].sort()[0], otherId: [survivor, absorbed].sort()[1], reasons: ['email'], score: 100 };
      expect((await get(`/duplicates?customer=${survivor}`)).json().items).toEqual([pair]);
      const timelineTypes = async (id: string) =>
        (await get(`/customers/${id}/timeline`))
          .json()
          .items.map((item: { type: string }) => item.type)
          .sort();
      const listed = async () =>
        (await get('/customers?q=somerville'))
          .json()
          .items.map((item: { customerId: string }) => item.customerId)
          .sort();
      const before = { survivor: await timelineTypes(survivor), absorbed: await timelineTypes(absorbed), listed: await listed() };

      const merged = await post(`/customers/${survivor}/merge`, { from: absorbed });
      expect(merged.statusCode).toBe(201);
      expect(merged.json()).toMatchObject({ id: survivor, events: [{ type: 'CustomerMerged' }] });
      expect((await post(`/customers/${survivor}/merge`, { from: absorbed })).json().events).toEqual([]);
      const pointer = await get(`/customers/${absorbed}`);
      expect(pointer.statusCode).toBe(200);
      expect(pointer.json()).toMatchObject({ status: 'active', mergedInto: survivor });
      expect((await get(`/customers/${survivor}`)).json()).toMatchObject({ absorbed: [absorbed] });
      const refused = await post(`/customers/${absorbed}/touches`, { type: 'note', text: 'Too late' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ rule: 'customer-merged' });
      expect((await post(`/customers/${absorbed}/merge`, { from: survivor })).statusCode).toBe(409);

      await caughtUp();
      expect(await timelineTypes(survivor)).toEqual([...before.survivor, ...before.absorbed, 'CustomerMerged', 'CustomerAbsorbed'].sort());
      expect(await listed()).toEqual([survivor]);
      expect((await get(`/duplicates?customer=${survivor}`)).json().items).toEqual([]);

      const unmerged = await post(`/customers/${survivor}/unmerge`, { from: absorbed });
      expect(unmerged.statusCode).toBe(201);
      expect(unmerged.json()).toMatchObject({ events: [{ type: 'CustomerUnmerged' }] });
      expect((await post(`/customers/${survivor}/unmerge`, { from: absorbed })).statusCode).toBe(409);
      await caughtUp();
      expect(await timelineTypes(survivor)).toEqual([...before.survivor, 'CustomerMerged', 'CustomerUnmerged'].sort());
      expect(await timelineTypes(absorbed)).toEqual([...before.absorbed, 'CustomerAbsorbed', 'CustomerRestored'].sort());
      expect(await listed()).toEqual(before.listed);
      expect((await get(`/duplicates?customer=${survivor}`)).json().items).toEqual([pair]);
      expect((await get(`/customers/${absorbed}`)).json().mergedInto).toBeUndefined();
    });

    // Found by the route fuzzer: a stale If-Match was checked only at the second step, after the absorbed record had been written.
    it('refuses a merge or unmerge whose If-Match is stale, writing to neither record', async () => {
      const created = async (body: object) => (await post('/customers', body)).json().id as string;
      const survivor = await created({ kind: 'person', name: 'Emmy Noether' });
      const absorbed = await created({ kind: 'person', name: 'E. Noether' });
      expect((await post(`/customers/${survivor}/touches`, { type: 'note', text: 'Algebra lecture' })).statusCode).toBe(201);
      const withIfMatch = (url: string, revision: string) =>
        api.request({ method: 'POST', url, payload: { from: absorbed }, role: 'operator', headers: { 'if-match': revision } });

      const before = await api.eventCount();
      const stale = await withIfMatch(`/customers/${survivor}/merge`, '0');
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ currentRevision: '1' });
      expect(await api.eventCount()).toBe(before);

      expect((await withIfMatch(`/customers/${survivor}/merge`, '1')).statusCode).toBe(201);
      const merged = await api.eventCount();
      expect((await withIfMatch(`/customers/${survivor}/unmerge`, '1')).statusCode).toBe(409);
      expect(await api.eventCount()).toBe(merged);
      expect((await withIfMatch(`/customers/${survivor}/unmerge`, '2')).statusCode).toBe(201);
    });

    it('counts an absorbed record under its survivor in lifecycle, analytics, segments, follow-ups and the pipeline, until unmerged', async () => {
      const created = async (body: object) => (await post('/customers', body)).json().id as string;
      const survivor = await created({ kind: 'person', name: 'Caroline Herschel', email: 'caroline.h@example.org' });
      const absorbed = await created({ kind: 'person', name: 'C. Herschel', email: 'lina.herschel@example.org' });
      const buy = (id: string, orderId: string, amount: number) => post(`/customers/${id}/touches`, { type: 'purchase', orderId, currency: 'ISK', amount });
      expect((await buy(survivor, 'H-1', 1000)).statusCode).toBe(201);
      expect((await buy(survivor, 'H-3', 500)).statusCode).toBe(201);
      expect((await buy(absorbed, 'H-2', 2500)).statusCode).toBe(201);
      expect((await post('/leads', lead('lina.herschel@example.org', 'comet-watch'), null)).statusCode).toBe(202);
      const deal = (await post('/opportunities', { customerId: absorbed, interest: 'Telescope', expectedAmount: { amount: 90000, currency: 'ISK' } })).json().id;
      const segment = (await post('/segments', { name: 'Herschel buyers', rule: { fact: 'purchases', days: 3650, op: 'gte', value: 1 } }, 'analyst')).json().id;
      // Neither record alone has three purchases; both together do.
      const repeat = (await post('/segments', { name: 'Herschel repeat buyers', rule: { fact: 'purchases', op: 'gte', value: 3 } }, 'analyst')).json().id;
      await caughtUp();

      const customersReport = async () =>
        (await get('/analytics/customers?currency=ISK&from=2000-01-01&to=2100-01-01', 'analyst'))
          .json()
          .customers.map((row: { customerId: string; revenue: { minor: number }; purchases: number }) => [row.customerId, row.revenue.minor, row.purchases])
          .sort();
      const captives = async () => (await get('/lifecycle/summary?from=2000-01-01&to=2100-01-01', 'analyst')).json().grades.captive as number;
      const stageCounts = async () => {
        const stages: Record<string, number> = (await get('/lifecycle/summary?from=2000-01-01&to=2100-01-01', 'analyst')).json().stages;
        return Object.values(stages).reduce((sum, count) => sum + count, 0);
      };
      const members = async (segmentId = segment) =>
        (await get(`/segments/${segmentId}/members`, 'analyst'))
          .json()
          .members.map((member: { customerId: string }) => member.customerId)
          .sort();
      const followedUp = async () =>
        (await get('/followups', 'analyst'))
          .json()
          .owners.flatMap((owner: { open: { customerId: string }[] }) => owner.open.map((item) => item.customerId))
          .filter((id: string) => id === survivor || id === absorbed);
      const dealsOf = async (id: string) => (await get(`/opportunities?customer=${id}`)).json().items.map((item: { id: string }) => item.id);
      // Three purchases make a repeat buyer (captive): the survivor has two, the absorbed record one.
      const grade = async (id: string) => (await get(`/customers/${id}/lifecycle`)).json().grade;
      const before = { report: await customersReport(), counted: await stageCounts(), members: await members(), captives: await captives() };
      expect(before.report).toEqual([[survivor, 1500, 2], [absorbed, 2500, 1]].sort());
      expect(await grade(survivor)).toBe('low-value');
      expect(before.members).toEqual([survivor, absorbed].sort());
      expect(await members(repeat)).toEqual([]);
      expect(await followedUp()).toEqual([absorbed]);
      expect(await dealsOf(survivor)).toEqual([]);

      expect((await post(`/customers/${survivor}/merge`, { from: absorbed })).statusCode).toBe(201);
      await caughtUp();
      expect(await customersReport()).toEqual([[survivor, 4000, 3]]);
      expect(await stageCounts()).toBe(before.counted - 1);
      expect(await grade(survivor)).toBe('captive');
      expect(await captives()).toBe(before.captives + 1);
      expect(await members()).toEqual([survivor]);
      expect((await get(`/segments/${segment}`, 'analyst')).json().members).toBe(1);
      expect(await members(repeat)).toEqual([survivor]);
      expect(await followedUp()).toEqual([survivor]);
      expect(await dealsOf(survivor)).toEqual([deal]);

      expect((await post(`/customers/${survivor}/unmerge`, { from: absorbed })).statusCode).toBe(201);
      await caughtUp();
      expect(await customersReport()).toEqual(before.report);
      expect(await stageCounts()).toBe(before.counted);
      expect(await grade(survivor)).toBe('low-value');
      expect(await captives()).toBe(before.captives);
      expect(await members()).toEqual(before.members);
      expect(await members(repeat)).toEqual([]);
      expect(await followedUp()).toEqual([absorbed]);
      expect(await dealsOf(survivor)).toEqual([]);
      expect(await dealsOf(absorbed)).toEqual([deal]);
    });

    it('closes an absorbed record’s follow-up when its survivor is reached', async () => {
      const survivor: string = (await post('/customers', { kind: 'person', name: 'Maria Mitchell' })).json().id;
      const absorbed: string = (await post('/customers', { kind: 'person', name: 'Maria Mitchell', email: 'maria.m@example.org' })).json().id;
      const open = async () => (await get('/followups', 'analyst')).json().owners.flatMap((owner: { open: { customerId: string }[] }) => owner.open.map((item) => item.customerId));
      expect((await post('/leads', lead('maria.m@example.org', 'comet-watch'), null)).statusCode).toBe(202);
      await caughtUp();
      expect(await open()).toContain(absorbed);
      expect((await post(`/customers/${survivor}/merge`, { from: absorbed })).statusCode).toBe(201);
      expect((await post(`/customers/${survivor}/touches`, { type: 'call', direction: 'outbound', outcome: 'reached', durationSeconds: 60 })).statusCode).toBe(201);
      await caughtUp();
      expect(await open()).not.toContain(survivor);
      expect(await open()).not.toContain(absorbed);
    });

    it('erases the records merged into a survivor with it: their keys are destroyed, their personal data unreadable', async () => {
      const survivor: string = (await post('/customers', { kind: 'person', name: 'Henrietta Leavitt', email: 'henrietta@example.org' })).json().id;
      const absorbed: string = (await post('/customers', { kind: 'person', name: 'H. S. Leavitt', email: 'h.leavitt@example.org' })).json().id;
      expect((await post(`/customers/${absorbed}/touches`, { type: 'note', text: 'Cepheid variables, call back on Tuesday' })).statusCode).toBe(201);
      expect((await post(`/customers/${survivor}/merge`, { from: absorbed })).statusCode).toBe(201);
      const personalOf = async (id: string) => (await api.streamOf(customerStreamName(id))).map((event) => (event.data as { personal?: unknown }).personal);
      expect(await personalOf(absorbed)).toContainEqual({ text: 'Cepheid variables, call back on Tuesday' });

      const erased = await post(`/customers/${survivor}/erasure`, {}, 'compliance');
      expect(erased.statusCode).toBe(200);
      for (const id of [survivor, absorbed]) {
        expect((await personalOf(id)).filter((personal) => personal !== undefined && personal !== ERASED_MARKER)).toEqual([]);
        expect((await get(`/customers/${id}`)).json()).toMatchObject({ status: 'erased' });
      }
      const { rows } = await sql<{ subject_id: string; destroyed: boolean; wrapped: boolean }>`
        select subject_id, destroyed_at is not null as destroyed, wrapped_key is not null as wrapped from data_key
        where subject_id in (${survivor}, ${absorbed}) order by subject_id`.execute(log);
      expect(rows).toEqual([survivor, absorbed].sort().map((subject_id) => ({ subject_id, destroyed: true, wrapped: false })));
    });

    it('sends a lead for an absorbed record’s address to its survivor', async () => {
      const registered = await post('/customers', { kind: 'person', name: 'Emmy Noether', email: 'emmy@example.org' });
      const absorbed: string = registered.json().id;
      const survivor: string = (await post('/customers', { kind: 'person', name: 'Emmy Noether', phone: '+49 30 1234567' })).json().id;
      expect((await post(`/customers/${survivor}/merge`, { from: absorbed })).statusCode).toBe(201);
      expect((await post('/leads', lead('emmy@example.org'), null)).statusCode).toBe(202);
      const events = await api.streamOf(customerStreamName(survivor));
      expect(events.map((event) => event.type)).toEqual(['CustomerRegistered', 'CustomerMerged', 'LeadCaptured']);
    });

    it('refuses a malformed or unknown `from` and analysts, appending nothing', async () => {
      const survivor: string = (await post('/customers', { kind: 'person', name: 'Sophie Germain' })).json().id;
      const before = await api.eventCount();
      expect((await post(`/customers/${survivor}/merge`, { from: 'nope' })).json()).toMatchObject({ errors: [{ field: 'from' }] });
      expect((await post(`/customers/${survivor}/merge`, { from: survivor })).statusCode).toBe(400);
      expect((await post(`/customers/${survivor}/merge`, { from: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
      expect((await api.request({ method: 'POST', url: `/customers/${survivor}/merge`, payload: { from: survivor }, role: 'analyst' })).statusCode).toBe(403);
      expect(await api.eventCount()).toBe(before);
    });
  });

  it('answered everything as the OpenAPI document says', async () => {
    expect(await answersBreakingContract(api)).toEqual([]);
  });
});
