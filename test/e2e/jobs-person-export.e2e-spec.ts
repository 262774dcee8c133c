import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { JobName } from '#crm/jobs';
import { startJobsTestApp, type JobsTestApp } from '../../apps/worker/src/testing/jobs-test-app.js';

// A person's data export as a job: the same content as GET /customers/:id/export, stored sealed
// with the person's key, recorded in the access log, and unreadable once the person is erased.
describe('person export jobs', () => {
  let app: JobsTestApp;
  let customerId: string;
  const tag = randomBytes(4).toString('hex');
  const personal = { name: `Oriel Pemberton ${tag}`, email: `oriel.${tag}@export.example`, note: `Prefers the blue entrance ${tag}` };

  const startExport = (body: object, role: 'compliance' | 'analyst' | 'operator' | 'admin' = 'compliance') =>
    app.request({ method: 'POST', url: '/exports/person', payload: body, role });

  async function finishedExport(customer: string, reason: string): Promise<string> {
    const started = await startExport({ customerId: customer, reason });
    expect(started.statusCode).toBe(202);
    const { id } = started.json();
    await app.finished(`export.${id}`);
    return id;
  }

  const storedContent = async (id: string): Promise<string> =>
    (await sql<{ content: string }>`select content from export_job where id = ${id}`.execute(app.databases.readDb)).rows[0].content;

  const exportAccesses = async () =>
    (await app.request({ method: 'GET', url: `/audit/access?customer=${customerId}&action=export`, role: 'compliance' })).json().entries;

  beforeAll(async () => {
    app = await startJobsTestApp('jobs_person_export', { projections: [] });
    const registered = await app.request({ method: 'POST', url: '/customers', payload: { kind: 'person', name: personal.name, email: personal.email } });
    expect(registered.statusCode).toBe(201);
    customerId = registered.json().id;
    expect((await app.request({ method: 'POST', url: `/customers/${customerId}/touches`, payload: { type: 'note', text: personal.note } })).statusCode).toBe(201);
  });

  afterAll(() => app?.close());

  describe('before erasure', () => {
    let id: string;

    beforeAll(async () => {
      id = await finishedExport(customerId, 'subject access request 17');
    });

    it('runs as a job with progress, then offers the same JSON as GET /customers/:id/export', async () => {
      const status = (await app.request({ method: 'GET', url: `/exports/${id}`, role: 'compliance' })).json();
      expect(status).toMatchObject({ id, kind: 'person-data', subject: customerId, status: 'done', done: 2, total: 2, downloadUrl: `/exports/${id}/download` });
      expect((await app.queue.get(`export.${id}`))?.progress).toEqual({ done: 2, total: 2 });

      const file = await app.request({ method: 'GET', url: status.downloadUrl, role: 'compliance' });
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toMatch(/^application\/json/);
      expect(file.headers['content-disposition']).toBe(`attachment; filename="person-${customerId}.json"`);
      const exported = file.json();
      const direct = (await app.request({ method: 'GET', url: `/customers/${customerId}/export?reason=comparison`, role: 'compliance' })).json();
      // The direct export was made later: its access log goes on past the file's.
      expect(exported).toEqual({ ...direct, exportedAt: expect.any(String), accessLog: direct.accessLog.slice(0, exported.accessLog.length) });
      expect(exported.state.personal).toMatchObject({ name: personal.name, email: personal.email });
      expect(exported.accessLog).toEqual([expect.objectContaining({ route: 'POST /exports/person', reason: 'subject access request 17' })]);
    });

    it('stores the file sealed with the person’s key, never in clear', async () => {
      const stored = await storedContent(id);
      expect(JSON.parse(stored)).toEqual({ $enc: expect.objectContaining({ alg: 'A256GCM', keyId: expect.any(String) }) });
      for (const value of Object.values(personal)) expect(stored).not.toContain(value);
    });

    it('records who asked, when and why once, and every download, by default for the reason it was made for', async () => {
      const before = await exportAccesses();
      await app.request({ method: 'GET', url: `/exports/${id}/download`, role: 'admin', headers: { 'x-access-reason': 'second look, ticket 18' } });
      await app.request({ method: 'GET', url: `/exports/${id}/download`, role: 'compliance' });
      const after = await exportAccesses();
      expect(after.slice(0, before.length)).toEqual(before);
      expect(after.slice(before.length)).toEqual([
        expect.objectContaining({ actorRole: 'admin', route: 'GET /exports/:id/download', reason: 'second look, ticket 18' }),
        expect.objectContaining({ actorRole: 'compliance', route: 'GET /exports/:id/download', reason: 'subject access request 17' }),
      ]);
      expect(after.filter((entry: { route: string }) => entry.route === 'POST /exports/person')).toEqual([
        expect.objectContaining({ actorRole: 'compliance', subjectId: customerId, accessedAt: expect.any(String), reason: 'subject access request 17' }),
      ]);
    });

    it('is idempotent: the job run again keeps the same file and records nothing', async () => {
      const [content, accesses] = [await storedContent(id), await exportAccesses()];
      await app.queue.add(JobName.PersonDataExport, { exportId: id }, { jobId: `export.${id}.again` });
      await expect(app.finished(`export.${id}.again`)).resolves.toEqual({ events: 2 });
      expect(await storedContent(id)).toBe(content);
      expect(await exportAccesses()).toEqual(accesses);
    });

    it('is compliance’s alone: other roles get 403 on start, status and download', async () => {
      for (const role of ['operator', 'analyst'] as const) {
        expect((await startExport({ customerId, reason: 'curious' }, role)).statusCode).toBe(403);
        expect((await app.request({ method: 'GET', url: `/exports/${id}`, role })).statusCode).toBe(403);
        const download = await app.request({ method: 'GET', url: `/exports/${id}/download`, role });
        expect(download.statusCode).toBe(403);
        expect(download.body).not.toContain(personal.name);
      }
      expect((await app.request({ method: 'GET', url: `/exports/${id}`, role: 'analyst' })).json().message).toMatch(/may not read a person-data export/);
    });

    it('refuses a body without a valid customer id or reason with 400 naming the field, and an unknown customer with 404', async () => {
      const errorsOf = async (body: object) => (await startExport(body)).json().errors;
      expect(await errorsOf({ customerId })).toEqual([{ field: 'reason', reason: "is required: say why this person's data is exported" }]);
      expect(await errorsOf({ customerId, reason: '   ' })).toEqual([{ field: 'reason', reason: "must say why this person's data is read" }]);
      expect(await errorsOf({ customerId, reason: 'x'.repeat(501) })).toEqual([{ field: 'reason', reason: 'must be at most 500 printable characters' }]);
      expect(await errorsOf({ customerId: 'C-42', reason: 'ticket 3' })).toEqual([{ field: 'customerId', reason: 'must be a UUID' }]);
      const unknownId = '5b0e7c3a-8f1d-4e2b-9a6c-0d4f3e2a1b99';
      const unknown = await startExport({ customerId: unknownId, reason: 'ticket 4' });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().message).toBe(`customer ${unknownId} does not exist`);
      expect((await app.request({ method: 'GET', url: `/audit/access?customer=${unknownId}`, role: 'compliance' })).json().entries).toEqual([]);
    });
  });

  describe('after erasure', () => {
    let madeBefore: string;

    beforeAll(async () => {
      madeBefore = await finishedExport(customerId, 'made before erasure');
      expect((await app.request({ method: 'POST', url: `/customers/${customerId}/erasure`, role: 'compliance' })).statusCode).toBe(200);
    });

    it('answers 410 Gone for an export made before, saying why, and the database holds none of the values', async () => {
      const gone = await app.request({ method: 'GET', url: `/exports/${madeBefore}/download`, role: 'compliance' });
      expect(gone.statusCode).toBe(410);
      expect(gone.json().message).toBe(`customer ${customerId} was erased: this export was sealed with their data key, which is destroyed, so it can no longer be read`);
      const { rows } = await sql<{ rows: string }>`select count(*) as rows from export_job t where t::text ilike ${`%${personal.name}%`} or t::text ilike ${`%${personal.email}%`}`.execute(app.databases.readDb);
      expect(Number(rows[0].rows)).toBe(0);
    });

    it('exports an erased person as GET /customers/:id/export does: an export that says erased', async () => {
      const id = await finishedExport(customerId, 'after erasure');
      const file = await app.request({ method: 'GET', url: `/exports/${id}/download`, role: 'compliance' });
      expect(file.statusCode).toBe(200);
      expect(file.json()).toMatchObject({ customerId, state: { status: 'erased' }, consents: {} });
      for (const value of Object.values(personal)) expect(file.body).not.toContain(value);
    });
  });
});
