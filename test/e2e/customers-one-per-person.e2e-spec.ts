import { sql } from 'kysely';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { currentEventDecoder, EVENT_CODEC, type EventCodec } from '#crm/commands';
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

  const post = (url: string, payload: object, role: 'operator' | null = 'operator') => api.request({ method: 'POST', url, payload, role });
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

  it('answered everything as the OpenAPI document says', async () => {
    expect(await answersBreakingContract(api)).toEqual([]);
  });
});
