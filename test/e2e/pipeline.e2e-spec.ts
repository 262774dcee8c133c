import { ProjectionRunner } from '#crm/projection-runner';
import { pipelineProjection, staffProjection } from '#crm/projections';
import { startTestApp, type TestApp } from '#test/support/app';
import { projectionsCaughtUp } from '#test/support/last-appended-position';
import { cents } from '#test/support/money';
import { answersBreakingContract } from '#test/support/openapi-contract';

/**
 * The pipeline over HTTP: the stage definition, the deal list's filters (the team's among them),
 * one deal's history with a move back, the board, the forecast per currency with what was won,
 * and the conversion table, all read from the projection after the writes.
 */
describe('the pipeline over HTTP', () => {
  let api: TestApp;
  let projector: ProjectionRunner;
  const staff = { mona: '', rita: '', olga: '' };
  const deals = { ritaOpen: '', monaUsd: '', olgaBig: '', ritaWon: '', olgaLost: '' };
  let customerId: string;

  const post = (url: string, payload: object, role: 'operator' | 'admin' = 'operator') => api.request({ method: 'POST', url, payload, role });
  const get = (url: string, role: 'operator' | 'analyst' = 'analyst') => api.request({ method: 'GET', url, role });
  const defineStages = (stages: object[], role: 'admin' | 'operator' = 'admin') =>
    api.request({ method: 'PUT', url: '/pipeline/stages', payload: { stages }, role });
  const caughtUp = () => projectionsCaughtUp(projector, api.databases.readDb, [pipelineProjection, staffProjection]);
  const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);
  const open = async (ownerId: string, amount: number, currency: string, extra: object = {}) =>
    (await post('/opportunities', { customerId, interest: 'Fleet', expectedAmount: { amount, currency }, ownerId, ...extra })).json().id as string;

  beforeAll(async () => {
    api = await startTestApp('e2e_pipeline');
    const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
    projector = new ProjectionRunner({
      store: api.databases.eventStore,
      db: api.databases.readDb,
      projections: [pipelineProjection, staffProjection],
      logger: quiet,
    });
    await projector.start();
    // Rita reports to Mona: Mona's team is the two of them. Olga is on her own.
    staff.mona = (await post('/staff', { name: 'Mona Manager', email: 'mona@example.com' }, 'admin')).json().id;
    staff.rita = (await post('/staff', { name: 'Rita Rep', email: 'rita@example.com', managerId: staff.mona }, 'admin')).json().id;
    staff.olga = (await post('/staff', { name: 'Olga Other', email: 'olga@example.com' }, 'admin')).json().id;
    customerId = (await post('/customers', { kind: 'organization', name: 'Analytical Engines Ltd' })).json().id;

    deals.ritaOpen = await open(staff.rita, 100_000, 'EUR', { expectedCloseDate: '2027-03-10' });
    deals.monaUsd = await open(staff.mona, 40_000, 'USD', { expectedCloseDate: '2027-03-20', stage: 'proposal', probability: 30 });
    deals.olgaBig = await open(staff.olga, 200_000, 'EUR', { expectedCloseDate: '2027-04-05', stage: 'negotiation' });
    deals.ritaWon = await open(staff.rita, 50_000, 'EUR', { stage: 'proposal', occurredAt: '2026-11-01T09:00:00Z' });
    deals.olgaLost = await open(staff.olga, 10_000, 'EUR');
    // Forward, then back: two stays in qualification, one in proposal.
    await post(`/opportunities/${deals.ritaOpen}/stage`, { stage: 'proposal' });
    await post(`/opportunities/${deals.ritaOpen}/stage`, { stage: 'qualification' });
    await post(`/opportunities/${deals.ritaWon}/win`, { amount: 55_000, currency: 'EUR', occurredAt: '2026-11-20T10:00:00Z' });
    await post(`/opportunities/${deals.olgaLost}/lose`, { reason: 'budget' });
    await caughtUp();
  });

  afterAll(async () => {
    await projector?.stop();
    await api?.close();
  });

  it('refuses a bad stage definition with 400 naming the field, and non-admins with 403, appending nothing', async () => {
    const before = await api.eventCount();
    const tooLikely = await defineStages([{ stage: 'proposal', probability: 120 }]);
    expect(tooLikely.statusCode).toBe(400);
    expect(tooLikely.json().errors).toEqual([{ field: 'stages[0].probability', reason: expect.any(String) }]);
    const unknown = await defineStages([{ stage: 'closing', probability: 90 }]);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([{ field: 'stages[0].stage', reason: expect.stringContaining('qualification') }]);
    expect((await defineStages([])).statusCode).toBe(400);
    expect((await defineStages([{ stage: 'proposal', probability: 50 }], 'operator')).statusCode).toBe(403);
    expect(await api.eventCount()).toBe(before);
  });

  it('lists deals by stage, status, owner, team, customer and close date, a keyset page at a time', async () => {
    expect(ids((await get(`/opportunities?team=${staff.mona}&limit=10`)).json()).sort()).toEqual([deals.ritaOpen, deals.monaUsd, deals.ritaWon].sort());
    expect(ids((await get(`/opportunities?team=${staff.rita}`)).json()).sort()).toEqual([deals.ritaOpen, deals.ritaWon].sort());
    expect(ids((await get(`/opportunities?owner=${staff.olga}&status=open`)).json())).toEqual([deals.olgaBig]);
    expect(ids((await get('/opportunities?status=won')).json())).toEqual([deals.ritaWon]);
    expect(ids((await get('/opportunities?stage=proposal&status=open')).json())).toEqual([deals.monaUsd]);
    expect(ids((await get('/opportunities?closeFrom=2027-03-01&closeTo=2027-03-31')).json()).sort()).toEqual([deals.ritaOpen, deals.monaUsd].sort());
    expect(ids((await get(`/opportunities?customer=${customerId}`)).json())).toHaveLength(5);

    const first = (await get('/opportunities?limit=3')).json();
    const second = (await get(`/opportunities?limit=3&cursor=${first.nextCursor}`)).json();
    expect(second.nextCursor).toBeNull();
    const paged = [...first.items, ...second.items] as { id: string; openedAt: string }[];
    expect(paged.map((item) => item.id).sort()).toEqual(Object.values(deals).sort());
    const newestFirst = [...paged].sort((a, b) => b.openedAt.localeCompare(a.openedAt) || b.id.localeCompare(a.id));
    expect(paged).toEqual(newestFirst);
    // Opened back in November: the oldest.
    expect(paged.at(-1)!.id).toBe(deals.ritaWon);

    const bad = await get('/opportunities?team=mona&closeTo=March');
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((error: { field: string }) => error.field)
        .sort(),
    ).toEqual(['closeTo', 'team']);
  });

  it('gives one deal with its stage history, a move back included', async () => {
    const deal = (await get(`/opportunities/${deals.ritaOpen}`)).json();
    expect(deal).toMatchObject({ stage: 'qualification', status: 'open', probability: 10, ownProbability: false, expectedCloseDate: '2027-03-10' });
    expect(deal.stageHistory.map(({ from, to }: { from: string | null; to: string }) => [from, to])).toEqual([
      [null, 'qualification'],
      ['qualification', 'proposal'],
      ['proposal', 'qualification'],
    ]);
    expect((await get('/opportunities/7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11')).statusCode).toBe(404);
  });

  it('re-weighs the open deals when the stages are defined again, and keeps a stage left out on the board while it holds deals', async () => {
    const defined = await defineStages([
      { stage: 'qualification', probability: 20 },
      { stage: 'proposal', probability: 60 },
    ]);
    expect(defined.statusCode).toBe(200);
    expect(defined.json().events).toEqual([expect.objectContaining({ type: 'PipelineStagesDefined' })]);
    await caughtUp();

    const board = (await get('/pipeline/board')).json().stages;
    expect(board.map(({ stage, probability, defined, count, totals }: Record<string, unknown>) => ({ stage, probability, defined, count, totals }))).toEqual([
      { stage: 'qualification', probability: 20, defined: true, count: 1, totals: [{ currency: 'EUR', amount: cents('EUR', 100_000), weighted: cents('EUR', 20_000) }] },
      // Mona's deal keeps its own 30 %.
      { stage: 'proposal', probability: 60, defined: true, count: 1, totals: [{ currency: 'USD', amount: cents('USD', 40_000), weighted: cents('USD', 12_000) }] },
      // Negotiation is no longer defined; its deal weighs the fallback 75 %.
      { stage: 'negotiation', probability: 75, defined: false, count: 1, totals: [{ currency: 'EUR', amount: cents('EUR', 200_000), weighted: cents('EUR', 150_000) }] },
    ]);
    expect((await get(`/pipeline/board?team=${staff.mona}`)).json().stages.map((column: { count: number }) => column.count)).toEqual([1, 1]);
    // The same definition again records nothing.
    expect(
      (
        await defineStages([
          { stage: 'qualification', probability: 20 },
          { stage: 'proposal', probability: 60 },
        ])
      ).json().events,
    ).toEqual([]);
  });

  it('forecasts per currency by month, owner or stage, weighted and not, beside what was won', async () => {
    const byMonth = (await get('/pipeline/forecast?by=month')).json();
    expect(byMonth).toEqual({
      by: ['month'],
      open: [
        { month: '2027-03', currency: 'EUR', count: 1, amount: cents('EUR', 100_000), weighted: cents('EUR', 20_000) },
        { month: '2027-03', currency: 'USD', count: 1, amount: cents('USD', 40_000), weighted: cents('USD', 12_000) },
        { month: '2027-04', currency: 'EUR', count: 1, amount: cents('EUR', 200_000), weighted: cents('EUR', 150_000) },
      ],
      won: [{ month: '2026-11', currency: 'EUR', count: 1, amount: cents('EUR', 55_000) }],
    });
    const byOwner = (await get(`/pipeline/forecast?by=owner&team=${staff.mona}`)).json();
    expect(byOwner.open).toEqual(
      expect.arrayContaining([
        { ownerId: staff.rita, currency: 'EUR', count: 1, amount: cents('EUR', 100_000), weighted: cents('EUR', 20_000) },
        { ownerId: staff.mona, currency: 'USD', count: 1, amount: cents('USD', 40_000), weighted: cents('USD', 12_000) },
      ]),
    );
    expect(byOwner.open).toHaveLength(2);
    expect(byOwner.won).toEqual([{ ownerId: staff.rita, currency: 'EUR', count: 1, amount: cents('EUR', 55_000) }]);
    const byStage = (await get('/pipeline/forecast?by=stage')).json();
    expect(byStage.won).toEqual([{ stage: 'won', currency: 'EUR', count: 1, amount: cents('EUR', 55_000) }]);
    expect(byStage.open.map((row: { stage: string; currency: string }) => `${row.stage} ${row.currency}`).sort()).toEqual([
      'negotiation EUR',
      'proposal USD',
      'qualification EUR',
    ]);
    const bad = await get('/pipeline/forecast?by=week');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ field: 'by', reason: expect.stringContaining('month') }]);
  });

  it('gives per stage the deals that entered, went on and were won, and the days of the stays that ended', async () => {
    const stages: Record<string, { entered: number; advanced: number; won: number; lost: number; completedStays: number }> = Object.fromEntries(
      (await get('/pipeline/conversion')).json().stages.map((row: { stage: string }) => [row.stage, row]),
    );
    // Qualification: Rita's open deal (in it twice, counted once) and Olga's lost one; the open one went on to proposal.
    expect(stages.qualification).toMatchObject({ entered: 2, advanced: 1, won: 0, lost: 1, winRate: 0, completedStays: 2 });
    // Proposal: Mona's open deal, Rita's stay before moving back, and the deal won from it.
    expect(stages.proposal).toMatchObject({ entered: 3, advanced: 1, won: 1, lost: 0, winRate: 1, completedStays: 2 });
    expect((await get(`/pipeline/conversion?team=${staff.olga}`)).json().stages.find((row: { stage: string }) => row.stage === 'qualification')).toMatchObject({
      entered: 1,
      lost: 1,
    });
  });

  it('answered everything as the OpenAPI document says', async () => {
    expect(await answersBreakingContract(api)).toEqual([]);
  });
});
