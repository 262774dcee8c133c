import { matchingRules, type AssignmentRule, type LeadCaptured, type OwnerAssignmentCause } from '#crm/domain';
import type { Recorded } from '#crm/projection-runner';
import { sql, type RawBuilder, type Transaction } from 'kysely';
import type { CustomerProfiles } from './customer-profiles.js';
import type { FollowUpsTables } from './followups.tables.js';

/**
 * Who takes a lead, and why. `cause` is null when the customer already had an owner (nothing is
 * assigned); `nextInTeam` is who the lead goes to should it stay untouched too long.
 */
export type Assignee = { staffId: string; managerId: string | null; cause: OwnerAssignmentCause | null; nextInTeam: string | null };

type Staff = { staffId: string; managerId: string | null; seq: string | null };

/** The pool of the fallback round-robin: every salesperson. */
const EVERYONE = 'all';

/**
 * The customer's owner when it has one; otherwise the first rule that takes the lead and has
 * someone active to give it to; otherwise the round-robin over every salesperson (active staff
 * who report to a manager: an overdue lead is escalated to that manager). Null when there is
 * nobody. Decided inside the projection's transaction, in log order, so a rebuild picks exactly
 * the same owners again.
 */
export async function routeLead(
  trx: Transaction<FollowUpsTables>,
  schema: string,
  lead: Recorded<LeadCaptured>,
  profiles: CustomerProfiles,
): Promise<Assignee | null> {
  const { customerId, form, source, interest } = lead.data;
  const owner = profiles.ownerOf(customerId);
  if (owner !== undefined) {
    // The owner need not be known staff: then it has no manager and no team.
    const staff = await trx.selectFrom('staff_member').select(['manager_id', 'seq']).where('staff_id', '=', owner).executeTakeFirst();
    return withNextInTeam(trx, schema, { staffId: owner, managerId: staff?.manager_id ?? null, seq: staff?.seq ?? null }, null);
  }

  const defined = await trx.selectFrom('assignment_rules').select('rules').where('id', '=', 1).executeTakeFirst();
  const rules = matchingRules(defined?.rules ?? [], { form, source, interest, attributes: profiles.attributesOf(customerId) ?? {} });
  for (const rule of rules) {
    const staff = await ruleTarget(trx, schema, rule);
    if (staff) return withNextInTeam(trx, schema, staff, { kind: 'assignment-rule', leadEventId: lead.id, ruleId: rule.ruleId, ruleName: rule.name });
  }
  const next = await nextInPool(trx, schema, EVERYONE, sql`staff.manager_id is not null`);
  return next && withNextInTeam(trx, schema, next, { kind: 'round-robin', leadEventId: lead.id });
}

async function ruleTarget(trx: Transaction<FollowUpsTables>, schema: string, { assignTo }: AssignmentRule): Promise<Staff | null> {
  if (assignTo.kind === 'team') return nextInPool(trx, schema, assignTo.staffId, sql`staff.manager_id = ${assignTo.staffId}`);
  const { rows } = await sql<Staff>`
    select staff_id as "staffId", manager_id as "managerId", seq from ${sql.table(`${schema}.staff_member`)} as staff
    where staff.staff_id = ${assignTo.staffId} and staff.active`.execute(trx);
  return rows[0] ?? null;
}

/**
 * The next active member of the pool after the last one it gave a lead, wrapping around, and the
 * pool's place moved to them. Those after the cursor come first (false sorts before true), then
 * the wrap-around from the start. One statement: leads are frequent enough in a replay for round
 * trips to count.
 */
async function nextInPool(trx: Transaction<FollowUpsTables>, schema: string, pool: string, member: RawBuilder<unknown>): Promise<Staff | null> {
  const table = (name: string) => sql.table(`${schema}.${name}`);
  const { rows } = await sql<Staff>`
    with pick as (
      select staff.staff_id, staff.manager_id, staff.seq
      from ${table('staff_member')} as staff
      where staff.active and ${member}
      order by staff.seq <= coalesce((select last_seq from ${table('assignment_cursor')} where pool = ${pool}), 0), staff.seq
      limit 1
    ),
    moved as (
      insert into ${table('assignment_cursor')} (pool, last_seq) select ${pool}, seq from pick
      on conflict (pool) do update set last_seq = excluded.last_seq
    )
    select staff_id as "staffId", manager_id as "managerId", seq from pick`.execute(trx);
  return rows[0] ?? null;
}

/** Who follows `staff` among the active staff of the same manager, wrapping around; null alone in the team or with no manager. */
async function withNextInTeam(trx: Transaction<FollowUpsTables>, schema: string, staff: Staff, cause: OwnerAssignmentCause | null): Promise<Assignee> {
  const assignee = { staffId: staff.staffId, managerId: staff.managerId, cause, nextInTeam: null };
  if (staff.managerId === null || staff.seq === null) return assignee;
  const { rows } = await sql<{ staffId: string }>`
    select staff_id as "staffId" from ${sql.table(`${schema}.staff_member`)} as staff
    where staff.active and staff.manager_id = ${staff.managerId} and staff.staff_id <> ${staff.staffId}
    order by staff.seq <= ${staff.seq}, staff.seq
    limit 1`.execute(trx);
  return { ...assignee, nextInTeam: rows[0]?.staffId ?? null };
}
