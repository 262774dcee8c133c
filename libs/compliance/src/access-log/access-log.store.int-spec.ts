import type { Kysely } from 'kysely';
import { createReadDb } from '#crm/read-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { migrateCompliance } from '../migrate-compliance.js';
import { AccessLogStore, type AccessRecord } from './access-log.store.js';
import type { ComplianceDatabase } from './access-log.table.js';

describe('AccessLogStore', () => {
  let database: TestDatabase;
  let db: Kysely<ComplianceDatabase>;
  let accessLog: AccessLogStore;
  const read = (overrides: Partial<AccessRecord>): AccessRecord => ({
    actorId: 'staff-1',
    actorRole: 'operator',
    apiKeyId: 'key-1',
    subjectKind: 'customer',
    subjectId: 'c-1',
    action: 'history',
    route: 'GET /customers/:id/history',
    reason: null,
    ...overrides,
  });

  beforeAll(async () => {
    database = await createTestDatabase('access_log');
    db = createReadDb(database.url) as unknown as Kysely<ComplianceDatabase>;
    await migrateCompliance(db);
    await migrateCompliance(db);
    accessLog = new AccessLogStore(db);
    await accessLog.record(read({}));
    await accessLog.record(read({ actorId: 'staff-2', action: 'state' }));
    await accessLog.record(read({ subjectId: 'c-2', actorRole: 'compliance', action: 'export', reason: 'request 9' }));
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('keeps who read whose data, when, how and why, oldest first', async () => {
    const entries = await accessLog.find({ limit: 10 });
    expect(entries).toHaveLength(3);
    expect(entries[2]).toEqual({ ...read({ subjectId: 'c-2', actorRole: 'compliance', action: 'export', reason: 'request 9' }), id: expect.any(String), accessedAt: expect.any(String) });
    expect(Number(entries[0].id)).toBeLessThan(Number(entries[1].id));
  });

  it('filters by actor, subject, action and time, and pages by id', async () => {
    expect(await accessLog.find({ actorId: 'staff-2', limit: 10 })).toMatchObject([{ action: 'state' }]);
    expect(await accessLog.find({ subjectId: 'c-2', limit: 10 })).toMatchObject([{ action: 'export' }]);
    expect(await accessLog.find({ action: 'history', limit: 10 })).toHaveLength(1);
    expect(await accessLog.find({ from: new Date(Date.now() + 60_000), limit: 10 })).toEqual([]);
    expect(await accessLog.find({ to: new Date(Date.now() + 60_000), limit: 10 })).toHaveLength(3);

    const [first] = await accessLog.find({ limit: 1 });
    const rest = await accessLog.find({ afterId: first.id, limit: 10 });
    expect(rest.map((entry) => entry.actorId)).toEqual(['staff-2', 'staff-1']);
  });
});
