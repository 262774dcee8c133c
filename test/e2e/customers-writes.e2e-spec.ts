import { sql } from 'kysely';
import { customerStreamName } from '#crm/domain';
import { startTestApp, type TestApp } from '#test/support/app';
import { answersBreakingContract } from '#test/support/openapi-contract';

const ada = { kind: 'person', name: 'Ada Lovelace', email: 'ada@example.com' };
const note = { type: 'note', channel: 'internal', text: 'Prefers mornings' };

describe('idempotent and conditional writes over HTTP', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp('e2e_writes');
  });

  afterAll(() => api.close());

  const post = (url: string, payload: object, headers: Record<string, string> = {}, role: 'operator' | 'admin' = 'operator') =>
    api.request({ method: 'POST', url, payload, headers, role });

  async function revisionsOf(customerId: string): Promise<bigint[]> {
    const revisions = [];
    for await (const event of api.databases.eventStore.readStream(customerStreamName(customerId))) revisions.push(event.revision);
    return revisions;
  }

  describe('Idempotency-Key', () => {
    it('answers a retried registration with the first answer and appends once', async () => {
      const before = await api.eventCount();
      const first = await post('/customers', ada, { 'idempotency-key': 'register-ada-1' });
      const again = await post('/customers', ada, { 'idempotency-key': 'register-ada-1' });
      expect(first.statusCode).toBe(201);
      expect(again.statusCode).toBe(201);
      expect(again.json()).toEqual(first.json());
      // The registration and its email's claim (docs/duplicates.md).
      expect(await api.eventCount()).toBe(before + 2);
    });

    it('answers a retried touch with the same event', async () => {
      const id = (await post('/customers', ada)).json().id;
      const first = await post(`/customers/${id}/touches`, note, { 'idempotency-key': 'note-1' });
      const again = await post(`/customers/${id}/touches`, note, { 'idempotency-key': 'note-1' });
      expect(again.statusCode).toBe(201);
      expect(again.json()).toEqual(first.json());
      expect(await revisionsOf(id)).toEqual([0n, 1n]);
    });

    it('lets concurrent retries of one request append once and all get its answer', async () => {
      const id = (await post('/customers', ada)).json().id;
      const answers = await Promise.all([1, 2, 3, 4].map(() => post(`/customers/${id}/touches`, note, { 'idempotency-key': 'note-burst' })));
      expect(answers.map((answer) => answer.statusCode)).toEqual([201, 201, 201, 201]);
      expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);
      expect(await revisionsOf(id)).toEqual([0n, 1n]);
    });

    // The stored answer is lost when the process dies between the append and the record (always
    // possible on KurrentDB, where the two cannot share a transaction); the log must still tell.
    async function forgetAnswer(key: string): Promise<void> {
      await sql`delete from idempotency_record where key = ${key}`.execute(api.databases.readDb);
    }

    it('registers one customer when the repeat finds no stored answer', async () => {
      const before = await api.eventCount();
      const first = await post('/customers', ada, { 'idempotency-key': 'register-lost' });
      await forgetAnswer('register-lost');
      const again = await post('/customers', ada, { 'idempotency-key': 'register-lost' });
      expect(again.statusCode).toBe(201);
      expect(again.json()).toEqual(first.json());
      expect(await api.eventCount()).toBe(before + 1);
    });

    it('records a touch once when the repeat finds no stored answer', async () => {
      const id = (await post('/customers', ada)).json().id;
      const first = await post(`/customers/${id}/touches`, note, { 'idempotency-key': 'note-lost' });
      await forgetAnswer('note-lost');
      const again = await post(`/customers/${id}/touches`, note, { 'idempotency-key': 'note-lost' });
      expect(again.json()).toEqual(first.json());
      expect(await revisionsOf(id)).toEqual([0n, 1n]);
    });

    it('refuses the same key with a different body with 422, appending nothing', async () => {
      await post('/customers', ada, { 'idempotency-key': 'register-2' });
      const before = await api.eventCount();
      const reused = await post('/customers', { ...ada, name: 'Someone Else' }, { 'idempotency-key': 'register-2' });
      expect(reused.statusCode).toBe(422);
      expect(reused.json()).toEqual({ statusCode: 422, message: 'Idempotency-Key reused with a different request' });
      expect(await api.eventCount()).toBe(before);
    });

    it('keeps each API key’s Idempotency-Keys apart', async () => {
      const mine = await post('/customers', ada, { 'idempotency-key': 'shared-key' });
      const theirs = await post('/customers', ada, { 'idempotency-key': 'shared-key' }, 'admin');
      expect(theirs.statusCode).toBe(201);
      expect(theirs.json().id).not.toBe(mine.json().id);
    });

    it('does not remember a refused request: the corrected retry runs', async () => {
      const before = await api.eventCount();
      const refused = await post('/customers', { ...ada, email: 'nope' }, { 'idempotency-key': 'fix-me' });
      expect(refused.statusCode).toBe(400);
      const again = await post('/customers', { ...ada, email: 'nope' }, { 'idempotency-key': 'fix-me' });
      expect(again.statusCode).toBe(400);
      expect(await api.eventCount()).toBe(before);
    });

    it('refuses a malformed key with 400', async () => {
      const response = await post('/customers', ada, { 'idempotency-key': 'x'.repeat(201) });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([{ field: 'Idempotency-Key', reason: expect.any(String) }]);
    });
  });

  describe('If-Match', () => {
    it('writes when the revision matches and answers 409 with the current revision when stale, appending nothing', async () => {
      const id = (await post('/customers', ada)).json().id;
      const current = await post(`/customers/${id}/touches`, note, { 'if-match': '0' });
      expect(current.statusCode).toBe(201);
      expect(current.json().revision).toBe(1);
      const before = await api.eventCount();
      const stale = await post(`/customers/${id}/touches`, note, { 'if-match': '0' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ statusCode: 409, currentRevision: '1' });
      const patched = await api.request({ method: 'PATCH', url: `/customers/${id}`, payload: { name: 'Ada King' }, headers: { 'if-match': '"0"' } });
      expect(patched.statusCode).toBe(409);
      expect(await api.eventCount()).toBe(before);
      const quoted = await api.request({ method: 'PATCH', url: `/customers/${id}`, payload: { name: 'Ada King' }, headers: { 'if-match': 'W/"1"' } });
      expect(quoted.json()).toMatchObject({ revision: 2 });
    });

    it('refuses an If-Match that is not a revision with 400', async () => {
      const id = (await post('/customers', ada)).json().id;
      const response = await post(`/customers/${id}/touches`, note, { 'if-match': 'latest' });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([{ field: 'If-Match', reason: expect.any(String) }]);
    });
  });

  it('lands two concurrent writers to one customer without If-Match, losing neither', async () => {
    const id = (await post('/customers', ada)).json().id;
    const [a, b] = await Promise.all([post(`/customers/${id}/touches`, note), post(`/customers/${id}/touches`, { ...note, text: 'Has a dog' })]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect([a.json().revision, b.json().revision].sort()).toEqual([1, 2]);
    expect(await revisionsOf(id)).toEqual([0n, 1n, 2n]);
  });

  it('answered everything as the OpenAPI document says', async () => {
    expect(await answersBreakingContract(api)).toEqual([]);
  });
});
