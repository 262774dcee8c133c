import { analyticsProjection } from '../../../../projections/analytics/index.js';
import { appendLog } from '../../../../projections/analytics/testing/append-log.js';
import { EventLog } from '../../../../projections/analytics/testing/recorded-events.js';
import { sql } from 'kysely';
import { eventually } from '#test/support/eventually';
import { money } from '#test/support/money';
import { AnalyticsModule } from './analytics.module.js';
import { startReadModelTestApp, type ReadModelTestApp } from './testing/read-model-test-app.js';

const ann = '00000000-0000-4000-8000-0000000000a1';
const bob = '00000000-0000-4000-8000-0000000000b2';
const cy = '00000000-0000-4000-8000-0000000000c3';

describe('GET /analytics/*', () => {
  let api: ReadModelTestApp;
  let bobsPurchase: ReturnType<EventLog['purchase']>;

  beforeAll(async () => {
    api = await startReadModelTestApp('analytics_http', [AnalyticsModule], [analyticsProjection]);
    const log = new EventLog();
    log.staff('boss', '2024-01-01T00:00:00Z', null, 'West');
    log.staff('rep', '2024-01-01T00:00:00Z', 'boss', 'West');
    log.customer(ann, '2024-01-01T00:00:00Z', { ownerId: 'rep' });
    log.customer(bob, '2024-01-01T00:00:00Z', { ownerId: 'rep' });
    log.touch('PromotionSent', ann, '2024-03-01T10:00:00Z', { campaignId: 'spring', promotionId: 'p1' });
    log.touch('PromotionAnswered', ann, '2024-03-02T10:00:00Z', { campaignId: 'spring', promotionId: 'p1', response: 'accepted' });
    // 2024-03-10 is a Sunday; 23:30 UTC is still Sunday in London (GMT) but Monday 08:30 in Tokyo.
    log.purchase(ann, '2024-03-10T23:30:00Z', 4000, { cost: 1000 });
    bobsPurchase = log.purchase(bob, '2024-04-10T12:00:00Z', 9000, { cost: 3000 });
    // Cy only brings goods back (an order from before the CRM): a returner, not a buyer. Friday 10:00 in London.
    log.customer(cy, '2024-04-01T00:00:00Z', { attributes: { country: 'EIRE' } });
    log.touch('ReturnRecorded', cy, '2024-04-12T09:00:00Z', { returnId: 'c1', orderId: null, lines: [], amount: 500, currency: 'GBP' });
    log.touch('ComplaintFiled', bob, '2024-04-11T12:00:00Z', { complaintId: 'k', category: 'late', severity: 'high' });
    log.deal('OpportunityOpened', 'd1', ann, '2024-02-01T00:00:00Z', {
      ownerId: 'rep',
      interest: 'x',
      stage: 'prospecting',
      expectedAmount: { amount: 1, currency: 'EUR' },
    });
    log.deal('OpportunityWon', 'd1', ann, '2024-02-05T09:15:00Z', { amount: 25_000, currency: 'EUR' });
    await appendLog(api.store, log.events);
    await api.caughtUp();
  });

  afterAll(() => api.close());

  it('ranks salespeople and totals them per manager and region', async () => {
    const response = await api.get('/analytics/salespeople');
    expect(response.statusCode).toBe(200);
    const figures = { rank: 1, touches: 5, callSeconds: 0, opportunitiesOpened: 1, won: 1, lost: 0, winRate: 1, wonAmount: [money('EUR', '250.00')], averageDaysToClose: 4.39 };
    expect(response.json()).toEqual({
      // Names come from the staff projection, which this app does not run.
      salespeople: [{ staffId: 'rep', staffName: null, ...figures }],
      managers: [{ managerId: 'boss', managerName: null, ...figures }],
      regions: [{ region: 'West', ...figures }],
    });
  });

  it('ranks customers by revenue or margin with RFM scores', async () => {
    const response = await api.get('/analytics/customers?sort=margin&recencyAt=2024-04-20');
    expect(response.statusCode).toBe(200);
    expect(response.json().customers).toEqual([
      {
        rank: 1,
        customerId: bob,
        name: null,
        externalIds: [],
        currency: 'GBP',
        revenue: { currency: 'GBP', minor: 9000, amount: '90.00' },
        margin: money('GBP', '60.00'),
        purchases: 1,
        cancellations: 0,
        returns: 0,
        complaints: 1,
        wonDeals: 0,
        wonAmount: money('GBP', '0.00'),
        lastPurchaseAt: '2024-04-10T12:00:00.000Z',
        // One purchase each: the tie shares the lowest frequency score.
        rfm: { recencyDays: 10, recency: 3, frequency: 1, monetary: 3 },
      },
      expect.objectContaining({ rank: 2, customerId: ann, revenue: money('GBP', '40.00'), margin: money('GBP', '30.00'), rfm: { recencyDays: 41, recency: 1, frequency: 1, monetary: 1 } }),
    ]);
    const limited = await api.get('/analytics/customers?limit=1&from=2024-04-01');
    expect(limited.json().customers.map((line: { customerId: string }) => line.customerId)).toEqual([bob]);
    expect(limited.json()).toMatchObject({ buyers: { GBP: 1 }, returners: { GBP: 1 } });
    expect((await api.get('/analytics/customers?from=2024-03-01')).json()).toMatchObject({ buyers: { GBP: 2 }, returners: { GBP: 1 } });
  });

  it('counts sales and won deals by weekday, hour and month in the asked time zone', async () => {
    const london = (await api.get('/analytics/timing?tz=Europe/London')).json();
    expect(london.timeZone).toBe('Europe/London');
    const sale = (amount: string) => ({ purchases: 1, grossSales: [money('GBP', amount)], returns: [money('GBP', '0.00')], revenue: [money('GBP', amount)], wonDeals: 0, wonAmount: [] });
    const returned = { purchases: 0, grossSales: [money('GBP', '0.00')], returns: [money('GBP', '5.00')], revenue: [money('GBP', '-5.00')], wonDeals: 0, wonAmount: [] };
    const won = { purchases: 0, grossSales: [], returns: [], revenue: [], wonDeals: 1, wonAmount: [money('EUR', '250.00')] };
    expect(london.byWeekdayHour).toContainEqual({ weekday: 7, hour: 23, ...sale('40.00') });
    // 12:00 UTC on 10 April is 13:00 in London, on summer time.
    expect(london.byWeekdayHour).toContainEqual({ weekday: 3, hour: 13, ...sale('90.00') });
    expect(london.byMonth).toEqual([
      { month: '2024-02', ...won },
      { month: '2024-03', ...sale('40.00') },
      { month: '2024-04', purchases: 1, grossSales: [money('GBP', '90.00')], returns: [money('GBP', '5.00')], revenue: [money('GBP', '85.00')], wonDeals: 0, wonAmount: [] },
    ]);
    // 2024-02-05 09:15 UTC, the deal won, is a Monday at 09:00 in London.
    expect(london.byWeekday).toEqual([
      { weekday: 1, ...won },
      { weekday: 3, ...sale('90.00') },
      { weekday: 5, ...returned },
      { weekday: 7, ...sale('40.00') },
    ]);
    expect(london.byHour).toEqual([
      { hour: 9, ...won },
      { hour: 10, ...returned },
      { hour: 13, ...sale('90.00') },
      { hour: 23, ...sale('40.00') },
    ]);
    const tokyo = (await api.get('/analytics/timing?tz=Asia/Tokyo&to=2024-04-01')).json();
    expect(tokyo.byWeekdayHour).toContainEqual({ weekday: 1, hour: 8, ...sale('40.00') });
  });

  it('attributes purchases to campaigns within the window', async () => {
    const inWindow = (await api.get('/analytics/campaigns')).json();
    expect(inWindow).toEqual({
      windowDays: 14,
      campaigns: [
        {
          campaignId: 'spring',
          // Not sent from here (POST /campaigns), so it has no name but its id.
          campaignName: null,
          sent: 1,
          customersReached: 1,
          answered: 1,
          responses: { opened: 0, clicked: 0, accepted: 1, declined: 0 },
          attributedPurchases: 1,
          attributedRevenue: [money('GBP', '40.00')],
        },
      ],
    });
    const short = (await api.get('/analytics/campaigns?windowDays=7')).json();
    expect(short.campaigns[0]).toMatchObject({ attributedPurchases: 0, attributedRevenue: [] });
  });

  it('groups revenue by month, weekday, hour or the attribute the customer had at the time', async () => {
    const byCountry = (await api.get('/analytics/revenue?by=attribute:country&currency=GBP')).json();
    expect(byCountry).toEqual({
      by: 'attribute:country',
      timeZone: 'UTC',
      groups: [
        { key: 'EIRE', name: null, currency: 'GBP', customers: 0, purchases: 0, grossSales: money('GBP', '0.00'), returns: money('GBP', '5.00'), revenue: money('GBP', '-5.00') },
        { key: null, name: null, currency: 'GBP', customers: 2, purchases: 2, grossSales: money('GBP', '130.00'), returns: money('GBP', '0.00'), revenue: money('GBP', '130.00') },
      ],
    });
    const byMonth = (await api.get('/analytics/revenue?by=month&tz=Europe/London&from=2024-04-01')).json();
    expect(byMonth.groups).toEqual([
      { key: '2024-04', name: null, currency: 'GBP', customers: 1, purchases: 1, grossSales: money('GBP', '90.00'), returns: money('GBP', '5.00'), revenue: money('GBP', '85.00') },
    ]);
    // In London: ann's purchase on Sunday at 23:00 (GMT), bob's on Wednesday at 13:00 (BST), cy's return on Friday at 10:00.
    const figures = (key: string, purchases: number, grossSales: string, returns: string, revenue: string) => ({
      key,
      name: null,
      currency: 'GBP',
      customers: purchases,
      purchases,
      grossSales: money('GBP', grossSales),
      returns: money('GBP', returns),
      revenue: money('GBP', revenue),
    });
    const by = async (grouping: string) => (await api.get(`/analytics/revenue?by=${grouping}&tz=Europe/London`)).json().groups;
    expect(await by('weekday')).toEqual([figures('3', 1, '90.00', '0.00', '90.00'), figures('5', 0, '0.00', '5.00', '-5.00'), figures('7', 1, '40.00', '0.00', '40.00')]);
    expect(await by('hour')).toEqual([figures('10', 0, '0.00', '5.00', '-5.00'), figures('13', 1, '90.00', '0.00', '90.00'), figures('23', 1, '40.00', '0.00', '40.00')]);
  });

  it('answers every report as CSV, amounts in decimals under a header naming the currency', async () => {
    const revenue = await api.get('/analytics/revenue?by=attribute:country&currency=GBP&format=csv');
    expect(revenue.statusCode).toBe(200);
    expect(revenue.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(revenue.body).toBe(
      [
        'key,name,currency,customers,purchases,grossSales GBP,returns GBP,revenue GBP',
        'EIRE,,GBP,0,0,0.00,5.00,-5.00',
        ',,GBP,2,2,130.00,0.00,130.00',
        '',
      ].join('\r\n'),
    );
    const sales = await api.app.inject({ method: 'GET', url: '/analytics/salespeople', headers: { 'x-api-key': api.keys.analyst, accept: 'text/csv' } });
    expect(sales.body).toBe(
      [
        'section,staffId,staffName,rank,touches,callSeconds,opportunitiesOpened,won,lost,winRate,wonAmount EUR,averageDaysToClose,managerId,managerName,region',
        'salespeople,rep,,1,5,0,1,1,0,1,250.00,4.39,,,',
        'managers,,,1,5,0,1,1,0,1,250.00,4.39,boss,,',
        'regions,,,1,5,0,1,1,0,1,250.00,4.39,,,West',
        '',
      ].join('\r\n'),
    );
    const customers = (await api.get('/analytics/customers?sort=margin&recencyAt=2024-04-20&format=csv')).body.split('\r\n');
    expect(customers[0]).toBe(
      'rank,customerId,name,externalIds,currency,revenue GBP,margin GBP,purchases,cancellations,returns,complaints,wonDeals,wonAmount GBP,lastPurchaseAt,rfm.recencyDays,rfm.recency,rfm.frequency,rfm.monetary',
    );
    expect(customers[1]).toBe(`1,${bob},,,GBP,90.00,60.00,1,0,0,1,0,0.00,2024-04-10T12:00:00.000Z,10,3,1,3`);
    for (const report of ['timing?tz=Europe/London', 'campaigns', 'deals?by=product']) {
      const response = await api.get(`/analytics/${report}${report.includes('?') ? '&' : '?'}format=csv`);
      expect([report, response.statusCode, response.headers['content-type']]).toEqual([report, 200, 'text/csv; charset=utf-8']);
    }
    expect((await api.get('/analytics/timing?format=csv')).body).toMatch(/^section,weekday,hour,purchases,grossSales GBP,returns GBP,revenue GBP,wonDeals,wonAmount EUR,month\r\n/);
  });

  it.each([
    ['/analytics/revenue?by=colour', 'by', 'must be month, weekday, hour, owner, manager, region, organization, sku, segment, lifecycle or attribute:<name>'],
    // This app runs the analytics projection alone.
    ['/analytics/revenue?by=segment', 'by', 'cannot be used: segments are not projected here'],
    [`/analytics/revenue?by=month&segment=${ann}`, 'segment', 'cannot be used: segments are not projected here'],
    [`/analytics/deals?by=owner&segment=${ann}`, 'segment', 'cannot be used: segments are not projected here'],
    ['/analytics/revenue?by=lifecycle', 'by', 'cannot be lifecycle: lifecycle stages are not projected here'],
    ['/analytics/timing?tz=Mars/Olympus', 'tz', 'must be an IANA time zone such as Europe/London'],
    ['/analytics/salespeople?from=yesterday', 'from', expect.stringContaining('must be a date')],
    ['/analytics/salespeople?to=2024-01-01T10:00:00', 'to', expect.stringContaining('with an offset')],
    ['/analytics/customers?recencyAt=2024-02-30', 'recencyAt', expect.stringContaining('must be a date')],
    ['/analytics/customers?from=2024-05-01&to=2024-04-01', 'to', 'must be after from'],
    ['/analytics/customers?limit=0', 'limit', 'must be a whole number from 1 to 10000'],
    ['/analytics/customers?sort=profit', 'sort', 'must be revenue or margin'],
    ['/analytics/campaigns?windowDays=two', 'windowDays', 'must be a whole number of days from 1 to 365'],
    ['/analytics/campaigns?window=3', 'window', 'should not exist'],
    ['/analytics/timing?format=xlsx', 'format', 'must be one of json, ndjson, csv'],
    ['/analytics/timing?asOf=2026-02-30', 'asOf', expect.stringContaining('must be a date')],
  ])('answers 400 to %s naming the field', async (url, field, reason) => {
    const response = await api.get(url);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ statusCode: 400, message: 'validation failed', errors: [{ field, reason }] });
  });

  it('answers as of a recorded time exactly what it answered then: a late purchase and a void recorded since are left out', async () => {
    const urls = ['/analytics/revenue?by=month', '/analytics/customers', '/analytics/salespeople', '/analytics/timing'];
    const before = await Promise.all(urls.map(async (url) => (await api.get(url)).json()));
    // On the log's clock, not the test's: a millisecond after the last event recorded so far, and
    // what follows recorded only once the server's clock has passed it.
    const { rows } = await sql<{ last: Date }>`select max(recorded_at) as last from events`.execute(api.db);
    const asOf = new Date(rows[0]!.last.getTime() + 1).toISOString();
    await eventually(async () => (await sql<{ past: boolean }>`select clock_timestamp() > ${asOf}::timestamptz as past`.execute(api.db)).rows[0]!.past, 1_000, () => 'the server clock never passed asOf');
    const later = new EventLog();
    // Entered today, happened in March 2024: a late purchase; and Bob's April purchase voided.
    later.purchase(ann, '2024-03-20T10:00:00Z', 1500);
    const { personal: _personal, ...voided } = bobsPurchase.data as Record<string, unknown>;
    later.touch('TouchVoided', bob, new Date().toISOString(), { touchEventId: bobsPurchase.id, voided: { type: 'PurchaseRecorded', data: voided }, personal: { reason: 'wrong customer' } });
    await appendLog(api.store, later.events);
    await api.caughtUp();

    const now = await Promise.all(urls.map(async (url) => (await api.get(url)).json()));
    const then = await Promise.all(urls.map(async (url) => (await api.get(`${url}${url.includes('?') ? '&' : '?'}asOf=${asOf}`)).json()));
    expect(then).toEqual(before);
    expect(now[0]).not.toEqual(before[0]);
    expect(now[0].groups).toEqual(expect.arrayContaining([expect.objectContaining({ key: '2024-03', purchases: 2 })]));
  });

  it('is for analysts and admins only', async () => {
    expect((await api.get('/analytics/customers', 'operator')).statusCode).toBe(403);
    expect((await api.get('/analytics/customers', 'compliance')).statusCode).toBe(403);
    expect((await api.get('/analytics/customers', 'admin')).statusCode).toBe(200);
    expect((await api.app.inject({ method: 'GET', url: '/analytics/customers' })).statusCode).toBe(401);
  });
});
