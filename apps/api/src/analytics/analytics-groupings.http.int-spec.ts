import { analyticsProjection } from '../../../../projections/analytics/index.js';
import { appendLog } from '../../../../projections/analytics/testing/append-log.js';
import { EventLog } from '../../../../projections/analytics/testing/recorded-events.js';
import { directoryProjection } from '../../../../projections/directory/directory.projection.js';
import { lifecycleProjection } from '../../../../projections/lifecycle/lifecycle.projection.js';
import { staffProjection } from '../../../../projections/staff/staff.projection.js';
import { segmentsProjection } from '../../../../projections/segments/segments.projection.js';
import { defineSegment } from '../../../../projections/segments/testing/segment-definitions.js';
import { cents } from '#test/support/money';
import { AnalyticsModule } from './analytics.module.js';
import { startReadModelTestApp, type ReadModelTestApp } from './testing/read-model-test-app.js';

const acme = '00000000-0000-4000-8000-00000000ac3e';
const ann = '00000000-0000-4000-8000-0000000000a1';
const bob = '00000000-0000-4000-8000-0000000000b2';
const regulars = '00000000-0000-4000-8000-000000005e91';

const revenue = (key: string | null, customers: number, purchases: number, grossSales: number, returns: number, name: string | null = null) => ({
  key,
  name,
  currency: 'GBP',
  customers,
  purchases,
  grossSales: cents('GBP', grossSales),
  returns: cents('GBP', returns),
  revenue: cents('GBP', grossSales - returns),
});

describe('GET /analytics/revenue and /analytics/deals, grouped by what customers and deals carry', () => {
  let api: ReadModelTestApp;

  beforeAll(async () => {
    api = await startReadModelTestApp(
      'analytics_groupings',
      [AnalyticsModule],
      [analyticsProjection, segmentsProjection, lifecycleProjection, directoryProjection, staffProjection],
    );
    const log = new EventLog();
    log.staff('boss', '2024-01-01T00:00:00Z', null, 'West', 'Bob Boss');
    log.staff('rep', '2024-01-01T00:00:00Z', 'boss', 'West', 'Rita Rep');
    log.staff('rep2', '2024-01-01T00:00:00Z', null, 'East', 'Sam Second');
    const known = (name: string, shopId: string) => ({ personal: { name, externalIds: [{ system: 'shop', value: shopId }] } });
    log.customer(acme, '2024-01-01T00:00:00Z', { kind: 'organization', attributes: { sector: 'retail' }, ...known('Acme Ltd', 'ACME') });
    log.customer(ann, '2024-01-01T00:00:00Z', { ownerId: 'rep', organizationId: acme, ...known('Ann Archer', 'A-1') });
    log.customer(bob, '2024-01-01T00:00:00Z', { ownerId: 'rep2', ...known('Bob Baker', 'B-2') });
    defineSegment(log, { fact: 'purchases', op: 'gte', value: 2 }, '2024-01-01T00:00:00Z', regulars);
    const pens = (quantity: number) => ({ sku: 'PEN', description: null, quantity, unitPrice: 250 });
    log.purchase(ann, '2024-03-10T10:00:00Z', 1500, { lines: [pens(2), { sku: 'INK', description: null, quantity: 1, unitPrice: 1000 }] });
    // From April ann is rep2's: her April purchase counts for rep2, her March one stays rep's.
    log.add(`customer-${ann}`, 'CustomerOwnerAssigned', { customerId: ann, ownerId: 'rep2', previousOwnerId: 'rep' }, '2024-04-01T00:00:00Z');
    log.purchase(ann, '2024-04-05T10:00:00Z', 250, { lines: [pens(1)] });
    log.purchase(bob, '2024-04-10T10:00:00Z', 9000);
    log.touch('ReturnRecorded', bob, '2024-04-12T10:00:00Z', { returnId: 'r1', orderId: null, lines: [pens(2)], amount: 500, currency: 'GBP' });
    const open = (id: string, customerId: string, ownerId: string, product?: string, currency = 'EUR') =>
      log.deal('OpportunityOpened', id, customerId, '2024-02-01T00:00:00Z', {
        ownerId,
        interest: 'pens',
        stage: 'prospecting',
        expectedAmount: { amount: 1, currency },
        ...(product === undefined ? {} : { product }),
      });
    open('d1', ann, 'rep', 'Fountain pen');
    open('d2', acme, 'rep', 'Fountain pen');
    open('d3', bob, 'rep2');
    // Lost, so in the currency of its expected amount.
    open('d4', acme, 'rep', 'Ink', 'USD');
    log.deal('OpportunityWon', 'd1', ann, '2024-02-05T00:00:00Z', { amount: 25_000, currency: 'EUR' });
    log.deal('OpportunityLost', 'd2', acme, '2024-02-06T00:00:00Z', { reason: 'price' });
    log.deal('OpportunityWon', 'd3', bob, '2024-02-07T00:00:00Z', { amount: 1000, currency: 'EUR' });
    log.deal('OpportunityLost', 'd4', acme, '2024-02-08T00:00:00Z', { reason: 'price' });
    await appendLog(api.store, log.events);
    await api.caughtUp();
  });

  afterAll(() => api.close());

  const groups = async (url: string) => {
    const response = await api.get(url);
    expect([url, response.statusCode, response.statusCode === 200 ? '' : response.body]).toEqual([url, 200, '']);
    return response.json().groups;
  };

  it('groups revenue by the owner and the organization the customer had at the time', async () => {
    expect(await groups('/analytics/revenue?by=owner')).toEqual([revenue('rep', 1, 1, 1500, 0, 'Rita Rep'), revenue('rep2', 2, 2, 9250, 500, 'Sam Second')]);
    // An analyst gets the organization's ids in its source systems, not its name (personal data, as in the directory).
    const acmeIds = [{ system: 'shop', value: 'ACME' }];
    expect(await groups('/analytics/revenue?by=organization')).toEqual([
      { ...revenue(acme, 1, 2, 1750, 0), externalIds: acmeIds },
      { ...revenue(null, 1, 1, 9000, 500), externalIds: [] },
    ]);
  });

  it("groups revenue by the manager and the region of the customer's owner at the time, without an owner's manager under null", async () => {
    expect(await groups('/analytics/revenue?by=manager')).toEqual([revenue('boss', 1, 1, 1500, 0, 'Bob Boss'), revenue(null, 2, 2, 9250, 500)]);
    expect(await groups('/analytics/revenue?by=region&format=json')).toEqual([revenue('East', 2, 2, 9250, 500), revenue('West', 1, 1, 1500, 0)]);
  });

  it('groups revenue by SKU over the lines, a purchase without lines under null', async () => {
    expect(await groups('/analytics/revenue?by=sku&currency=GBP')).toEqual([
      revenue('INK', 1, 1, 1000, 0),
      // The pens bob returned count against the SKU though he bought none here.
      revenue('PEN', 1, 2, 750, 500),
      revenue(null, 1, 1, 9000, 0),
    ]);
  });

  it('groups and filters revenue by the segments customers are members of now, and by lifecycle stage', async () => {
    expect(await groups('/analytics/revenue?by=segment')).toEqual([revenue(regulars, 1, 2, 1750, 0, 'segment 00000000'), revenue(null, 1, 1, 9000, 500)]);
    expect(await groups(`/analytics/revenue?by=month&segment=${regulars}`)).toEqual([revenue('2024-03', 1, 1, 1500, 0), revenue('2024-04', 1, 1, 250, 0)]);
    // The stage now: both last bought in 2024, so by today both have lapsed.
    expect(await groups('/analytics/revenue?by=lifecycle&from=2024-04-01')).toEqual([revenue('lost', 2, 2, 9250, 500)]);
  });

  it('groups deals by product, by the organization of their customer and by an attribute it has', async () => {
    const figures = (key: string | null, rank: number, won: number, lost: number, wonAmount: number[], name: string | null = null) => ({
      key,
      name,
      rank,
      opportunitiesOpened: won + lost,
      won,
      lost,
      winRate: won / (won + lost),
      wonAmount: wonAmount.map((minor) => cents('EUR', minor)),
      averageDaysToClose: won > 0 ? expect.any(Number) : null,
    });
    const closedBoth = figures(null, 1, 1, 0, [1000]);
    const pens = figures('Fountain pen', 2, 1, 1, [25_000]);
    expect(await groups('/analytics/deals?by=product')).toEqual([closedBoth, pens, figures('Ink', 3, 0, 1, [])]);
    const acmeIds = [{ system: 'shop', value: 'ACME' }];
    expect(await groups('/analytics/deals?by=organization')).toEqual([
      { ...closedBoth, externalIds: [] },
      { ...figures(acme, 2, 1, 2, [25_000]), externalIds: acmeIds },
    ]);
    expect(await groups('/analytics/deals?by=attribute:sector')).toEqual([figures(null, 1, 2, 0, [26_000]), figures('retail', 2, 0, 2, [])]);
    // Filtered by currency, a deal counts in its won amount's or, open or lost, its expected amount's.
    expect(await groups('/analytics/deals?by=product&currency=EUR')).toEqual([closedBoth, pens]);
    expect(await groups('/analytics/deals?by=organization&currency=USD')).toEqual([{ ...figures(acme, 1, 0, 1, []), externalIds: acmeIds }]);
    // Ann alone is a regular (two purchases): only her deal counts.
    expect(await groups(`/analytics/deals?by=owner&segment=${regulars}`)).toEqual([figures('rep', 1, 1, 0, [25_000], 'Rita Rep')]);
    const byOwner = await groups('/analytics/deals?by=owner&from=2024-02-06');
    expect(byOwner.map((line: { key: string; won: number; lost: number }) => [line.key, line.won, line.lost])).toEqual([
      ['rep2', 1, 0],
      ['rep', 0, 2],
    ]);
  });

  it('ranks customers by the value of the deals they won, their purchases in that currency beside it', async () => {
    const response = await api.get('/analytics/customers?measure=won-deals');
    expect(response.statusCode).toBe(200);
    const noPurchases = { revenue: cents('EUR', 0), margin: null, purchases: 0, cancellations: 0, returns: 0, complaints: 0, lastPurchaseAt: null };
    const rfm = { recencyDays: null, recency: null, frequency: null, monetary: null };
    expect(response.json().customers).toEqual([
      {
        rank: 1,
        customerId: ann,
        name: null,
        externalIds: [{ system: 'shop', value: 'A-1' }],
        currency: 'EUR',
        ...noPurchases,
        wonDeals: 1,
        wonAmount: cents('EUR', 25_000),
        rfm,
      },
      {
        rank: 2,
        customerId: bob,
        name: null,
        externalIds: [{ system: 'shop', value: 'B-2' }],
        currency: 'EUR',
        ...noPurchases,
        wonDeals: 1,
        wonAmount: cents('EUR', 1000),
        rfm,
      },
    ]);
    // The lost dollar deal wins nothing.
    expect((await api.get('/analytics/customers?measure=won-deals&currency=USD')).json().customers).toEqual([]);
    // Ranked by purchases, the buyers carry their won deals in the purchases' currency: none in pounds.
    const buyers = (await api.get('/analytics/customers')).json().customers;
    expect(buyers.map((line: { customerId: string; wonDeals: number; wonAmount: unknown }) => [line.customerId, line.wonDeals, line.wonAmount])).toEqual([
      [bob, 0, cents('GBP', 0)],
      [ann, 0, cents('GBP', 0)],
    ]);
  });

  it('names customers and organizations to admins, who may read personal data, and logs that read', async () => {
    const accessLog = () => api.db.selectFrom('access_log').selectAll().where('route', 'like', 'GET /analytics/%').orderBy('id').execute();
    const before = (await accessLog()).length;
    const customers = (await api.get('/analytics/customers?limit=1', 'analyst')).json().customers;
    expect(customers.map((line: { name: string | null }) => line.name)).toEqual([null]);
    expect(await accessLog()).toHaveLength(before);

    const named = await api.app.inject({
      method: 'GET',
      url: '/analytics/customers',
      headers: { 'x-api-key': api.keys.admin, 'x-access-reason': 'quarterly close' },
    });
    expect(named.json().customers.map((line: { customerId: string; name: string }) => [line.customerId, line.name])).toEqual([
      [bob, 'Bob Baker'],
      [ann, 'Ann Archer'],
    ]);
    const csv = (await api.get('/analytics/customers?format=csv', 'admin')).body.split('\r\n');
    expect(csv[0]).toMatch(/^rank,customerId,name,externalIds,currency,/);
    expect(csv[1]).toMatch(new RegExp(`^1,${bob},Bob Baker,shop:B-2,GBP,`));
    const organizations = (await api.get('/analytics/deals?by=organization', 'admin')).json().groups;
    expect(organizations.map((line: { key: string | null; name: string | null }) => [line.key, line.name])).toEqual([
      [null, null],
      [acme, 'Acme Ltd'],
    ]);
    const logged = (await accessLog()).slice(before);
    expect(logged.map((entry) => [entry.actor_role, entry.subject_kind, entry.route, entry.reason, entry.row_count])).toEqual([
      ['admin', 'directory', 'GET /analytics/customers', 'quarterly close', 2],
      ['admin', 'directory', 'GET /analytics/customers', null, 2],
      ['admin', 'directory', 'GET /analytics/deals', null, 1],
    ]);
  });

  it.each([
    ['/analytics/revenue?by=month&segment=big', 'segment', 'must be a segment id (a UUID)'],
    ['/analytics/deals?by=sku', 'by', 'must be owner, manager, region, product, organization or attribute:<name>'],
    ['/analytics/deals', 'by', 'must be owner, manager, region, product, organization or attribute:<name>'],
    ['/analytics/deals?by=owner&currency=usd', 'currency', 'must be an ISO 4217 currency code such as GBP'],
    ['/analytics/deals?by=owner&segment=big', 'segment', 'must be a segment id (a UUID)'],
    ['/analytics/customers?measure=deals', 'measure', 'must be purchases or won-deals'],
  ])('answers 400 to %s naming the field', async (url, field, reason) => {
    const response = await api.get(url);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ statusCode: 400, message: 'validation failed', errors: [{ field, reason }] });
  });
});
