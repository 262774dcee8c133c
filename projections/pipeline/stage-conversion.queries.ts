import type { ReadDatabase } from '#crm/read-store';
import type { Kysely } from 'kysely';
import { pipelineProjection } from './pipeline.projection.js';
import { dealOwnedBy, type DealFilter } from './pipeline.queries.js';
import type { DealStatus } from './pipeline.tables.js';

export type StageConversion = {
  stage: string;
  probability: number;
  defined: boolean;
  /** Deals that were ever in the stage. */
  entered: number;
  /** Of those, deals that went on from it to a later stage, or were won. */
  advanced: number;
  won: number;
  lost: number;
  /** advanced / entered; null when no deal entered. */
  conversionRate: number | null;
  /** won / (won + lost) of the deals that entered; null when none of them closed. */
  winRate: number | null;
  /** Stays that ended (the deal moved on, was won or lost). */
  completedStays: number;
  /** Mean length of the completed stays in days; null when none ended. */
  averageDaysInStage: number | null;
};

const DAY_MS = 86_400_000;

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * Per stage, how deals flow through it. Stages are ordered by probability (the board order breaks
 * ties): a later stage is one a deal is likelier to be won from, which holds for the default set and
 * for the stages imports write, wherever a definition puts them. A stay ends at the next move or at
 * the deal's close; open stays are not averaged, so a stage's days are those of deals that left it.
 */
export async function stageConversion(db: Kysely<ReadDatabase>, filter: Pick<DealFilter, 'ownerId' | 'visibleOwners'>): Promise<StageConversion[]> {
  const read = pipelineProjection.read(db);
  const stages = (await read.selectFrom('stage_probability').selectAll().execute()).sort(
    (a, b) => a.probability - b.probability || (a.position ?? Infinity) - (b.position ?? Infinity) || a.stage.localeCompare(b.stage),
  );
  const rank = new Map(stages.map((stage, index) => [stage.stage, index]));
  const stays = await read
    .selectFrom('deal_stage_change as change')
    .innerJoin('deal', 'deal.opportunity_id', 'change.opportunity_id')
    .select((eb) => [
      'change.opportunity_id as dealId',
      'change.to_stage as stage',
      'change.occurred_at as enteredAt',
      // A stay ends where the deal's next one begins, else at its close.
      eb.fn
        .coalesce(
          eb.fn.agg<Date | null>('lead', ['change.occurred_at']).over((over) => over.partitionBy('change.opportunity_id').orderBy('change.position')),
          'deal.closed_at',
        )
        .as('leftAt'),
      'deal.status as status',
    ])
    .where((eb) => dealOwnedBy(eb, filter))
    .orderBy('change.opportunity_id')
    .orderBy('change.position')
    .execute();

  type Tally = { entered: Set<string>; advanced: Set<string>; closed: Map<string, DealStatus>; stays: number; days: number };
  const tallies = new Map<string, Tally>();
  // A deal advanced from a stage when anything after a stay in it ranks higher, or it was won.
  const highestAfter = new Map<string, number>();
  for (const stay of [...stays].reverse()) {
    const tally = tallies.get(stay.stage) ?? { entered: new Set(), advanced: new Set(), closed: new Map(), stays: 0, days: 0 };
    tallies.set(stay.stage, tally);
    tally.entered.add(stay.dealId);
    if (stay.status !== 'open') tally.closed.set(stay.dealId, stay.status);
    const later = highestAfter.get(stay.dealId) ?? -1;
    if (stay.status === 'won' || later > (rank.get(stay.stage) ?? -1)) tally.advanced.add(stay.dealId);
    highestAfter.set(stay.dealId, Math.max(later, rank.get(stay.stage) ?? -1));
    if (stay.leftAt !== null) {
      tally.stays += 1;
      tally.days += (stay.leftAt.getTime() - stay.enteredAt.getTime()) / DAY_MS;
    }
  }
  return stages.flatMap((stage) => {
    const tally = tallies.get(stage.stage);
    if (stage.position === null && !tally) return [];
    const entered = tally?.entered.size ?? 0;
    const advanced = tally?.advanced.size ?? 0;
    const outcomes = [...(tally?.closed.values() ?? [])];
    const won = outcomes.filter((status) => status === 'won').length;
    const lost = outcomes.length - won;
    const completedStays = tally?.stays ?? 0;
    return [
      {
        stage: stage.stage,
        probability: stage.probability,
        defined: stage.position !== null,
        entered,
        advanced,
        won,
        lost,
        conversionRate: ratio(advanced, entered),
        winRate: ratio(won, won + lost),
        completedStays,
        averageDaysInStage: ratio(tally?.days ?? 0, completedStays),
      },
    ];
  });
}
