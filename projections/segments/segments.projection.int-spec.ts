import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { projectionSchema } from '#crm/projection-runner';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { openTestStores, type TestStores } from '../../libs/projection-runner/src/testing/test-stores.js';
import { applyInBatches, freshSchema } from '../analytics/testing/apply-in-batches.js';
import { crmHistory } from '../analytics/testing/crm-event-arbitrary.js';
import { EventLog } from '../analytics/testing/recorded-events.js';
import { schemaSnapshot } from '../analytics/testing/schema-snapshot.js';
import { createSegmentsProjection, segmentsProjection } from './segments.projection.js';
import { customerMemberships, findSegment, previewRule, segmentMembers } from './segments.queries.js';
import { defineSegment, sampleRules } from './testing/segment-definitions.js';

const SCHEMA = projectionSchema('segments');
const ann = '00000000-0000-4000-8000-000000000001';
const bob = '00000000-0000-4000-8000-000000000002';
const carl = '00000000-0000-4000-8000-000000000003';

describe('segments projection', () => {
  let database: TestDatabase;
  let stores: TestStores;
  let db: Kysely<any>;

  beforeAll(async () => {
    database = await createTestDatabase('segments_projection');
    stores = await openTestStores(database.url);
    db = stores.db;
  });

  afterAll(async () => {
    await stores.close();
    await database.drop();
  });

  beforeEach(() => freshSchema(db, segmentsProjection, SCHEMA));

  const stays = async (customerId: string) =>
    (await customerMemberships(segmentsProjection.read(db), customerId)).map((row) => [row.segment_id, row.entered_at.toISOString(), row.left_at?.toISOString() ?? null]);

  it('records every entry and exit with the time the facts changed', async () => {
    const log = new EventLog();
    const complaining = defineSegment(log, { fact: 'openComplaints', op: 'gte', value: 1 }, '2024-01-01T00:00:00Z').data.segmentId as string;
    const repeat = defineSegment(log, { fact: 'purchases', op: 'gte', value: 2 }, '2024-01-01T00:00:00Z').data.segmentId as string;
    log.customer(ann, '2024-01-02T00:00:00Z');
    log.purchase(ann, '2024-01-03T00:00:00Z', 100);
    log.touch('ComplaintFiled', ann, '2024-01-04T00:00:00Z', { complaintId: 'k1', category: 'late', severity: 'low' });
    log.purchase(ann, '2024-01-05T00:00:00Z', 100);
    log.touch('ComplaintResolved', ann, '2024-01-06T00:00:00Z', { complaintId: 'k1' });
    log.touch('ComplaintFiled', ann, '2024-01-07T00:00:00Z', { complaintId: 'k2', category: 'late', severity: 'low' });
    await applyInBatches(db, segmentsProjection, SCHEMA, log.events, [3, 1]);

    expect((await stays(ann)).sort()).toEqual(
      [
        [complaining, '2024-01-04T00:00:00.000Z', '2024-01-06T00:00:00.000Z'],
        [complaining, '2024-01-07T00:00:00.000Z', null],
        [repeat, '2024-01-05T00:00:00.000Z', null],
      ].sort(),
    );
    expect(await segmentMembers(segmentsProjection.read(db), complaining, null, 10)).toEqual([{ customer_id: ann, entered_at: new Date('2024-01-07T00:00:00Z') }]);
  });

  it('evaluates a new segment once over the customers already known', async () => {
    const log = new EventLog();
    log.customer(ann, '2024-01-01T00:00:00Z', { attributes: { country: 'GB' } });
    log.customer(bob, '2024-01-01T00:00:00Z', { attributes: { country: 'FR' } });
    const british = defineSegment(log, { fact: 'attribute', key: 'country', op: 'eq', value: 'GB' }, '2024-02-01T00:00:00Z').data.segmentId as string;
    await applyInBatches(db, segmentsProjection, SCHEMA, log.events);

    expect(await segmentMembers(segmentsProjection.read(db), british, null, 10)).toEqual([{ customer_id: ann, entered_at: new Date('2024-02-01T00:00:00Z') }]);
    expect(await findSegment(segmentsProjection.read(db), british)).toMatchObject({ members: '1', time_relative: false });
  });

  it('evaluates a new segment over the known customers a chunk per transaction, with the tables one transaction gives', async () => {
    const log = new EventLog();
    const ids = Array.from({ length: 35 }, (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`);
    ids.forEach((id, index) => log.customer(id, '2024-01-01T00:00:00Z', { attributes: { country: index % 3 === 0 ? 'GB' : 'FR' } }));
    const british = defineSegment(log, { fact: 'attribute', key: 'country', op: 'eq', value: 'GB' }, '2024-02-01T00:00:00Z').data.segmentId as string;
    // After the definition, in the same batch as the runner would read it: applied only once the evaluation is done.
    log.customer(randomUUID(), '2024-02-02T00:00:00Z', { attributes: { country: 'GB' } });
    const transactions = async (schema: string) =>
      Number((await sql<{ count: string }>`select count(distinct xmin::text) as count from ${sql.table(`${schema}.segment_member`)} where entered_at = '2024-02-01T00:00:00Z'`.execute(db)).rows[0]!.count);

    for (const [schema, chunkCustomers] of [['segments_chunked', 10], ['segments_whole', 1000]] as const) {
      const projection = createSegmentsProjection({ chunkCustomers });
      await freshSchema(db, projection, schema);
      await applyInBatches(db, projection, schema, log.events);
    }

    // 35 customers in chunks of 10, each holding some of the British: four transactions entered those known at the definition.
    expect(await transactions('segments_chunked')).toBe(4);
    expect(await transactions('segments_whole')).toBe(1);
    expect(await schemaSnapshot(db, 'segments_chunked')).toEqual(await schemaSnapshot(db, 'segments_whole'));
    const members = await segmentMembers(segmentsProjection.read(db, 'segments_chunked'), british, null, 100);
    expect(members.filter((member) => member.entered_at.toISOString() === '2024-02-01T00:00:00.000Z').map((member) => member.customer_id).sort()).toEqual(
      ids.filter((_, index) => index % 3 === 0),
    );
    expect(members).toHaveLength(13);
  });

  it('re-evaluates only the segments whose rules read the facts an event changed', async () => {
    const evaluated: string[] = [];
    const counting = createSegmentsProjection({ onEvaluate: (segmentId) => evaluated.push(segmentId) });
    const log = new EventLog();
    log.customer(ann, '2024-01-01T00:00:00Z');
    const segmentIds = [
      defineSegment(log, { fact: 'attribute', key: 'country', op: 'eq', value: 'GB' }, '2024-01-01T00:00:00Z'),
      defineSegment(log, { fact: 'purchases', op: 'gte', value: 1 }, '2024-01-01T00:00:00Z'),
      defineSegment(log, { fact: 'openComplaints', op: 'gte', value: 1 }, '2024-01-01T00:00:00Z'),
      defineSegment(log, { fact: 'owner', op: 'eq', value: 's-1' }, '2024-01-01T00:00:00Z'),
    ].map((event) => event.data.segmentId as string);
    await applyInBatches(db, counting, SCHEMA, log.events);
    evaluated.length = 0;

    const later = new EventLog();
    later.touch('ComplaintFiled', ann, '2024-01-02T00:00:00Z', { complaintId: 'k', category: 'late', severity: 'low' });
    await applyInBatches(db, counting, SCHEMA, later.events);
    expect(evaluated).toEqual([segmentIds[2]]);

    evaluated.length = 0;
    const more = new EventLog();
    more.add(`customer-${ann}`, 'CustomerOwnerAssigned', { customerId: ann, ownerId: 's-1', previousOwnerId: null }, '2024-01-03T00:00:00Z');
    more.customer(bob, '2024-01-03T00:00:00Z');
    await applyInBatches(db, counting, SCHEMA, more.events);
    // The owner change reads one segment; a newly registered customer is evaluated against all.
    expect(evaluated[0]).toBe(segmentIds[3]);
    expect(evaluated.slice(1).sort()).toEqual([...segmentIds].sort());
  });

  it('moves customers whom time alone moves when swept', async () => {
    const log = new EventLog();
    const recent = defineSegment(log, { fact: 'purchases', days: 30, op: 'gte', value: 1 }, '2024-01-01T00:00:00Z').data.segmentId as string;
    const dormant = defineSegment(log, { fact: 'daysSinceLastTouch', op: 'gte', value: 60 }, '2024-01-01T00:00:00Z').data.segmentId as string;
    const buyers = defineSegment(log, { fact: 'lifecycleStage', op: 'eq', value: 'customer' }, '2024-01-01T00:00:00Z').data.segmentId as string;
    log.customer(ann, '2024-01-01T00:00:00Z');
    log.purchase(ann, '2024-01-10T00:00:00Z', 100);
    await applyInBatches(db, segmentsProjection, SCHEMA, log.events);
    expect((await stays(ann)).sort()).toEqual([[buyers, '2024-01-10T00:00:00.000Z', null], [recent, '2024-01-10T00:00:00.000Z', null]].sort());

    const swept = await db.transaction().execute((trx) => segmentsProjection.sweep(trx, SCHEMA, new Date('2024-03-15T00:00:00Z')));
    expect(swept).toBe(2);
    expect((await stays(ann)).sort()).toEqual(
      [
        [buyers, '2024-01-10T00:00:00.000Z', null],
        [dormant, '2024-03-15T00:00:00.000Z', null],
        [recent, '2024-01-10T00:00:00.000Z', '2024-03-15T00:00:00.000Z'],
      ].sort(),
    );
    expect(await db.transaction().execute((trx) => segmentsProjection.sweep(trx, SCHEMA, new Date('2024-03-16T00:00:00Z')))).toBe(0);
  });

  const merge = (log: EventLog, survivorId: string, absorbedId: string, at: string) => {
    log.add(`customer-${absorbedId}`, 'CustomerAbsorbed', { customerId: absorbedId, survivorId, occurredAt: at }, at);
    log.add(`customer-${survivorId}`, 'CustomerMerged', { customerId: survivorId, absorbedId, occurredAt: at }, at);
  };
  const unmerge = (log: EventLog, survivorId: string, absorbedId: string, at: string) => {
    log.add(`customer-${absorbedId}`, 'CustomerRestored', { customerId: absorbedId, survivorId, occurredAt: at }, at);
    log.add(`customer-${survivorId}`, 'CustomerUnmerged', { customerId: survivorId, absorbedId, occurredAt: at }, at);
  };
  const memberIds = async (segmentId: string) => (await segmentMembers(segmentsProjection.read(db), segmentId, null, 10)).map((row) => row.customer_id);

  it('evaluates a survivor on both records\' facts while they are merged, and each on its own once unmerged', async () => {
    const log = new EventLog();
    const repeat = defineSegment(log, { fact: 'purchases', op: 'gte', value: 2 }, '2024-01-01T00:00:00Z').data.segmentId as string;
    log.customer(ann, '2024-01-01T00:00:00Z');
    log.customer(bob, '2024-01-01T00:00:00Z');
    log.purchase(ann, '2024-01-02T00:00:00Z', 100);
    log.purchase(bob, '2024-01-04T00:00:00Z', 100);
    await applyInBatches(db, segmentsProjection, SCHEMA, log.events);
    expect(await memberIds(repeat)).toEqual([]);

    const merged = new EventLog();
    merge(merged, ann, bob, '2024-01-04T00:00:00Z');
    await applyInBatches(db, segmentsProjection, SCHEMA, merged.events);
    expect(await memberIds(repeat)).toEqual([ann]);
    expect(await findSegment(segmentsProjection.read(db), repeat)).toMatchObject({ members: '1' });
    expect(await previewRule(segmentsProjection.read(db), { fact: 'purchases', op: 'gte', value: 2 })).toMatchObject({ matching: 1, customers: 1 });

    const unmerged = new EventLog();
    // Entries and exits are dated at the projection's clock, which a merge does not move.
    unmerged.customer(carl, '2024-01-05T00:00:00Z');
    unmerge(unmerged, ann, bob, '2024-01-05T00:00:00Z');
    await applyInBatches(db, segmentsProjection, SCHEMA, unmerged.events);
    expect(await memberIds(repeat)).toEqual([]);
    expect(await stays(ann)).toEqual([[repeat, '2024-01-04T00:00:00.000Z', '2024-01-05T00:00:00.000Z']]);
    expect(await stays(bob)).toEqual([]);
    expect(await previewRule(segmentsProjection.read(db), { fact: 'purchases', op: 'gte', value: 2 })).toMatchObject({ matching: 0, customers: 3 });
  });

  it('re-evaluates a survivor when a record merged into it changes, and in new segments and sweeps', async () => {
    const log = new EventLog();
    const complaining = defineSegment(log, { fact: 'complaints', op: 'gte', value: 1 }, '2024-01-01T00:00:00Z').data.segmentId as string;
    const recent = defineSegment(log, { fact: 'purchases', days: 30, op: 'gte', value: 2 }, '2024-01-01T00:00:00Z').data.segmentId as string;
    log.customer(ann, '2024-01-01T00:00:00Z');
    log.customer(bob, '2024-01-01T00:00:00Z');
    log.purchase(ann, '2024-01-02T00:00:00Z', 100);
    log.purchase(bob, '2024-01-03T00:00:00Z', 100);
    merge(log, ann, bob, '2024-01-04T00:00:00Z');
    // Bob's complaint, recorded after the merge in the same batch, counts for Ann.
    log.touch('ComplaintFiled', bob, '2024-01-05T00:00:00Z', { complaintId: 'k', category: 'late', severity: 'low' });
    const both = defineSegment(log, { fact: 'purchases', op: 'gte', value: 2 }, '2024-01-06T00:00:00Z').data.segmentId as string;
    await applyInBatches(db, segmentsProjection, SCHEMA, log.events);

    expect(await memberIds(complaining)).toEqual([ann]);
    // The time-relative segment waits for the sweep; the new segment is evaluated on the combined facts.
    expect(await memberIds(recent)).toEqual([]);
    expect(await memberIds(both)).toEqual([ann]);
    expect(await db.transaction().execute((trx) => segmentsProjection.sweep(trx, SCHEMA, new Date('2024-01-10T00:00:00Z')))).toBe(1);
    expect((await stays(ann)).sort()).toEqual(
      [
        [both, '2024-01-06T00:00:00.000Z', null],
        [complaining, '2024-01-05T00:00:00.000Z', null],
        [recent, '2024-01-10T00:00:00.000Z', null],
      ].sort(),
    );
    // Bob's own rows read as if he had never merged; the member lists leave him out while he is.
    expect(await stays(bob)).toEqual([[complaining, '2024-01-05T00:00:00.000Z', null]]);
  });

  it('leaves the stays as they were after a merge undone at the instant it was made', async () => {
    const history = new EventLog();
    defineSegment(history, { fact: 'purchases', op: 'gte', value: 2 }, '2024-01-01T00:00:00Z');
    defineSegment(history, { fact: 'purchases', op: 'lt', value: 2 }, '2024-01-01T00:00:00Z');
    history.customer(ann, '2024-01-01T00:00:00Z');
    history.customer(bob, '2024-01-01T00:00:00Z');
    history.purchase(ann, '2024-01-02T00:00:00Z', 100);
    history.purchase(bob, '2024-01-03T00:00:00Z', 100);
    const undone = new EventLog();
    undone.events.push(...history.events);
    merge(undone, ann, bob, '2024-01-04T00:00:00Z');
    unmerge(undone, ann, bob, '2024-01-04T00:00:00Z');

    await freshSchema(db, segmentsProjection, 'segments_never');
    await applyInBatches(db, segmentsProjection, 'segments_never', history.events);
    // In one batch, and the unmerge in a batch of its own.
    for (const splits of [[], [history.events.length + 2]]) {
      await freshSchema(db, segmentsProjection, 'segments_undone');
      await applyInBatches(db, segmentsProjection, 'segments_undone', undone.events, splits);
      expect(await schemaSnapshot(db, 'segments_undone')).toEqual(await schemaSnapshot(db, 'segments_never'));
    }
  });

  it('builds the same tables whatever the batch splits, as a rebuild from scratch would', async () => {
    const withSegments = fc.tuple(crmHistory, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...sampleRules)), { maxLength: 4 })).map(([events, definitions]) => {
      const log = new EventLog();
      const all = [...events];
      for (const [index, rule] of definitions) {
        const at = all.length === 0 ? '2024-01-01T00:00:00Z' : String(all[Math.min(index % (all.length + 1), all.length - 1)].metadata.occurredAt);
        all.splice(index % (all.length + 1), 0, defineSegment(log, rule, at, randomUUID()));
      }
      return all;
    });
    await fc.assert(
      fc.asyncProperty(withSegments, fc.array(fc.integer({ min: 1, max: 10 }), { maxLength: 8 }), async (events, splits) => {
        await freshSchema(db, segmentsProjection, 'segments_whole');
        await freshSchema(db, segmentsProjection, 'segments_split');
        await applyInBatches(db, segmentsProjection, 'segments_whole', events);
        await applyInBatches(db, segmentsProjection, 'segments_split', events, splits);
        expect(await schemaSnapshot(db, 'segments_split')).toEqual(await schemaSnapshot(db, 'segments_whole'));
      }),
      { numRuns: 25 },
    );
  });
});
