import { touchFacts, type CallLogged, type DomainEvent, type LeadCaptured, type TouchVoided } from '#crm/domain';
import { projectionSchema } from '#crm/projection-runner';
import { createReadDb, type ReadDatabase } from '#crm/read-store';
import type { Kysely } from 'kysely';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { applyInBatches, freshSchema } from '../shared/testing/projection-harness.js';
import { TestLog } from '../shared/testing/test-log.js';
import { followUpsProjection } from './followups.projection.js';
import { followUpsByOwner } from './followups.queries.js';

const ann = '3f1c9a7e-2b4d-4e6f-8a0b-1c2d3e4f5a6b';
const bob = '5d1c6a52-3f0e-4a4e-8f5b-2d6f9c0b7a11';
const cat = '9e8d7c6b-5a49-4837-a625-14f3e2d1c0b9';
const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 9, minute));

const lead = (customerId: string, minute: number): LeadCaptured => ({
  type: 'LeadCaptured',
  data: { customerId, occurredAt: at(minute).toISOString(), channel: 'web', form: 'contact', source: 'web', interest: null, utm: {} as never },
});
const call = (customerId: string, minute: number): CallLogged => ({
  type: 'CallLogged',
  data: { customerId, occurredAt: at(minute).toISOString(), channel: 'phone', direction: 'outbound', durationSeconds: 60, outcome: 'reached' } as never,
});

describe('follow-ups projection: voided leads and touches', () => {
  let database: TestDatabase;
  let db: Kysely<ReadDatabase>;
  const schema = projectionSchema('followups');
  const log = new TestLog();
  const record = (event: DomainEvent, minute: number) => log.record(event, at(minute));
  const voided = (touch: ReturnType<typeof record>, minute: number) =>
    record(
      {
        type: 'TouchVoided',
        data: { customerId: (touch.data as { customerId: string }).customerId, touchEventId: touch.id, occurredAt: at(minute).toISOString(), voided: touchFacts(touch as never), personal: { reason: 'wrong customer' } },
      } satisfies TouchVoided,
      minute,
    );

  beforeAll(async () => {
    database = await createTestDatabase('followups_voids');
    db = createReadDb(database.url);
    await freshSchema(db, followUpsProjection, schema);
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  const open = async () =>
    (await followUpsByOwner(db))
      .flatMap((owner) => owner.open)
      .map((item) => item.customerId)
      .sort();

  it('opens a lead again when the only touch that followed it up is voided, not while another stands, and drops a voided lead', async () => {
    const annLead = record(lead(ann, 0), 0);
    const annCall = record(call(ann, 5), 5);
    const bobLead = record(lead(bob, 0), 1);
    const bobCalls = [record(call(bob, 6), 6), record(call(bob, 7), 7)];
    const catLead = record(lead(cat, 0), 2);
    await applyInBatches(db, followUpsProjection, schema, [annLead, bobLead, catLead, annCall, ...bobCalls], [2]);
    expect(await open()).toEqual([cat]);

    await applyInBatches(db, followUpsProjection, schema, [voided(annCall, 10), voided(bobCalls[0]!, 11), voided(catLead, 12)], [1]);
    expect(await open()).toEqual([ann]);
  });
});
