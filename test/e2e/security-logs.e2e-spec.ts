import { Logger, type LoggerService } from '@nestjs/common';
import { sql } from 'kysely';
import { parsePosition } from '#crm/event-store';
import { ProjectionRunner } from '#crm/projection-runner';
import { allProjections } from '#crm/projections';
import { startTestApp, type TestApp } from '#test/support/app';

/** Values only this test sends: if any appears in what the app logs, a log line carries personal data. */
const SEEDED = {
  staffName: 'Ottoline Vasquez-Brindle',
  staffEmail: 'ottoline.vb@staff-example.org',
  customerName: 'Zelda Quixotic-Marr',
  customerEmail: 'zelda.qm@seeded-example.net',
  customerPhone: '+34 611 222 333',
  street: '17 Calle Imaginaria',
  noteText: 'Zelda mentioned her penicillin allergy',
  complaintDescription: 'The toaster set fire to the kitchen curtains',
  leadName: 'Yusuf Leadington',
  leadEmail: 'yusuf.leadington@seeded-example.com',
  leadPhone: '+44 7700 900123',
  botName: 'Bartholomew Botsworth',
  botEmail: 'bartholomew.bot@seeded-example.com',
  badEmail: 'zelda-at-seeded-broken',
  accessReason: 'Zelda asked for her data by letter',
};

/**
 * Everything the app writes during a full scenario — through Nest's Logger, the projector's
 * logger, console and the process's own stdout/stderr — holds none of the personal data sent and
 * none of the API keys, errors included.
 */
describe('logs carry no personal data and no keys', () => {
  let api: TestApp;
  let projector: ProjectionRunner;
  const lines: string[] = [];
  const restore: (() => void)[] = [];

  const text = (values: unknown[]) => values.map((value) => (value instanceof Error ? `${value.stack}` : typeof value === 'string' ? value : JSON.stringify(value))).join(' ');
  const capture = (level: string) => (...values: unknown[]) => {
    lines.push(`${level} ${text(values)}`);
  };

  /** Every Nest log call at every level, whatever LOG_LEVEL says. */
  const bufferLogger: LoggerService = {
    log: capture('log'),
    error: capture('error'),
    warn: capture('warn'),
    debug: capture('debug'),
    verbose: capture('verbose'),
    fatal: capture('fatal'),
  };

  function tapProcessOutput(): void {
    for (const stream of [process.stdout, process.stderr]) {
      const write = stream.write;
      stream.write = ((chunk: unknown, ...rest: unknown[]) => {
        lines.push(`${stream === process.stdout ? 'stdout' : 'stderr'} ${String(chunk)}`);
        return (write as (...args: unknown[]) => boolean).call(stream, chunk, ...rest);
      }) as typeof stream.write;
      restore.push(() => (stream.write = write));
    }
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      const original = console[method];
      console[method] = capture(`console.${method}`);
      restore.push(() => (console[method] = original));
    }
  }

  beforeAll(async () => {
    api = await startTestApp('e2e_sec_logs');
    api.app.useLogger(bufferLogger);
    Logger.overrideLogger(bufferLogger);
    projector = new ProjectionRunner({
      store: api.databases.eventStore,
      db: api.databases.readDb,
      projections: allProjections,
      logger: { log: capture('projector.log'), warn: capture('projector.warn'), error: capture('projector.error') },
    });
    await projector.start();
    tapProcessOutput();
  });

  afterAll(async () => {
    restore.forEach((undo) => undo());
    await projector.stop();
    await api.close();
  });

  const post = (url: string, payload: object, role: 'operator' | 'analyst' | 'compliance' | 'admin' | null = 'operator', headers = {}) =>
    api.request({ method: 'POST', url, payload, role, headers });
  const get = (url: string, role: 'operator' | 'analyst' | 'compliance' | 'admin' = 'operator', headers = {}) => api.request({ method: 'GET', url, role, headers });

  it('runs a full scenario, errors included, and logs none of it', async () => {
    const staff = await post('/staff', { name: SEEDED.staffName, email: SEEDED.staffEmail, title: 'Account manager' }, 'admin');
    expect(staff.statusCode).toBe(201);
    const customer = await post('/customers', {
      kind: 'person',
      name: SEEDED.customerName,
      email: SEEDED.customerEmail,
      phone: SEEDED.customerPhone,
      address: { line1: SEEDED.street, city: 'Madrid', country: 'ES' },
      ownerId: staff.json().id,
    });
    expect(customer.statusCode).toBe(201);
    const customerId = customer.json().id;
    const touches = [
      { type: 'note', text: SEEDED.noteText },
      { type: 'complaint', category: 'product', severity: 'high', description: SEEDED.complaintDescription },
      { type: 'call', direction: 'inbound', durationSeconds: 95, outcome: 'reached' },
    ];
    for (const touch of touches) expect((await post(`/customers/${customerId}/touches`, touch)).statusCode).toBe(201);
    const consent = await post(`/customers/${customerId}/consents`, { channel: 'email', status: 'given', legalBasis: 'consent', textVersion: 'v1' });
    expect(consent.statusCode).toBe(201);
    const lead = await post('/leads', { name: SEEDED.leadName, email: SEEDED.leadEmail, phone: SEEDED.leadPhone, form: 'contact-us' }, null);
    expect(lead.statusCode).toBe(201);
    const bot = await post('/leads', { name: SEEDED.botName, email: SEEDED.botEmail, form: 'contact-us', website: 'http://spam.example' }, null);
    expect(bot.statusCode).toBe(201);
    const deal = await post('/opportunities', { customerId, interest: 'Fleet renewal', expectedAmount: { amount: 250000, currency: 'EUR' }, ownerId: staff.json().id });
    expect(deal.statusCode).toBe(201);
    expect((await post(`/opportunities/${deal.json().id}/win`, { amount: 240000, currency: 'EUR' })).statusCode).toBe(201);

    // Reads, once the projector has caught up with the last write.
    const last = parsePosition((await post(`/customers/${customerId}/touches`, { type: 'note', text: SEEDED.noteText })).json().position);
    await Promise.all(allProjections.map((projection) => projector.waitFor(projection.name, last)));
    expect((await get(`/customers?q=${encodeURIComponent(SEEDED.customerName)}`)).statusCode).toBe(200);
    for (const url of [`/customers/${customerId}`, `/customers/${customerId}/history`, `/customers/${customerId}/timeline`]) {
      expect((await get(url)).statusCode).toBe(200);
    }
    const exported = await get(`/customers/${customerId}/export`, 'compliance', { 'x-access-reason': SEEDED.accessReason });
    expect(exported.statusCode).toBe(200);

    // Errors: bad input carrying personal data, a broken rule, unknown ids, a bad key, and a real 500.
    expect((await post('/customers', { kind: 'person', name: SEEDED.customerName, email: SEEDED.badEmail })).statusCode).toBe(400);
    expect((await post('/leads', { name: SEEDED.leadName, email: SEEDED.badEmail, form: 'contact-us' }, null)).statusCode).toBe(400);
    expect((await post('/customers', { kind: 'person', name: SEEDED.customerName, nickname: SEEDED.customerPhone })).statusCode).toBe(400);
    expect((await post(`/customers/${customerId}/touches`, { type: 'promotion-sent', campaignId: 'c1', promotionId: 'p1', channel: 'sms' })).statusCode).toBe(409);
    expect((await post('/customers', { kind: 'person', name: SEEDED.customerName }, 'operator', { 'if-match': SEEDED.customerPhone })).statusCode).toBe(400);
    expect((await get(`/customers/${customerId}`, 'analyst')).statusCode).toBe(403);
    const wrongKey = await api.request({ method: 'GET', url: `/customers?q=${encodeURIComponent(SEEDED.customerEmail)}`, role: null, headers: { 'x-api-key': `${api.keys.admin}x` } });
    expect(wrongKey.statusCode).toBe(401);
    // An unexpected failure while searching for a person: the error log line must not repeat the search.
    await sql`alter table proj_directory.directory_entry rename column search_text to search_text_moved`.execute(api.databases.readDb);
    try {
      const broken = await get(`/customers?q=${encodeURIComponent(SEEDED.customerEmail)}`);
      expect(broken.statusCode).toBeGreaterThanOrEqual(500);
    } finally {
      await sql`alter table proj_directory.directory_entry rename column search_text_moved to search_text`.execute(api.databases.readDb);
    }
    const erased = await post(`/customers/${customerId}/erasure`, {}, 'compliance');
    expect(erased.statusCode).toBe(200);

    const logged = lines.join('\n');
    // The capture works: the honeypot's line and the failure's line are in it.
    expect(logged).toMatch(/honeypot/);
    expect(logged).toMatch(/failed/);
    const found = [...Object.entries(SEEDED), ...Object.entries(api.keys).map(([role, key]) => [`${role} API key`, key] as const)].filter(
      ([, value]) => logged.toLowerCase().includes(value.toLowerCase()) || logged.includes(encodeURIComponent(value)),
    );
    expect(found.map(([name]) => name)).toEqual([]);
  });
});
