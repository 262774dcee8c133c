import { sql } from 'kysely';
import { allProjections } from '#crm/projections';
import { ProjectionRunner } from '#crm/projection-runner';
import { projectionsCaughtUp } from '#test/support/last-appended-position';
import { startTestApp, type TestApp } from '#test/support/app';

// The audit log, its verification and the access log, through the running api on PostgreSQL.
describe('compliance: audit log, verify, access log, roles', () => {
  let t: TestApp;
  let runner: ProjectionRunner;
  const customers: string[] = [];

  const caughtUp = () => projectionsCaughtUp(runner, t.databases.readDb, allProjections);

  const post = (url: string, payload: object) => t.request({ method: 'POST', url, payload });
  const asCompliance = (url: string, headers: Record<string, string> = {}) => t.request({ method: 'GET', url, role: 'compliance', headers });

  beforeAll(async () => {
    t = await startTestApp('compliance_audit');
    runner = new ProjectionRunner({
      store: t.databases.eventStore,
      db: t.databases.readDb,
      projections: allProjections,
      standbyPollMs: 100,
      logger: { log: () => undefined, warn: () => undefined, error: () => undefined },
    });
    await runner.start();
    for (const index of [0, 1]) {
      const registered = await post('/customers', { kind: 'person', name: `Person ${index}`, source: 'web' });
      expect(registered.statusCode).toBe(201);
      const id: string = registered.json().id;
      customers.push(id);
      expect((await post(`/customers/${id}/touches`, { type: 'call', direction: 'inbound', durationSeconds: 30, outcome: 'reached' })).statusCode).toBe(201);
    }
    expect((await post(`/customers/${customers[0]}/touches`, { type: 'note', text: 'Call back on Monday' })).statusCode).toBe(201);
    await caughtUp();
  });

  afterAll(async () => {
    await runner?.stop();
    await t?.close();
  });

  describe('GET /audit/events', () => {
    it('lists the log in order with who, how and when, and each event as stored with its hash', async () => {
      const response = await asCompliance('/audit/events');
      expect(response.statusCode).toBe(200);
      const { events, next } = response.json();
      expect(events.map((event: { type: string }) => event.type)).toEqual(['CustomerRegistered', 'CallLogged', 'CustomerRegistered', 'CallLogged', 'NoteAdded']);
      expect(next).toBeNull();
      expect(events[1]).toMatchObject({
        streamName: `customer-${customers[0]}`,
        revision: '1',
        actor: { id: t.operatorStaffId, role: 'operator' },
        channel: 'phone',
        data: { customerId: customers[0], direction: 'inbound' },
        metadata: { hash: expect.stringMatching(/^[0-9a-f]{64}$/), previousHash: events[0].metadata.hash },
      });
    });

    it('filters by actor, type, stream, channel and time range', async () => {
      const types = async (query: string) => (await asCompliance(`/audit/events?${query}`)).json().events.map((event: { type: string }) => event.type);
      expect(await types('type=CallLogged')).toEqual(['CallLogged', 'CallLogged']);
      expect(await types(`stream=customer-${customers[1]}`)).toEqual(['CustomerRegistered', 'CallLogged']);
      expect(await types('channel=phone')).toEqual(['CallLogged', 'CallLogged']);
      expect(await types(`actor=${t.operatorStaffId}&type=NoteAdded`)).toEqual(['NoteAdded']);
      expect(await types('actor=someone-else')).toEqual([]);
      expect(await types(`from=${new Date(Date.now() + 60_000).toISOString()}`)).toEqual([]);
      expect(await types(`to=${new Date(Date.now() + 60_000).toISOString()}&type=NoteAdded`)).toEqual(['NoteAdded']);
    });

    it('pages by log position', async () => {
      const first = (await asCompliance('/audit/events?limit=2')).json();
      expect(first.events).toHaveLength(2);
      expect(first.next).toBe(first.events[1].position);
      const second = (await asCompliance(`/audit/events?limit=2&after=${first.next}`)).json();
      const third = (await asCompliance(`/audit/events?limit=2&after=${second.next}`)).json();
      expect([...first.events, ...second.events, ...third.events].map((event: { eventId: string }) => event.eventId)).toEqual(
        (await asCompliance('/audit/events')).json().events.map((event: { eventId: string }) => event.eventId),
      );
      expect(third.next).toBeNull();
    });

    it('exports every match as NDJSON, by ?format= or by Accept', async () => {
      const byQuery = await asCompliance('/audit/events?format=ndjson&type=CallLogged');
      const byAccept = await asCompliance('/audit/events?type=CallLogged', { accept: 'application/x-ndjson' });
      for (const response of [byQuery, byAccept]) {
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toBe('application/x-ndjson');
        const lines = response.body.trimEnd().split('\n').map((line) => JSON.parse(line));
        expect(lines.map((line) => line.type)).toEqual(['CallLogged', 'CallLogged']);
        expect(lines[0].metadata.hash).toMatch(/^[0-9a-f]{64}$/);
      }
    });

    it('exports as CSV with a header row', async () => {
      const response = await asCompliance('/audit/events?format=csv&stream=customer-' + customers[1]);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      const rows = response.body.trimEnd().split('\r\n');
      expect(rows[0]).toBe('position,eventId,streamName,revision,type,schemaVersion,actorId,actorRole,channel,occurredAt,recordedAt');
      expect(rows.slice(1).map((row) => row.split(',')[4])).toEqual(['CustomerRegistered', 'CallLogged']);
    });

    it('refuses an unknown format and a malformed position', async () => {
      expect((await asCompliance('/audit/events?format=xml')).statusCode).toBe(400);
      expect((await asCompliance('/audit/events?after=12')).statusCode).toBe(400);
    });
  });

  describe('GET /audit/verify', () => {
    it('reports the log intact with its counts, then names an event altered in PostgreSQL', async () => {
      const intact = await asCompliance('/audit/verify');
      expect(intact.json()).toEqual({ status: 'intact', events: 5, streams: 2, summary: 'intact, 5 events, 2 streams' });

      const note = await t.databases.readDb
        .selectFrom('events' as never)
        .select(['event_id', 'data'] as never)
        .where('event_type' as never, '=', 'NoteAdded' as never)
        .executeTakeFirstOrThrow() as { event_id: string; data: object };
      await sql`update events set data = jsonb_set(data, '{channel}', '"store"') where event_id = ${note.event_id}`.execute(t.databases.readDb);
      try {
        const tampered = (await asCompliance('/audit/verify')).json();
        expect(tampered).toMatchObject({
          status: 'tampered',
          firstMismatch: { eventId: note.event_id, type: 'NoteAdded', streamName: `customer-${customers[0]}`, revision: '2', reason: 'hash-mismatch' },
          summary: expect.stringContaining(`hash-mismatch at event ${note.event_id}`),
        });
      } finally {
        await sql`update events set data = ${JSON.stringify(note.data)}::jsonb where event_id = ${note.event_id}`.execute(t.databases.readDb);
      }
      expect((await asCompliance('/audit/verify')).json()).toMatchObject({ status: 'intact' });
    });
  });

  describe('GET /audit/access', () => {
    it('records an export with who, when, which customer and why, and lists it filtered, as JSON, NDJSON and CSV', async () => {
      const exported = await asCompliance(`/customers/${customers[1]}/export`, { 'x-access-reason': 'subject access request 4711' });
      expect(exported.statusCode).toBe(200);
      expect((await asCompliance(`/customers/${customers[1]}/export?reason=ticket%2012`)).statusCode).toBe(200);

      const { entries, next } = (await asCompliance(`/audit/access?customer=${customers[1]}`)).json();
      expect(next).toBeNull();
      expect(entries).toEqual([
        {
          id: expect.any(String),
          accessedAt: expect.any(String),
          actorId: expect.stringMatching(/^api-key:/),
          actorRole: 'compliance',
          apiKeyId: expect.any(String),
          subjectKind: 'customer',
          subjectId: customers[1],
          action: 'export',
          route: 'GET /customers/:id/export',
          reason: 'subject access request 4711',
        },
        expect.objectContaining({ reason: 'ticket 12' }),
      ]);
      expect((await asCompliance(`/audit/access?customer=${customers[0]}`)).json().entries).toEqual([]);
      expect((await asCompliance('/audit/access?action=history')).json().entries).toEqual([]);

      const ndjson = await asCompliance('/audit/access?format=ndjson&action=export');
      expect(ndjson.body.trimEnd().split('\n').map((line) => JSON.parse(line).reason)).toEqual(['subject access request 4711', 'ticket 12']);
      const csv = await asCompliance('/audit/access', { accept: 'text/csv' });
      expect(csv.body.split('\r\n')[0]).toBe('id,accessedAt,actorId,actorRole,apiKeyId,subjectKind,subjectId,action,route,reason');
    });

    it('refuses an export without a reason, and records nothing for it', async () => {
      const before = (await asCompliance('/audit/access')).json().entries.length;
      const refused = await asCompliance(`/customers/${customers[0]}/export`);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors).toEqual([{ field: 'X-Access-Reason', reason: expect.stringContaining('is required') }]);
      expect((await asCompliance('/audit/access')).json().entries).toHaveLength(before);
    });
  });

  describe('roles', () => {
    const routes = () => [
      { method: 'GET' as const, url: '/audit/events' },
      { method: 'GET' as const, url: '/audit/verify' },
      { method: 'GET' as const, url: '/audit/access' },
      { method: 'GET' as const, url: `/customers/${customers[0]}/export?reason=x` },
      { method: 'POST' as const, url: `/customers/${customers[0]}/erasure` },
    ];

    it.each(['operator', 'analyst'] as const)('refuses %s on every compliance route (403)', async (role) => {
      for (const route of routes()) expect({ ...route, status: (await t.request({ ...route, role })).statusCode }).toEqual({ ...route, status: 403 });
    });

    it('refuses requests without a key (401)', async () => {
      for (const route of routes()) expect((await t.request({ ...route, role: null })).statusCode).toBe(401);
    });

    it('lets compliance and admin read the audit log', async () => {
      for (const role of ['compliance', 'admin'] as const) expect((await t.request({ method: 'GET', url: '/audit/events', role })).statusCode).toBe(200);
    });
  });
});
