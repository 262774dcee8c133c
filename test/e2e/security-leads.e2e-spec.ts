import { LEAD_PROTECTION_DEFAULTS } from '../../apps/api/src/leads/lead-protection.js';
import { leadCustomerId } from '../../apps/api/src/leads/lead-customer-id.js';
import { startTestApp, type TestApp } from '#test/support/app';
import { answersBreakingContract } from '#test/support/openapi-contract';

/** The public form's protections: a budget per client address, a small body, a honeypot. */
describe('POST /leads protections', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp('e2e_sec_leads');
  });

  afterAll(() => api.close());

  const lead = (email: string) => ({ name: 'Katherine Johnson', email, form: 'contact-us' });
  const submit = (payload: object | string, remoteAddress: string, headers: Record<string, string> = {}) =>
    api.request({ method: 'POST', url: '/leads', payload, remoteAddress, role: null, headers: { 'content-type': 'application/json', ...headers } });

  async function streamLength(customerId: string): Promise<number> {
    let count = 0;
    for await (const _event of api.databases.eventStore.readStream(`customer-${customerId}`)) count += 1;
    return count;
  }

  describe('rate limit per client address', () => {
    it(`accepts ${LEAD_PROTECTION_DEFAULTS.limit} submissions a minute from one address, then answers 429 and appends nothing`, async () => {
      for (let i = 0; i < LEAD_PROTECTION_DEFAULTS.limit; i += 1) {
        expect((await submit(lead(`burst-${i}@example.com`), '203.0.113.7')).statusCode).toBe(202);
      }
      const before = await api.eventCount();
      const refused = await submit(lead('burst-over@example.com'), '203.0.113.7');
      expect(refused.statusCode).toBe(429);
      expect(refused.json()).toEqual({ statusCode: 429, message: expect.stringMatching(/too many .*submissions/) });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(await api.eventCount()).toBe(before);
    });

    it('counts each address on its own', async () => {
      expect((await submit(lead('other-address@example.com'), '198.51.100.23')).statusCode).toBe(202);
    });

    it('counts refused submissions too, so a flood of bad bodies is throttled like good ones', async () => {
      for (let i = 0; i < LEAD_PROTECTION_DEFAULTS.limit; i += 1) {
        expect((await submit({ name: 'x' }, '192.0.2.44')).statusCode).toBe(400);
      }
      expect((await submit(lead('after-flood@example.com'), '192.0.2.44')).statusCode).toBe(429);
    });
  });

  describe('body size', () => {
    it(`answers 413 to a body over ${LEAD_PROTECTION_DEFAULTS.bodyLimitBytes} bytes, appending nothing`, async () => {
      const before = await api.eventCount();
      const body = { ...lead('big@example.com'), interest: 'x'.repeat(LEAD_PROTECTION_DEFAULTS.bodyLimitBytes) };
      const response = await submit(body, '192.0.2.50');
      expect(response.statusCode).toBe(413);
      expect(response.json()).toMatchObject({ statusCode: 413, message: expect.any(String) });
      expect(await api.eventCount()).toBe(before);
    });

    it('parses and judges a body just under the limit (the domain then refuses an overlong field)', async () => {
      const body = { ...lead('just-under@example.com'), interest: 'y'.repeat(LEAD_PROTECTION_DEFAULTS.bodyLimitBytes - 200) };
      expect(Buffer.byteLength(JSON.stringify(body))).toBeLessThan(LEAD_PROTECTION_DEFAULTS.bodyLimitBytes);
      const response = await submit(body, '192.0.2.51');
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([{ field: expect.stringMatching(/interest/), reason: expect.any(String) }]);
    });

    it('keeps the app-wide limit on the other routes', async () => {
      const body = { kind: 'person', name: 'Dorothy Vaughan', attributes: { notes: 'z'.repeat(LEAD_PROTECTION_DEFAULTS.bodyLimitBytes * 2) } };
      const response = await api.request({ method: 'POST', url: '/customers', payload: body });
      expect(response.statusCode).not.toBe(413);
    });
  });

  describe('honeypot', () => {
    it('answers a filled honeypot exactly like a success, appending nothing', async () => {
      const human = await submit(lead('human@example.com'), '192.0.2.60');
      const before = await api.eventCount();
      const bot = await submit({ ...lead('bot@example.com'), website: 'http://spam.example' }, '192.0.2.60');
      expect(bot.statusCode).toBe(human.statusCode);
      expect(bot.headers['content-type']).toBe(human.headers['content-type']);
      expect(Object.keys(bot.json()).sort()).toEqual(Object.keys(human.json()).sort());
      expect(bot.json()).toEqual({ customerId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      expect(await api.eventCount()).toBe(before);
      expect(await streamLength(bot.json().customerId)).toBe(0);
      expect((await api.request({ method: 'GET', url: `/customers/${bot.json().customerId}` })).statusCode).toBe(404);
    });

    it('treats any non-empty value as filled, and an empty one as a person', async () => {
      const before = await api.eventCount();
      expect((await submit({ ...lead('bot2@example.com'), website: 42 }, '192.0.2.61')).statusCode).toBe(202);
      expect((await submit({ ...lead('bot3@example.com'), website: { url: 'x' } }, '192.0.2.61')).statusCode).toBe(202);
      expect(await api.eventCount()).toBe(before);
      const person = await submit({ ...lead('empty-honeypot@example.com'), website: '' }, '192.0.2.61');
      expect(person.statusCode).toBe(202);
      expect(await streamLength(person.json().customerId)).toBe(2);
    });

    it('judges a bot’s body like a person’s: a malformed one is still a 400', async () => {
      const human = await submit(lead('not-an-email'), '192.0.2.62');
      const bot = await submit({ ...lead('not-an-email'), website: 'spam' }, '192.0.2.62');
      expect(human.statusCode).toBe(400);
      expect(bot.statusCode).toBe(400);
      expect(bot.json()).toEqual(human.json());
    });
  });

  describe('one answer whoever the email belongs to', () => {
    const answerOf = ({ statusCode, headers, body }: { statusCode: number; headers: Record<string, unknown>; body: string }) => ({
      statusCode,
      contentType: headers['content-type'],
      body,
    });

    it('answers a new, a known, an erased and a bot’s email alike, and records only the real ones', async () => {
      const known = 'known-person@example.com';
      const erased = 'erased-person@example.com';
      await submit(lead(known), '192.0.2.70');
      const erasedId = (await submit(lead(erased), '192.0.2.70')).json().customerId;
      expect((await api.request({ method: 'POST', url: `/customers/${erasedId}/erasure`, payload: {}, role: 'compliance' })).statusCode).toBe(200);
      const before = await api.eventCount();

      const answers = {
        new: await submit(lead('new-person@example.com'), '192.0.2.71'),
        known: await submit(lead(known), '192.0.2.71'),
        erased: await submit(lead(erased), '192.0.2.71'),
        bot: await submit({ ...lead('another-bot@example.com'), website: 'spam' }, '192.0.2.71'),
      };
      for (const [email, answer] of [
        ['new-person@example.com', answers.new],
        [known, answers.known],
        [erased, answers.erased],
        ['another-bot@example.com', answers.bot],
      ] as const) {
        expect(answer.statusCode).toBe(202);
        expect(answer.json()).toEqual({ customerId: leadCustomerId(email) });
      }
      expect(new Set(Object.values(answers).map((answer) => JSON.stringify({ ...answerOf(answer), body: Object.keys(answer.json()) }))).size).toBe(1);
      // The new person's two events and its address's claim, and the known one's lead; nothing for
      // the erased one or the bot.
      expect(await api.eventCount()).toBe(before + 4);
      expect(await streamLength(leadCustomerId(known))).toBe(3);
    });

    it('ignores If-Match, whose 409 would give away the stream’s revision', async () => {
      const email = 'if-match-probe@example.com';
      await submit(lead(email), '192.0.2.72');
      const probe = await submit(lead(email), '192.0.2.72', { 'if-match': '0' });
      expect(probe.statusCode).toBe(202);
      expect(probe.json()).toEqual({ customerId: leadCustomerId(email) });
    });

    it('judges a known email’s body as a new one’s: a blank name is a 400 for both', async () => {
      const email = 'blank-name@example.com';
      await submit(lead(email), '192.0.2.73');
      const blank = { ...lead(email), name: '   ' };
      const known = await submit(blank, '192.0.2.73');
      const fresh = await submit({ ...blank, email: 'blank-name-new@example.com' }, '192.0.2.73');
      expect(fresh.statusCode).toBe(400);
      expect(known.statusCode).toBe(400);
      expect(known.json()).toEqual(fresh.json());
    });
  });

  it('answered everything as the OpenAPI document says', async () => {
    expect(await answersBreakingContract(api)).toEqual([]);
  });
});
