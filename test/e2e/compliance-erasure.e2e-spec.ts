import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { ApiKeyService, type Role } from '#crm/auth';
import { currentEventDecoder, EVENT_CODEC } from '#crm/commands';
import { loadConfig, logLevelsUpTo, type CrmConfig } from '#crm/config';
import { ERASED_MARKER } from '#crm/crypto';
import { openDatabases, shutdown, type Databases } from '#crm/database';
import { createHttpApp } from '#crm/http';
import { JobQueue } from '#crm/jobs';
import { ProjectionRebuilder, ProjectionRunner } from '#crm/projection-runner';
import { allProjections } from '#crm/projections';
import { projectionsCaughtUp } from '#test/support/last-appended-position';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { ApiAppModule } from '../../apps/api/src/api-app.module.js';
import { jobFinished } from '../../apps/worker/src/testing/jobs-test-app.js';
import { WorkerAppModule } from '../../apps/worker/src/worker-app.module.js';
import { CustomerStateSnapshots } from '../../apps/api/src/customers/state-snapshots/customer-state-snapshots.js';
import { analyticsProjection } from '../../projections/analytics/index.js';

const projections = allProjections.some((projection) => projection.name === analyticsProjection.name)
  ? allProjections
  : [...allProjections, analyticsProjection];

// Erasure end to end: a person's data recorded through the api, erased, and then searched for
// in every table of the database and in everything the processes logged.
describe('compliance: erasure by crypto-shredding', () => {
  let database: TestDatabase;
  let databases: Databases;
  let dataDir: string;
  let app: NestFastifyApplication;
  let config: CrmConfig;
  let worker: INestApplicationContext;
  const keys = {} as Record<Role, string>;
  let runner: ProjectionRunner;
  let customerId: string;
  /** Made before erasure: the whole-database search below covers its stored file too. */
  let personExportId: string;
  const logs: string[] = [];
  const tag = randomBytes(4).toString('hex');
  const personal = {
    name: `Quintessa Vandermolen ${tag}`,
    email: `quintessa.${tag}@erasure.example`,
    city: `Glimmerford${tag}`,
    note: `Allergic to zinc ${tag}`,
    complaint: `Parcel left with neighbour ${tag}`,
  };

  const capture = (stream: NodeJS.WriteStream) =>
    jest.spyOn(stream, 'write').mockImplementation(((chunk: unknown) => {
      logs.push(String(chunk));
      return true;
    }) as never);

  const request = (options: InjectOptions, role: Role) => app.inject({ ...options, headers: { ...options.headers, 'x-api-key': keys[role] } });
  const post = (url: string, payload: object, role: Role = 'operator') => request({ method: 'POST', url, payload }, role);
  const get = (url: string, role: Role = 'compliance', headers: Record<string, string> = {}) => request({ method: 'GET', url, headers }, role);

  /** The api as main.ts boots it and a worker (person exports are jobs), logging at their most verbose, with a key per role. */
  async function startVerboseApi() {
    database = await createTestDatabase('compliance_erasure');
    dataDir = await mkdtemp(join(tmpdir(), 'crm-erasure-'));
    config = loadConfig({ DATABASE_URL: database.url, CRM_DATA_DIR: dataDir, LOG_LEVEL: 'verbose', JOBS_PREFIX: `test-compliance-erasure-${process.pid}` });
    databases = await openDatabases(config);
    app = await createHttpApp(ApiAppModule.forRoot(config, databases), config);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    worker = await NestFactory.createApplicationContext(WorkerAppModule.forRoot(config, databases), { logger: logLevelsUpTo(config.logLevel) });
    await worker.init();
    for (const role of ['operator', 'analyst', 'compliance'] as const) {
      keys[role] = (await app.get(ApiKeyService).create({ role, name: `${role} key`, staffId: role === 'operator' ? 'c0ffee00-0000-4000-8000-000000000001' : null })).key;
    }
  }

  const caughtUp = () => projectionsCaughtUp(runner, databases.readDb, projections);

  /** Every row of every table outside PostgreSQL's own schemas, as text, that contains `value`. */
  async function tablesHolding(value: string): Promise<string[]> {
    const { rows: tables } = await sql<{ schema: string; name: string }>`
      select table_schema as schema, table_name as name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`.execute(databases.readDb);
    const holding: string[] = [];
    for (const table of tables) {
      const { rows } = await sql<{ hits: string }>`
        select count(*) as hits from ${sql.table(`${table.schema}.${table.name}`)} t where t::text ilike ${`%${value}%`}`.execute(databases.readDb);
      if (Number(rows[0].hits) > 0) holding.push(`${table.schema}.${table.name}`);
    }
    return holding;
  }

  async function customerRevenue(): Promise<unknown> {
    const response = await get('/analytics/customers?from=2000-01-01&to=2100-01-01', 'analyst');
    expect(response.statusCode).toBe(200);
    return JSON.stringify(response.json());
  }

  beforeAll(async () => {
    capture(process.stdout);
    capture(process.stderr);
    await startVerboseApi();
    runner = new ProjectionRunner({
      store: databases.eventStore,
      db: databases.readDb,
      projections,
      decode: currentEventDecoder(app.get(EVENT_CODEC)),
      standbyPollMs: 100,
      logger: { log: (line) => logs.push(String(line)), warn: (line) => logs.push(String(line)), error: (line) => logs.push(String(line)) },
    });
    await runner.start();

    const registered = await post('/customers', {
      kind: 'person',
      name: personal.name,
      email: personal.email,
      address: { line1: '1 High Street', city: personal.city, country: 'GB' },
      source: 'web',
    });
    expect(registered.statusCode).toBe(201);
    customerId = registered.json().id;
    const touches = [
      { type: 'note', text: personal.note },
      { type: 'complaint', category: 'delivery', severity: 'low', description: personal.complaint },
      { type: 'purchase', amount: 12345, currency: 'GBP' },
      { type: 'call', direction: 'outbound', durationSeconds: 90, outcome: 'reached' },
    ];
    for (const touch of touches) expect((await post(`/customers/${customerId}/touches`, touch)).statusCode).toBe(201);
    expect((await post(`/customers/${customerId}/consents`, { channel: 'email', status: 'given', legalBasis: 'consent', textVersion: 'v3' })).statusCode).toBe(201);
    await caughtUp();
  });

  afterAll(async () => {
    await worker?.close();
    await runner?.stop();
    await app?.get(JobQueue).bullQueue().obliterate({ force: true });
    await app?.close();
    await shutdown();
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
    jest.restoreAllMocks();
  });

  describe('before erasure', () => {
    it('stores personal data only encrypted: the log holds none of it in clear', async () => {
      const { rows } = await sql<{ data: string }>`select data::text as data from events where stream_name = ${`customer-${customerId}`}`.execute(databases.readDb);
      expect(rows.length).toBe(6);
      const log = rows.map((row) => row.data).join('\n');
      expect(log).toContain('"$enc"');
      for (const value of Object.values(personal)) expect(log).not.toContain(value);
    });

    it('exports everything held about the person, decrypted, with the reason in the access log', async () => {
      const response = await get(`/customers/${customerId}/export`, 'compliance', { 'x-access-reason': 'subject access request 1' });
      expect(response.statusCode).toBe(200);
      const exported = response.json();
      expect(exported).toMatchObject({
        customerId,
        state: { status: 'active', personal: { name: personal.name, email: personal.email, address: { city: personal.city } } },
        consents: { email: expect.objectContaining({ status: 'given' }) },
        accessLog: [expect.objectContaining({ action: 'export', reason: 'subject access request 1' })],
      });
      expect(exported.history.map((event: { type: string }) => event.type)).toEqual([
        'CustomerRegistered', 'NoteAdded', 'ComplaintFiled', 'PurchaseRecorded', 'CallLogged', 'ConsentGiven',
      ]);
      expect(exported.history[1].data.personal).toEqual({ text: personal.note });
    });

    it('exports the same as a job, the stored file sealed with the person’s key', async () => {
      const started = await post('/exports/person', { customerId, reason: 'subject access request 2' }, 'compliance');
      expect(started.statusCode).toBe(202);
      personExportId = started.json().id;
      await jobFinished({ redisUrl: config.redisUrl, prefix: app.get(JobQueue).prefix }, `export.${personExportId}`);
      const file = await get(`/exports/${personExportId}/download`);
      expect(file.statusCode).toBe(200);
      expect(file.json()).toMatchObject({ customerId, state: { status: 'active', personal: { name: personal.name, email: personal.email } } });
      expect(file.json().history[1].data.personal).toEqual({ text: personal.note });
      const { rows } = await sql<{ content: string }>`select content from export_job where id = ${personExportId}`.execute(databases.readDb);
      expect(rows[0].content).toContain('"$enc"');
    });

    it('projects the decrypted data: the directory finds the person by email and shows the name', async () => {
      const response = await get(`/customers?q=${encodeURIComponent(personal.email)}`, 'operator');
      expect(response.statusCode).toBe(200);
      expect(response.json().items).toEqual([expect.objectContaining({ customerId, name: personal.name, city: personal.city, erased: false })]);
    });

    it('refuses a promotion over a channel without consent, and after consent is withdrawn, naming the rule', async () => {
      const sms = await post(`/customers/${customerId}/touches`, { type: 'promotion-sent', channel: 'sms', campaignId: 'spring', promotionId: 'p1' });
      expect(sms.statusCode).toBe(409);
      expect(sms.json()).toMatchObject({ statusCode: 409, rule: 'consent-required' });

      expect((await post(`/customers/${customerId}/touches`, { type: 'promotion-sent', channel: 'email', campaignId: 'spring', promotionId: 'p1' })).statusCode).toBe(201);
      expect((await post(`/customers/${customerId}/consents`, { channel: 'email', status: 'withdrawn' })).statusCode).toBe(201);
      const withdrawn = await post(`/customers/${customerId}/touches`, { type: 'promotion-sent', channel: 'email', campaignId: 'spring', promotionId: 'p2' });
      expect(withdrawn.statusCode).toBe(409);
      expect(withdrawn.json()).toMatchObject({ rule: 'consent-required' });
      await caughtUp();
    });
  });

  describe('a state snapshot made before erasure', () => {
    // The read path keeps one every 100 revisions; this customer has fewer, so one is made here
    // the way the read path makes it, from the state it serves.
    it('holds the person’s state sealed with their key', async () => {
      const { revision, ...state } = (await get(`/customers/${customerId}/state`)).json();
      expect(state.personal).toMatchObject({ name: personal.name });
      const { events } = (await get(`/customers/${customerId}/history`)).json();
      expect(events.at(-1).revision).toBe(revision);
      await app.get(CustomerStateSnapshots).save(customerId, [{ revision: BigInt(revision), recordedAt: new Date(events.at(-1).recordedAt), state, maxBusinessTime: null, lateSince: 0n, late: [] }]);
      expect(await app.get(CustomerStateSnapshots).latest(customerId)).toMatchObject({ revision: BigInt(revision), state: { personal: { name: personal.name } } });
      const { rows } = await sql<{ row: string }>`
        select s::text as row from customer_state_snapshot s where customer_id = ${customerId}`.execute(databases.readDb);
      expect(rows).toHaveLength(1);
      expect(rows[0].row).toContain('"$enc"');
      for (const value of Object.values(personal)) expect(rows[0].row).not.toContain(value);
    });
  });

  describe('POST /customers/:id/erasure', () => {
    let revenueBefore: unknown;
    let eventsBefore: number;

    beforeAll(async () => {
      revenueBefore = await customerRevenue();
      eventsBefore = (await get(`/customers/${customerId}/history`)).json().events.length;
      const erased = await post(`/customers/${customerId}/erasure`, {}, 'compliance');
      expect(erased.statusCode).toBe(200);
      expect(erased.json()).toMatchObject({ customerId, erased: true, keyDestroyed: true, events: [{ type: 'CustomerErased' }] });
      await caughtUp();
    });

    it('is idempotent: erasing again appends nothing and finds no key left', async () => {
      const again = await post(`/customers/${customerId}/erasure`, {}, 'compliance');
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({ erased: true, keyDestroyed: false, events: [] });
    });

    it('records CustomerErased holding no personal data, and refuses new touches', async () => {
      const note = await post(`/customers/${customerId}/touches`, { type: 'note', text: 'after erasure' });
      expect(note.statusCode).toBe(409);
      expect(note.json()).toMatchObject({ rule: 'customer-erased' });
    });

    it('still replays the history, with the marker in place of every personal object', async () => {
      const { events } = (await get(`/customers/${customerId}/history`)).json();
      expect(events).toHaveLength(eventsBefore + 1);
      expect(events.at(-1)).toMatchObject({ type: 'CustomerErased', data: { customerId } });
      const withPersonal = events.filter((event: { data: { personal?: unknown } }) => event.data.personal !== undefined);
      expect(withPersonal.map((event: { type: string }) => event.type)).toEqual(['CustomerRegistered', 'NoteAdded', 'ComplaintFiled']);
      for (const event of withPersonal) expect(event.data.personal).toBe(ERASED_MARKER);
      expect((await get(`/customers/${customerId}/state`)).json()).toMatchObject({ status: 'erased', customerId });
    });

    it('shows the marker in the directory, also after a rebuild from the log', async () => {
      const directoryEntry = async () => (await get('/customers', 'operator')).json().items.find((item: { customerId: string }) => item.customerId === customerId);
      expect(await directoryEntry()).toMatchObject({ name: ERASED_MARKER, email: null, city: null, erased: true });
      await new ProjectionRebuilder({ store: databases.eventStore, db: databases.readDb, projections, decode: currentEventDecoder(app.get(EVENT_CODEC)) }).rebuild('directory');
      expect(await directoryEntry()).toMatchObject({ name: ERASED_MARKER, email: null, city: null, erased: true });
    });

    it('leaves the hash chain verifying: the hashes are over the encrypted form', async () => {
      expect((await get('/audit/verify')).json()).toMatchObject({ status: 'intact' });
    });

    it('leaves analytics totals unchanged', async () => {
      expect(await customerRevenue()).toEqual(revenueBefore);
    });

    it('shreds the snapshot with the key: the state before erasure is folded again, without personal data', async () => {
      expect(await app.get(CustomerStateSnapshots).latest(customerId)).toBeNull();
      const { events } = (await get(`/customers/${customerId}/history`)).json();
      const [beforeErasure, erasure] = events.slice(-2);
      const asOf = new Date(Date.parse(erasure.recordedAt) - 1).toISOString();
      const state = (await get(`/customers/${customerId}/state?asOf=${encodeURIComponent(asOf)}`)).json();
      expect(state).toMatchObject({ status: 'active', customerId, personal: {}, revision: beforeErasure.revision });
      for (const value of Object.values(personal)) expect(JSON.stringify(state)).not.toContain(value);
    });

    it('exports nothing personal any more', async () => {
      const response = await get(`/customers/${customerId}/export?reason=erasure%20check`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ state: { status: 'erased' }, consents: {} });
      for (const value of Object.values(personal)) expect(response.body).not.toContain(value);
    });

    it('answers 410 Gone for the person export made before, saying why', async () => {
      const gone = await get(`/exports/${personExportId}/download`);
      expect(gone.statusCode).toBe(410);
      expect(gone.json().message).toMatch(new RegExp(`^customer ${customerId} was erased: this export was sealed with their data key, which is destroyed`));
    });

    it('leaves none of the erased values in any table of the database', async () => {
      expect(await tablesHolding(customerId)).toEqual(expect.arrayContaining(['public.events', 'public.export_job', 'public.customer_state_snapshot']));
      for (const value of Object.values(personal)) expect({ value, tables: await tablesHolding(value) }).toEqual({ value, tables: [] });
    });

    it('never logged any of them, at any level, from the start of the api on', () => {
      expect(logs.join('')).toMatch(/DEVELOPMENT master key/);
      const logged = logs.join('');
      for (const value of Object.values(personal)) expect(logged).not.toContain(value);
    });
  });
});
