import { sql, type Kysely } from 'kysely';
import { emptyFacts, type CustomerFacts } from './customer-facts.js';
import type { SegmentRule } from '#crm/domain';
import type { ForecastFitModel } from '#crm/read-store';
import type { SegmentForecast } from './evaluate-rule.js';
import { groupBy } from '../shared/group-by.js';
import { MergedCustomers } from './merged-customers.js';
import { readsForecast } from './rule-facts.js';
import type { SegmentsTables } from './segments.tables.js';

export interface SegmentDefinition {
  segmentId: string;
  rule: SegmentRule;
  factGroups: string[];
  timeRelative: boolean;
  /** Null once the segment was evaluated over every customer known at its definition; else the last customer id it was. */
  evaluatedThrough: string | null;
}

export type MembershipChange = { segmentId: string; customerId: string; at: Date; entered: boolean };

/** Changes applied by one set of statements: three arrays of parameters, however many. */
const CHANGES_PER_STATEMENT = 5000;

/** The changes as rows `c (segment_id, customer_id, at)` to join the stays to. */
function changeRows(changes: MembershipChange[]) {
  const segments = changes.map((change) => change.segmentId);
  const customers = changes.map((change) => change.customerId);
  const instants = changes.map((change) => change.at.toISOString());
  return sql<{ segment_id: string; customer_id: string; at: Date }>`
    (select * from unnest(${segments}::text[], ${customers}::text[], ${instants}::timestamptz[]) as c (segment_id, customer_id, at))`.as('c');
}

/** The reads and writes of the segments projection, inside its batch transaction. */
export class SegmentStore {
  constructor(private readonly db: Kysely<SegmentsTables>) {}

  async clock(): Promise<number> {
    const row = await this.db.selectFrom('segment_clock').select('now').where('id', '=', 1).executeTakeFirst();
    return row ? row.now.getTime() : 0;
  }

  /**
   * The forecast fit in force (public.forecast_fit, written by the fit job), for the forecast
   * facts. Not a fact of the log: a rebuild uses the fit in force then, and the sweep re-evaluates
   * forecast rules every minute, so a new fit takes effect within one.
   */
  async forecast(rules: readonly SegmentRule[]): Promise<SegmentForecast> {
    if (!rules.some(readsForecast)) return null;
    const { rows } = await sql<{ model: ForecastFitModel; currency: string }>`
      select model, currency from public.forecast_fit order by fitted_at desc, id limit 1`.execute(this.db);
    const fit = rows[0];
    if (!fit) return null;
    return { currency: fit.currency, model: { bgNbd: fit.model.bgNbd.parameters, gammaGamma: fit.model.gammaGamma?.parameters ?? null } };
  }

  async saveClock(now: number): Promise<void> {
    await this.db
      .insertInto('segment_clock')
      .values({ id: 1, now: new Date(now) })
      .onConflict((oc) => oc.column('id').doUpdateSet({ now: new Date(now) }))
      .execute();
  }

  async segments(): Promise<SegmentDefinition[]> {
    const rows = await this.db.selectFrom('segment').select(['segment_id', 'rule', 'fact_groups', 'time_relative', 'evaluated_through']).orderBy('segment_id').execute();
    return rows.map(toDefinition);
  }

  /** The oldest segment still being evaluated over the customers known at its definition, with that definition's time. */
  async nextToEvaluate(): Promise<(SegmentDefinition & { evaluatedThrough: string; definedAt: Date }) | undefined> {
    const row = await this.db
      .selectFrom('segment')
      .select(['segment_id', 'rule', 'fact_groups', 'time_relative', 'evaluated_through', 'defined_at'])
      .where('evaluated_through', 'is not', null)
      .orderBy('defined_at')
      .orderBy('segment_id')
      .limit(1)
      .executeTakeFirst();
    return row ? { ...toDefinition(row), evaluatedThrough: row.evaluated_through!, definedAt: row.defined_at } : undefined;
  }

  async evaluatedThrough(segmentId: string, customerId: string | null): Promise<void> {
    await this.db.updateTable('segment').set({ evaluated_through: customerId }).where('segment_id', '=', segmentId).execute();
  }

  async insertSegment(segment: SegmentDefinition & { name: string; description: string | null; definedAt: Date }): Promise<void> {
    await this.db
      .insertInto('segment')
      .values({
        segment_id: segment.segmentId,
        name: segment.name,
        description: segment.description,
        rule: JSON.stringify(segment.rule) as never,
        fact_groups: segment.factGroups,
        time_relative: segment.timeRelative,
        defined_at: segment.definedAt,
        evaluated_through: segment.evaluatedThrough,
      })
      .execute();
  }

  async facts(customerIds: string[]): Promise<Map<string, CustomerFacts>> {
    const found = new Map<string, CustomerFacts>(customerIds.map((id) => [id, emptyFacts(id)]));
    if (customerIds.length === 0) return found;
    const rows = await this.db.selectFrom('customer_fact').select(['customer_id', 'facts']).where('customer_id', 'in', customerIds).execute();
    for (const row of rows) found.set(row.customer_id, row.facts);
    return found;
  }

  /**
   * The merges of these customers: every record merged into one of them or into the survivor of
   * one of them. Ids compare as text (the segments keep customer ids as text); merges are few.
   */
  async merges(customerIds: string[]): Promise<MergedCustomers> {
    if (customerIds.length === 0) return new MergedCustomers([]);
    const rows = await this.db
      .selectFrom('customer_merge')
      .select([sql<string>`absorbed_id::text`.as('absorbed_id'), sql<string>`survivor_id::text`.as('survivor_id')])
      .where('survivor_id', 'in', (eb) =>
        eb
          .selectFrom('customer_merge')
          .select('survivor_id')
          .where((merge) => merge.or([merge(sql<string>`absorbed_id::text`, 'in', customerIds), merge(sql<string>`survivor_id::text`, 'in', customerIds)])),
      )
      .execute();
    return new MergedCustomers(rows);
  }

  /**
   * A page of customers' facts as their rules read them (`MergedCustomers.factsOf`: survivors'
   * combined), and which of them are merged into another.
   */
  async asEvaluated(page: CustomerFacts[]): Promise<{ facts: CustomerFacts[]; absorbed: Set<string> }> {
    const merges = await this.merges(page.map((facts) => facts.customerId));
    const known = new Map(page.map((facts) => [facts.customerId, facts]));
    for (const [customerId, facts] of await this.facts(merges.customerIds().filter((id) => !known.has(id)))) known.set(customerId, facts);
    return {
      facts: page.map((facts) => merges.factsOf(facts, known)),
      absorbed: new Set(page.flatMap((facts) => (merges.survivorOf(facts.customerId) === undefined ? [] : [facts.customerId]))),
    };
  }

  /** Active customers in id order after `afterId`: the pages a new segment or a sweep walks. */
  async activeFactsPage(afterId: string, limit: number): Promise<CustomerFacts[]> {
    const rows = await this.db
      .selectFrom('customer_fact')
      .select('facts')
      .where('active', '=', true)
      .where('customer_id', '>', afterId)
      .orderBy('customer_id')
      .limit(limit)
      .execute();
    return rows.map((row) => row.facts);
  }

  async saveFacts(facts: CustomerFacts[]): Promise<void> {
    if (facts.length === 0) return;
    await this.db
      .insertInto('customer_fact')
      .values(facts.map((fact) => ({ customer_id: fact.customerId, active: fact.active, facts: JSON.stringify(fact) as never })))
      .onConflict((oc) => oc.column('customer_id').doUpdateSet({ active: sql`excluded.active`, facts: sql`excluded.facts` }))
      .execute();
  }

  /** `segment|customer` keys of the current memberships of these customers. */
  async memberships(customerIds: string[]): Promise<Set<string>> {
    if (customerIds.length === 0) return new Set();
    const rows = await this.db.selectFrom('segment_member').select(['segment_id', 'customer_id']).where('customer_id', 'in', customerIds).execute();
    return new Set(rows.map((row) => membershipKey(row.segment_id, row.customer_id)));
  }

  /**
   * Applies entries and exits in order: a customer may enter, leave and enter again in one batch.
   * A stay is never zero-length: leaving at the instant of entry takes the stay back, entering at
   * the instant of leaving carries the stay on. So a merge undone at the instant it was made (or
   * any change undone at once) leaves the stays as they were. A (segment, customer) pair's rows
   * are its own, so the first change of every pair is applied together, then every second one, and
   * so on: a few statements per round rather than three round trips per change (a million-event
   * rebuild made 129,000 changes, nearly all of pairs that change once in their batch).
   */
  async record(changes: MembershipChange[]): Promise<void> {
    const perPair = [...groupBy(changes, (change) => membershipKey(change.segmentId, change.customerId)).values()];
    for (let round = 0; ; round += 1) {
      const nth = perPair.flatMap((same) => same.slice(round, round + 1));
      if (nth.length === 0) return;
      for (let at = 0; at < nth.length; at += CHANGES_PER_STATEMENT) {
        const piece = nth.slice(at, at + CHANGES_PER_STATEMENT);
        await this.enter(piece.filter((change) => change.entered));
        await this.leave(piece.filter((change) => !change.entered));
      }
    }
  }

  /** Entries of distinct pairs: a stay that ended at the instant of entry carries on, else a new one begins. */
  private async enter(changes: MembershipChange[]): Promise<void> {
    if (changes.length === 0) return;
    const resumed = await this.db
      .updateTable('segment_membership as m')
      .from(changeRows(changes))
      .set({ left_at: null })
      .whereRef('m.segment_id', '=', 'c.segment_id')
      .whereRef('m.customer_id', '=', 'c.customer_id')
      .whereRef('m.left_at', '=', 'c.at')
      .returning(['m.segment_id', 'm.customer_id', 'm.entered_at'])
      .execute();
    const since = new Map(resumed.map((row) => [membershipKey(row.segment_id, row.customer_id), row.entered_at]));
    const rows = changes.map((change) => ({ segment_id: change.segmentId, customer_id: change.customerId, entered_at: change.at }));
    await this.db
      .insertInto('segment_member')
      .values(rows.map((row) => ({ ...row, entered_at: since.get(membershipKey(row.segment_id, row.customer_id)) ?? row.entered_at })))
      .execute();
    const begun = rows.filter((row) => !since.has(membershipKey(row.segment_id, row.customer_id)));
    if (begun.length > 0)
      await this.db
        .insertInto('segment_membership')
        .values(begun.map((row) => ({ ...row, left_at: null })))
        .execute();
  }

  /** Exits of distinct pairs: a stay begun at the instant of exit is taken back, else it ends then. */
  private async leave(changes: MembershipChange[]): Promise<void> {
    if (changes.length === 0) return;
    await this.db
      .deleteFrom('segment_member as m')
      .using(changeRows(changes))
      .whereRef('m.segment_id', '=', 'c.segment_id')
      .whereRef('m.customer_id', '=', 'c.customer_id')
      .execute();
    const withdrawn = await this.db
      .deleteFrom('segment_membership as m')
      .using(changeRows(changes))
      .whereRef('m.segment_id', '=', 'c.segment_id')
      .whereRef('m.customer_id', '=', 'c.customer_id')
      .whereRef('m.entered_at', '=', 'c.at')
      .where('m.left_at', 'is', null)
      .returning(['m.segment_id', 'm.customer_id'])
      .execute();
    const gone = new Set(withdrawn.map((row) => membershipKey(row.segment_id, row.customer_id)));
    const ended = changes.filter((change) => !gone.has(membershipKey(change.segmentId, change.customerId)));
    if (ended.length > 0)
      await this.db
        .updateTable('segment_membership as m')
        .from(changeRows(ended))
        .set((eb) => ({ left_at: eb.ref('c.at') }))
        .whereRef('m.segment_id', '=', 'c.segment_id')
        .whereRef('m.customer_id', '=', 'c.customer_id')
        .where('m.left_at', 'is', null)
        .execute();
  }

  /** Entries only, many at once: what evaluating a new segment over existing customers yields. */
  async enterAll(segmentId: string, customerIds: string[], at: Date): Promise<void> {
    if (customerIds.length === 0) return;
    const rows = customerIds.map((customer_id) => ({ segment_id: segmentId, customer_id, entered_at: at }));
    await this.db.insertInto('segment_member').values(rows).execute();
    await this.db.insertInto('segment_membership').values(rows.map((row) => ({ ...row, left_at: null }))).execute();
  }
}

function toDefinition(row: { segment_id: string; rule: SegmentRule; fact_groups: string[]; time_relative: boolean; evaluated_through: string | null }): SegmentDefinition {
  return { segmentId: row.segment_id, rule: row.rule, factGroups: row.fact_groups, timeRelative: row.time_relative, evaluatedThrough: row.evaluated_through };
}

export const membershipKey = (segmentId: string, customerId: string): string => `${segmentId}|${customerId}`;
