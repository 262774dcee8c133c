import { randomUUID } from 'node:crypto';
import { customerStreamName } from '#crm/domain';
import { startTestApp, type TestApp } from '#test/support/app';
import { buildApps } from '#test/support/built-cli';
import { startProcess, type StartedProcess } from '#test/support/child-process';
import { freePort } from '#test/support/free-port';

const API = 'dist/apps/api/src/main.js';

const note = (text: string) => ({ type: 'note', occurredAt: '2026-03-02T10:00:00Z', channel: 'internal', text });

type Answer = { statusCode: number; body: string };

/** A second api process on the test app's database, as `npm run start:api` runs it. */
async function startApiProcess(api: TestApp): Promise<{ process: StartedProcess; base: string }> {
  const port = await freePort();
  const process = await startProcess('node', [API], {
    env: { PATH: globalThis.process.env.PATH, DATABASE_URL: api.database.url, PORT: String(port), LOG_LEVEL: 'warn', JOBS_PREFIX: `contention-${port}` },
    readyLine: 'CRM API listening on',
  });
  return { process, base: `http://127.0.0.1:${port}` };
}

describe('writes under contention and crashes', () => {
  let api: TestApp;

  beforeAll(async () => {
    await buildApps(API);
    api = await startTestApp('e2e_write_contention');
  }, 180_000);

  afterAll(() => api.close());

  async function register(): Promise<string> {
    const response = await api.request({ method: 'POST', url: '/customers', payload: { kind: 'person', name: 'Ada Lovelace', email: 'ada@example.com' } });
    expect(response.statusCode).toBe(201);
    return response.json().id;
  }

  const touch = async (customerId: string, text: string, key?: string): Promise<Answer> => {
    const response = await api.request({
      method: 'POST',
      url: `/customers/${customerId}/touches`,
      payload: note(text),
      headers: key ? { 'idempotency-key': key } : {},
    });
    return { statusCode: response.statusCode, body: response.body };
  };

  /** The same touch over HTTP to another process. */
  const touchOver = async (base: string, customerId: string, text: string, key?: string): Promise<Answer> => {
    const response = await fetch(`${base}/customers/${customerId}/touches`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': api.keys.operator, ...(key ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify(note(text)),
    });
    return { statusCode: response.status, body: await response.text() };
  };

  async function revisionsOf(customerId: string): Promise<bigint[]> {
    return (await api.streamOf(customerStreamName(customerId))).map((event) => event.revision);
  }

  const upTo = (last: number) => Array.from({ length: last + 1 }, (_, index) => BigInt(index));

  it('lands 200 parallel touches to one customer without If-Match, revisions without a hole', async () => {
    const customerId = await register();
    const answers = await Promise.all(Array.from({ length: 200 }, (_, index) => touch(customerId, `call ${index}`)));
    expect(answers.filter((answer) => answer.statusCode !== 201)).toEqual([]);
    const revisions = answers.map((answer) => JSON.parse(answer.body).revision as number).sort((a, b) => a - b);
    expect(revisions).toEqual(Array.from({ length: 200 }, (_, index) => index + 1));
    expect(await revisionsOf(customerId)).toEqual(upTo(200));
  });

  describe('with a second api process on the same database', () => {
    let other: { process: StartedProcess; base: string };

    beforeAll(async () => {
      other = await startApiProcess(api);
    }, 60_000);

    afterAll(() => other?.process.kill('SIGTERM'));

    it('lands 200 parallel touches to one customer from two processes, revisions without a hole', async () => {
      const customerId = await register();
      const answers = await Promise.all(
        Array.from({ length: 200 }, (_, index) => (index % 2 ? touch(customerId, `call ${index}`) : touchOver(other.base, customerId, `call ${index}`))),
      );
      expect(answers.filter((answer) => answer.statusCode !== 201)).toEqual([]);
      expect(await revisionsOf(customerId)).toEqual(upTo(200));
    });

    it('answers 100 keyed writes to 100 customers with a cold key cache, and /health throughout', async () => {
      // registered through the other process: this one has never loaded their data keys
      const customers = await Promise.all(
        Array.from({ length: 100 }, async () => {
          const response = await fetch(`${other.base}/customers`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-api-key': api.keys.operator },
            body: JSON.stringify({ kind: 'person', name: 'Grace Hopper', email: 'grace@example.com' }),
          });
          expect(response.status).toBe(201);
          return ((await response.json()) as { id: string }).id;
        }),
      );
      const before = await api.request({ method: 'GET', url: '/health', role: null });
      let writing = true;
      const healthDuring: number[] = [];
      const probe = (async () => {
        while (writing) healthDuring.push((await api.request({ method: 'GET', url: '/health', role: null })).statusCode);
      })();
      const answers = await Promise.all(customers.map((customerId) => touch(customerId, 'first visit', randomUUID())));
      writing = false;
      await probe;
      expect(answers.filter((answer) => answer.statusCode !== 201)).toEqual([]);
      expect(healthDuring.length).toBeGreaterThan(0);
      expect(new Set(healthDuring)).toEqual(new Set([before.statusCode]));
      expect((await api.request({ method: 'GET', url: '/health', role: null })).json().status).toBe(before.json().status);
    });

    it('answers one key sent 50 times in parallel to both processes with one event and 50 identical answers', async () => {
      const customerId = await register();
      const key = randomUUID();
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, index) => (index % 2 ? touch(customerId, 'once', key) : touchOver(other.base, customerId, 'once', key))),
      );
      expect(answers.filter((answer) => answer.statusCode !== 201)).toEqual([]);
      expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);
      expect(await revisionsOf(customerId)).toEqual(upTo(1));
    });
  });

  it('keeps events == distinct keys when the api is SIGKILLed in a burst of keyed writes and every request is retried', async () => {
    const customerId = await register();
    const keys = Array.from({ length: 120 }, () => randomUUID());
    let victim = await startApiProcess(api);
    const answered: Answer[] = [];
    const killed = new Promise<void>((resolve) => {
      const burst = keys.map(async (key, index) => {
        const answer = await touchOver(victim.base, customerId, `note ${index}`, key).catch(() => undefined);
        if (answer) answered.push(answer);
        // killed mid-burst: once some answers are out, while the rest are in flight
        if (answered.length === 30) resolve(victim.process.kill('SIGKILL'));
      });
      void Promise.all(burst).then(() => resolve());
    });
    await killed;
    expect(answered.length).toBeLessThan(keys.length);
    victim = await startApiProcess(api);
    try {
      const retried = await Promise.all(keys.map((key, index) => touchOver(victim.base, customerId, `note ${index}`, key)));
      expect(retried.filter((answer) => answer.statusCode !== 201)).toEqual([]);
      // every answer given before the crash is given again, byte for byte
      for (const answer of answered.filter((first) => first.statusCode === 201)) expect(retried.map((again) => again.body)).toContain(answer.body);
      const events = await api.streamOf(customerStreamName(customerId));
      expect(events.filter((event) => event.type === 'NoteAdded')).toHaveLength(keys.length);
      expect(events.map((event) => event.revision)).toEqual(upTo(keys.length));
    } finally {
      await victim.process.kill('SIGTERM');
    }
  });
});
