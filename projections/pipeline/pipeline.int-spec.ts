import { defaultPipelineId, type OpportunityEvent, type PipelineEvent } from '#crm/domain';
import { projectionSchema } from '#crm/projection-runner';
import { createReadDb, type ReadDatabase } from '#crm/read-store';
import type { Kysely } from 'kysely';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { buildTwice } from '../shared/testing/incremental-vs-rebuild.js';
import { applyInBatches, freshSchema } from '../shared/testing/projection-harness.js';
import { TestLog } from '../shared/testing/test-log.js';
import { pipelineProjection } from './pipeline.projection.js';
import { dealById, dealPage, pipelineBoard, pipelineForecast } from './pipeline.queries.js';
import { stageConversion } from './stage-conversion.queries.js';

const ann = '3f1c9a7e-2b4d-4e6f-8a0b-1c2d3e4f5a6b';
const rep = '0b6e2a4e-5d8f-4c1a-9a7e-1f2d3c4b5a69';
const other = '9e8d7c6b-5a49-4837-a625-14f3e2d1c0b9';
const deal = (n: number) => `c1d2e3f4-a5b6-4c7d-8e9f-a0b1c2d3e4f${n}`;
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));

const opened = (n: number, amount: number, extra: Partial<Extract<OpportunityEvent, { type: 'OpportunityOpened' }>['data']> = {}): OpportunityEvent => ({
  type: 'OpportunityOpened',
  data: {
    opportunityId: deal(n),
    customerId: ann,
    occurredAt: day(n).toISOString(),
    interest: `Deal ${n}`,
    expectedAmount: { amount, currency: 'EUR' },
    ownerId: rep,
    stage: 'qualification',
    ...extra,
  },
});
const moved = (n: number, from: 'qualification' | 'proposal', to: 'proposal' | 'negotiation', probability?: number): OpportunityEvent => ({
  type: 'OpportunityStageChanged',
  data: { opportunityId: deal(n), customerId: ann, occurredAt: day(10 + n).toISOString(), from, to, ...(probability === undefined ? {} : { probability }) },
});
const history: (OpportunityEvent | PipelineEvent)[] = [
  opened(1, 100_000, { expectedCloseDate: '2026-03-15' }),
  opened(2, 200_000, { expectedCloseDate: '2026-03-31', ownerId: other, product: 'Roof kit' }),
  opened(3, 50_000, { stage: 'prospecting', probability: 30 }),
  moved(1, 'qualification', 'proposal'),
  opened(4, 70_000),
  { type: 'OpportunityWon', data: { opportunityId: deal(4), customerId: ann, occurredAt: day(20).toISOString(), amount: 65_000, currency: 'EUR' } },
  moved(2, 'qualification', 'proposal', 40),
  {
    type: 'PipelineStagesDefined',
    data: {
      pipelineId: defaultPipelineId,
      occurredAt: day(21).toISOString(),
      stages: [
        { stage: 'qualification', probability: 20 },
        { stage: 'proposal', probability: 60 },
      ],
    },
  },
  opened(5, 10_000),
  { type: 'OpportunityLost', data: { opportunityId: deal(5), customerId: ann, occurredAt: day(22).toISOString(), reason: 'budget' } },
];

describe('pipeline projection', () => {
  let database: TestDatabase;
  let db: Kysely<ReadDatabase>;
  const schema = projectionSchema('pipeline');
  const log = new TestLog();
  const recorded = history.map((event, index) => log.record(event, day(index)));

  beforeAll(async () => {
    database = await createTestDatabase('pipeline');
    db = createReadDb(database.url);
    await freshSchema(db, pipelineProjection, schema);
    await applyInBatches(db, pipelineProjection, schema, recorded, [3, 7]);
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('builds the same tables live and in a rebuild', async () => {
    const steps = history.map((event, index) => ({ event, recordedAt: day(index), sweepBefore: false }));
    const tables = [
      { name: 'deal', orderBy: ['opportunity_id'] },
      { name: 'deal_stage_change', orderBy: ['opportunity_id', 'position'] },
      { name: 'stage_probability', orderBy: ['stage'] },
    ];
    const { incremental, rebuilt } = await buildTwice(db, pipelineProjection, tables, steps, [1, 4, 8]);
    expect(incremental).toEqual(rebuilt);
  });

  it('lists deals newest first with filters and keyset pages, and one deal with its stage history', async () => {
    const first = await dealPage(db, { limit: 2 });
    expect(first.items.map((item) => item.id)).toEqual([deal(5), deal(4)]);
    const second = await dealPage(db, { limit: 2, cursor: [first.items[1]!.openedAt.toISOString(), deal(4)] });
    expect(second.items.map((item) => item.id)).toEqual([deal(3), deal(2)]);
    expect((await dealPage(db, { limit: 10, status: 'open', closeFrom: '2026-03-01', closeTo: '2026-03-20' })).items.map((item) => item.id)).toEqual([deal(1)]);
    expect((await dealPage(db, { limit: 10, visibleOwners: [other] })).items.map((item) => item.id)).toEqual([deal(2)]);
    expect((await dealPage(db, { limit: 10, visibleOwners: [] })).items).toEqual([]);
    expect(await dealById(db, deal(1))).toMatchObject({
      stage: 'proposal',
      probability: 60,
      ownProbability: false,
      stageHistory: [
        { from: null, to: 'qualification', occurredAt: day(1) },
        { from: 'qualification', to: 'proposal', occurredAt: day(11) },
      ],
    });
    expect(await dealById(db, deal(4))).toMatchObject({ status: 'won', probability: 100, won: { amount: 65_000, currency: 'EUR' } });
    expect(await dealById(db, deal(9))).toBeNull();
  });

  it('sums the board by stage: defined stages in order, then an undefined one holding deals', async () => {
    const board = await pipelineBoard(db, {});
    expect(board.map(({ stage, probability, defined, count, totals }) => ({ stage, probability, defined, count, totals }))).toEqual([
      { stage: 'qualification', probability: 20, defined: true, count: 0, totals: [] },
      { stage: 'proposal', probability: 60, defined: true, count: 2, totals: [{ currency: 'EUR', amount: 300_000, weighted: 60_000 + 80_000 }] },
      { stage: 'prospecting', probability: 5, defined: false, count: 1, totals: [{ currency: 'EUR', amount: 50_000, weighted: 15_000 }] },
    ]);
  });

  it('forecasts amount × probability by close month and owner, and what was won', async () => {
    expect(await pipelineForecast(db, { by: ['month', 'owner'] })).toEqual({
      by: ['month', 'owner'],
      open: [
        { month: '2026-03', ownerId: rep, currency: 'EUR', count: 1, amount: 100_000, weighted: 60_000 },
        { month: '2026-03', ownerId: other, currency: 'EUR', count: 1, amount: 200_000, weighted: 80_000 },
        { month: null, ownerId: rep, currency: 'EUR', count: 1, amount: 50_000, weighted: 15_000 },
      ].sort((a, b) => (a.month ?? '9999').localeCompare(b.month ?? '9999') || a.ownerId.localeCompare(b.ownerId)),
      won: [{ month: '2026-01', ownerId: rep, currency: 'EUR', count: 1, amount: 65_000 }],
    });
  });

  it('forecasts by stage, what was won under "won"', async () => {
    expect(await pipelineForecast(db, { by: ['stage'] })).toEqual({
      by: ['stage'],
      open: [
        { stage: 'proposal', currency: 'EUR', count: 2, amount: 300_000, weighted: 60_000 + 80_000 },
        { stage: 'prospecting', currency: 'EUR', count: 1, amount: 50_000, weighted: 15_000 },
      ],
      won: [{ stage: 'won', currency: 'EUR', count: 1, amount: 65_000 }],
    });
  });

  it('gives per stage the deals that entered and went on, conversion and win rates, and the days of the stays that ended', async () => {
    const days = (...stays: number[]) => stays.reduce((sum, stay) => sum + stay, 0) / stays.length;
    expect(await stageConversion(db, {})).toEqual([
      // Deal 3 opened here with its own 30 %: the stage still weighs its fallback 5 % in the order.
      {
        stage: 'prospecting',
        probability: 5,
        defined: false,
        entered: 1,
        advanced: 0,
        won: 0,
        lost: 0,
        conversionRate: 0,
        winRate: null,
        completedStays: 0,
        averageDaysInStage: null,
      },
      // Deals 1 and 2 moved on to proposal after 10 days, 4 was won after 16, 5 lost after 17.
      {
        stage: 'qualification',
        probability: 20,
        defined: true,
        entered: 4,
        advanced: 3,
        won: 1,
        lost: 1,
        conversionRate: 0.75,
        winRate: 0.5,
        completedStays: 4,
        averageDaysInStage: days(10, 10, 16, 17),
      },
      {
        stage: 'proposal',
        probability: 60,
        defined: true,
        entered: 2,
        advanced: 0,
        won: 0,
        lost: 0,
        conversionRate: 0,
        winRate: null,
        completedStays: 0,
        averageDaysInStage: null,
      },
    ]);
    expect((await stageConversion(db, { ownerId: other })).map((stage) => [stage.stage, stage.entered])).toEqual([
      ['qualification', 1],
      ['proposal', 1],
    ]);
  });

  it('counts a deal that moved back and then won as advancing from every stage it was in, each stay apart', async () => {
    const third = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';
    const move = (from: 'qualification' | 'proposal', to: 'qualification' | 'proposal', at: number): OpportunityEvent => ({
      type: 'OpportunityStageChanged',
      data: { opportunityId: deal(7), customerId: ann, occurredAt: day(at).toISOString(), from, to },
    });
    const won: OpportunityEvent = {
      type: 'OpportunityWon',
      data: { opportunityId: deal(7), customerId: ann, occurredAt: day(24).toISOString(), amount: 900, currency: 'EUR' },
    };
    const events = [opened(7, 1_000, { ownerId: third }), move('qualification', 'proposal', 17), move('proposal', 'qualification', 20), won];
    await applyInBatches(
      db,
      pipelineProjection,
      schema,
      events.map((event) => log.record(event, day(30))),
    );
    expect(
      (await stageConversion(db, { ownerId: third })).map(({ stage, entered, advanced, won, completedStays, averageDaysInStage }) => [
        stage,
        entered,
        advanced,
        won,
        completedStays,
        averageDaysInStage,
      ]),
    ).toEqual([
      ['qualification', 1, 1, 1, 2, (10 + 4) / 2],
      ['proposal', 1, 1, 1, 1, 3],
    ]);
  });

  it('follows an edit of an open deal: owner, amount and close date; a closed deal stays as it closed', async () => {
    const fourth = '6b5c4d3e-2f1a-4b0c-9d8e-7f6a5b4c3d2e';
    const edit = (n: number, changes: Extract<OpportunityEvent, { type: 'OpportunityUpdated' }>['data']['changes']): OpportunityEvent => ({
      type: 'OpportunityUpdated',
      data: { opportunityId: deal(n), customerId: ann, occurredAt: day(40).toISOString(), changes },
    });
    const events = [
      opened(8, 2_000),
      edit(8, { ownerId: fourth, expectedAmount: { amount: 3_000, currency: 'EUR' }, expectedCloseDate: '2026-05-01' }),
      edit(4, { ownerId: fourth }),
    ];
    await applyInBatches(
      db,
      pipelineProjection,
      schema,
      events.map((event) => log.record(event, day(40))),
    );
    expect(await dealById(db, deal(8))).toMatchObject({ ownerId: fourth, expectedAmount: { amount: 3_000, currency: 'EUR' }, expectedCloseDate: '2026-05-01' });
    expect(await dealById(db, deal(4))).toMatchObject({ ownerId: rep, status: 'won' });
  });

  it('keeps every stage change of a deal whose events were appended together, sharing one commit position', async () => {
    const [open, move] = [opened(6, 5_000), moved(6, 'qualification', 'proposal')].map((event) => log.record(event, day(30)));
    const together = [open!, { ...move!, position: { commit: open!.position.commit, prepare: move!.position.prepare } }];
    await applyInBatches(db, pipelineProjection, schema, together);
    expect((await dealById(db, deal(6)))?.stageHistory.map((change) => change.to)).toEqual(['qualification', 'proposal']);
  });
});
