import type { CustomerEvent } from '#crm/domain';
import { defineProjection } from '#crm/projection-runner';
import type { Insertable, Transaction } from 'kysely';
import { duplicateReasons, evolveDuplicateSubject, pairable, reasonScores, type DuplicateSubject } from './duplicate-subject.js';
import { duplicatesTables, type DuplicatePairTable, type DuplicatesTables } from './duplicates.tables.js';

type DuplicatesEvent = Extract<
  CustomerEvent,
  { type: 'CustomerRegistered' | 'CustomerDetailsChanged' | 'CustomerErased' | 'CustomerAbsorbed' | 'CustomerRestored' }
>;

/**
 * Every pair the changed subjects are part of, recomputed from the subjects as they now stand.
 * Candidates share a key that makes a reason (duplicateReasons): an email, a phone, or a name
 * together with the organization or the postal code. Not a name alone: on the bench's log a name
 * was shared by ≈800 records, and fetching them all for each registration made this projection
 * the live projector's heaviest reader.
 */
async function pairsOf(trx: Transaction<DuplicatesTables>, changed: readonly DuplicateSubject[]): Promise<Insertable<DuplicatePairTable>[]> {
  const active = changed.filter(pairable);
  if (active.length === 0) return [];
  const keys = (pick: (subject: DuplicateSubject) => string | null) => [...new Set(active.map(pick).filter((key): key is string => key !== null))];
  const namedWith = (pick: (subject: DuplicateSubject) => string | null): [string, string][] => {
    const pairs = new Map<string, [string, string]>();
    for (const subject of active) {
      const other = pick(subject);
      if (subject.name_key !== null && other !== null) pairs.set(`${subject.name_key}\n${other}`, [subject.name_key, other]);
    }
    return [...pairs.values()];
  };
  const [emails, phones] = [keys((s) => s.email_key), keys((s) => s.phone_key)];
  const [inOrganizations, atPostalCodes] = [namedWith((s) => s.organization_id), namedWith((s) => s.postal_key)];
  const candidates = await trx
    .selectFrom('duplicate_subject')
    .selectAll()
    .where('active', '=', true)
    .where('merged_into', 'is', null)
    .where((eb) =>
      eb.or([
        ...(emails.length > 0 ? [eb('email_key', 'in', emails)] : []),
        ...(phones.length > 0 ? [eb('phone_key', 'in', phones)] : []),
        ...(inOrganizations.length > 0 ? [eb(eb.refTuple('name_key', 'organization_id'), 'in', inOrganizations.map(([name, other]) => eb.tuple(name, other)))] : []),
        ...(atPostalCodes.length > 0 ? [eb(eb.refTuple('name_key', 'postal_key'), 'in', atPostalCodes.map(([name, other]) => eb.tuple(name, other)))] : []),
        eb.val(false),
      ]),
    )
    .execute();
  const pairs = new Map<string, Insertable<DuplicatePairTable>>();
  for (const subject of active) {
    for (const candidate of candidates) {
      const reasons = duplicateReasons(subject, candidate);
      if (reasons.length === 0) continue;
      const [first, second] = [subject.customer_id, candidate.customer_id].sort();
      pairs.set(`${first} ${second}`, { customer_id: first!, other_id: second!, reasons: JSON.stringify(reasons), score: reasonScores[reasons[0]!] });
    }
  }
  return [...pairs.values()];
}

/**
 * Candidate duplicates for GET /duplicates: a subject per customer and the pairs it forms. A changed
 * subject's pairs are dropped and found again from the subjects table, so a pair depends only on
 * the two records as they stand, however the events were batched.
 */
export const duplicatesProjection = defineProjection<DuplicatesEvent>()({
  name: 'duplicates',
  version: 1,
  handles: { CustomerRegistered: true, CustomerDetailsChanged: true, CustomerErased: true, CustomerAbsorbed: true, CustomerRestored: true },
  tables: duplicatesTables,

  async applyBatch(trx, events) {
    const ids = [...new Set(events.map((event) => event.data.customerId))];
    if (ids.length === 0) return;
    const rows = await trx.selectFrom('duplicate_subject').selectAll().where('customer_id', 'in', ids).forUpdate().execute();
    const subjects = new Map<string, DuplicateSubject | undefined>(rows.map((row) => [row.customer_id, row]));
    for (const event of events) subjects.set(event.data.customerId, evolveDuplicateSubject(subjects.get(event.data.customerId), event));
    const changed = [...subjects.values()].filter((subject): subject is DuplicateSubject => subject !== undefined);
    if (changed.length === 0) return;
    await trx
      .insertInto('duplicate_subject')
      .values(changed)
      .onConflict((oc) =>
        oc.column('customer_id').doUpdateSet((eb) => ({
          email_key: eb.ref('excluded.email_key'),
          phone_key: eb.ref('excluded.phone_key'),
          name_key: eb.ref('excluded.name_key'),
          organization_id: eb.ref('excluded.organization_id'),
          postal_key: eb.ref('excluded.postal_key'),
          active: eb.ref('excluded.active'),
          merged_into: eb.ref('excluded.merged_into'),
        })),
      )
      .execute();
    const changedIds = changed.map((subject) => subject.customer_id);
    await trx
      .deleteFrom('duplicate_pair')
      .where((eb) => eb.or([eb('customer_id', 'in', changedIds), eb('other_id', 'in', changedIds)]))
      .execute();
    const pairs = await pairsOf(trx, changed);
    if (pairs.length > 0) await trx.insertInto('duplicate_pair').values(pairs).execute();
  },
});
