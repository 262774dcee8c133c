import { touchFacts, type CustomerErased, type TaskCompleted, type TaskRescheduled, type TaskScheduled, type TouchCorrected, type TouchVoided } from '#crm/domain';
import { JobName } from '#crm/jobs';
import { projectionSchema } from '#crm/projection-runner';
import { createReadDb, type ReadDatabase } from '#crm/read-store';
import type { Kysely } from 'kysely';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { buildTwice } from '../shared/testing/incremental-vs-rebuild.js';
import { applyInBatches, freshSchema, tableRows } from '../shared/testing/projection-harness.js';
import { TestLog } from '../shared/testing/test-log.js';
import { tasksProjection } from './tasks.projection.js';
import { pendingTaskReminders, taskPage } from './tasks.queries.js';

const ann = '3f1c9a7e-2b4d-4e6f-8a0b-1c2d3e4f5a6b';
const bob = '5d1c6a52-3f0e-4a4e-8f5b-2d6f9c0b7a11';
const rep = '0b6e2a4e-5d8f-4c1a-9a7e-1f2d3c4b5a69';
const other = '9e8d7c6b-5a49-4837-a625-14f3e2d1c0b9';
const day = (n: number, hour = 9) => new Date(Date.UTC(2026, 0, 1 + n, hour));
const touch = (customerId: string, n: number) => ({ customerId, occurredAt: day(n, 8).toISOString(), channel: 'internal' as const });

const scheduled = (customerId: string, taskId: string, due: number, assigneeId: string | null, title = `Task ${taskId}`): TaskScheduled => ({
  type: 'TaskScheduled',
  data: { ...touch(customerId, 0), taskId, dueAt: day(due).toISOString(), assigneeId, personal: { title } },
});
const completed = (customerId: string, taskId: string, n: number): TaskCompleted => ({ type: 'TaskCompleted', data: { ...touch(customerId, n), taskId } });
const rescheduled = (customerId: string, taskId: string, from: number, to: number): TaskRescheduled => ({
  type: 'TaskRescheduled',
  data: { ...touch(customerId, 1), taskId, dueAt: day(to).toISOString(), previousDueAt: day(from).toISOString() },
});
const erased: CustomerErased = { type: 'CustomerErased', data: { customerId: bob, occurredAt: day(3).toISOString() } };

const history = [
  scheduled(ann, 'T-1', 2, rep),
  scheduled(ann, 'T-2', 5, other),
  scheduled(ann, 'T-3', 4, null),
  scheduled(bob, 'T-1', 3, rep, 'Call Bob'),
  rescheduled(ann, 'T-1', 2, 6),
  completed(ann, 'T-2', 2),
  erased,
];

describe('tasks projection', () => {
  let database: TestDatabase;
  let db: Kysely<ReadDatabase>;
  const schema = projectionSchema('tasks');
  const now = day(4, 12);

  beforeAll(async () => {
    database = await createTestDatabase('tasks');
    db = createReadDb(database.url);
    await freshSchema(db, tasksProjection, schema);
    const log = new TestLog();
    await applyInBatches(
      db,
      tasksProjection,
      schema,
      history.map((event, index) => log.record(event, day(index))),
      [2, 5],
    );
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('builds the same tables live and in a rebuild', async () => {
    const steps = history.map((event, index) => ({ event, recordedAt: day(index), sweepBefore: false }));
    const tables = [
      { name: 'task', orderBy: ['customer_id', 'task_id'] },
      { name: 'job_outbox', orderBy: ['key'] },
    ];
    const { incremental, rebuilt } = await buildTwice(db, tasksProjection, tables, steps, [1, 4, 6]);
    expect(incremental).toEqual(rebuilt);
  });

  it('lists tasks soonest due first, open, overdue or done, in keyset pages; an erased customer’s are gone', async () => {
    const all = await taskPage(db, { now, limit: 10 });
    expect(all.items.map(({ customerId, taskId, status, title }) => ({ customerId, taskId, status, title }))).toEqual([
      { customerId: ann, taskId: 'T-3', status: 'overdue', title: 'Task T-3' },
      { customerId: ann, taskId: 'T-2', status: 'done', title: 'Task T-2' },
      { customerId: ann, taskId: 'T-1', status: 'open', title: 'Task T-1' },
    ]);
    const first = await taskPage(db, { now, limit: 2 });
    expect(first.nextCursor).not.toBeNull();
    const second = await taskPage(db, { now, limit: 2, cursor: [first.items[1]!.dueAt.toISOString(), ann, 'T-2'] });
    expect(second.items.map((item) => item.taskId)).toEqual(['T-1']);
    expect(second.nextCursor).toBeNull();
    expect((await taskPage(db, { now, limit: 10, status: 'overdue' })).items.map((item) => item.taskId)).toEqual(['T-3']);
    expect((await taskPage(db, { now, limit: 10, status: 'open', assigneeId: rep })).items.map((item) => item.dueAt)).toEqual([day(6)]);
    expect((await taskPage(db, { now, limit: 10, status: 'done' })).items.map((item) => item.completedAt)).toEqual([day(2, 8)]);
    expect((await taskPage(db, { now, limit: 10, dueFrom: day(4), dueTo: day(5) })).items.map((item) => item.taskId)).toEqual(['T-3', 'T-2']);
    expect((await taskPage(db, { now, limit: 10, visibleAssignees: [other] })).items.map((item) => item.taskId)).toEqual(['T-3', 'T-2']);
  });

  it('plans both reminders of each due time an assigned task gets, and restores only those of open tasks at their current time', async () => {
    const outbox = (await tableRows(db, schema, 'job_outbox', ['key'])) as { key: string; name: string; run_at: Date }[];
    expect(outbox.map((row) => row.key).sort()).toEqual(
      [
        `task-reminder.due-soon.${ann}.${day(2).toISOString()}.T-1`,
        `task-reminder.overdue.${ann}.${day(2).toISOString()}.T-1`,
        `task-reminder.due-soon.${ann}.${day(5).toISOString()}.T-2`,
        `task-reminder.overdue.${ann}.${day(5).toISOString()}.T-2`,
        `task-reminder.due-soon.${bob}.${day(3).toISOString()}.T-1`,
        `task-reminder.overdue.${bob}.${day(3).toISOString()}.T-1`,
        `task-reminder.due-soon.${ann}.${day(6).toISOString()}.T-1`,
        `task-reminder.overdue.${ann}.${day(6).toISOString()}.T-1`,
      ].sort(),
    );
    expect(outbox.every((row) => row.name === JobName.TaskReminder)).toBe(true);
    expect(outbox.find((row) => row.key.startsWith(`task-reminder.due-soon.${ann}.${day(6).toISOString()}`))?.run_at).toEqual(
      new Date(day(6).getTime() - 3_600_000),
    );

    await db.withSchema(schema).withTables<{ job_outbox: { dispatched_at: Date | null } }>().updateTable('job_outbox').set({ dispatched_at: now }).execute();
    const pending = await pendingTaskReminders(db, { after: null, limit: 10 });
    expect(pending.jobs.map((job) => job.key).sort()).toEqual([
      `task-reminder.due-soon.${ann}.${day(6).toISOString()}.T-1`,
      `task-reminder.overdue.${ann}.${day(6).toISOString()}.T-1`,
    ]);
    expect(await pendingTaskReminders(db, { after: pending.last, limit: 10 })).toEqual({ jobs: [], last: null });
  });
});

describe('tasks projection: voids and corrections of task touches', () => {
  let database: TestDatabase;
  let db: Kysely<ReadDatabase>;
  const schema = projectionSchema('tasks');
  const now = day(4, 12);
  const log = new TestLog();
  const events = [
    scheduled(ann, 'T-1', 6, rep),
    scheduled(ann, 'T-2', 7, rep),
    completed(ann, 'T-2', 2),
    scheduled(ann, 'T-3', 8, null),
    completed(ann, 'T-3', 3),
  ].map((event, index) => log.record(event, day(index)));
  const [first, , done, , alsoDone] = events;
  const voided = (touch: (typeof events)[number]): TouchVoided => ({
    type: 'TouchVoided',
    data: { customerId: ann, touchEventId: touch.id, occurredAt: day(4).toISOString(), voided: touchFacts(touch as never), personal: { reason: 'entered by mistake' } },
  });
  const corrected = (touch: (typeof events)[number], occurredAt: Date): TouchCorrected => {
    const previous = touchFacts(touch as never);
    return {
      type: 'TouchCorrected',
      data: { customerId: ann, touchEventId: touch.id, occurredAt: day(4).toISOString(), fields: ['occurredAt'], previous, corrected: { ...previous, data: { ...previous.data, occurredAt: occurredAt.toISOString() } } as typeof previous, personal: {} },
    };
  };
  const amendments = [voided(first!), voided(done!), corrected(alsoDone!, day(2, 15))].map((event, index) => log.record(event, day(5 + index)));
  const again = log.record(scheduled(ann, 'T-1', 9, rep, 'Call back, for real'), day(9));

  beforeAll(async () => {
    database = await createTestDatabase('tasks_amended');
    db = createReadDb(database.url);
    await freshSchema(db, tasksProjection, schema);
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  const listed = async () =>
    (await taskPage(db, { now, limit: 10 })).items.map(({ taskId, status, title, completedAt, scheduledAt }) => ({ taskId, status, title, completedAt, scheduledAt }));

  it('takes a voided task out of the list, reopens a task whose completion is voided, and shows a corrected completion time', async () => {
    await applyInBatches(db, tasksProjection, schema, [...events, ...amendments], [3, 6]);
    expect(await listed()).toEqual([
      { taskId: 'T-2', status: 'open', title: 'Task T-2', completedAt: null, scheduledAt: day(0, 8) },
      { taskId: 'T-3', status: 'done', title: 'Task T-3', completedAt: day(2, 15), scheduledAt: day(0, 8) },
    ]);
  });

  it('lists a task id scheduled again after its void, with its new due time and reminders', async () => {
    await applyInBatches(db, tasksProjection, schema, [again], []);
    const items = (await taskPage(db, { now, limit: 10 })).items;
    expect(items.map(({ taskId, dueAt, title }) => ({ taskId, dueAt, title }))[2]).toEqual({ taskId: 'T-1', dueAt: day(9), title: 'Call back, for real' });
    const outbox = (await tableRows(db, schema, 'job_outbox', ['key'])) as { key: string }[];
    expect(outbox.map((row) => row.key)).toContain(`task-reminder.overdue.${ann}.${day(9).toISOString()}.T-1`);
  });

  it('builds the same tables live and in a rebuild', async () => {
    const steps = [...events, ...amendments, again].map((event, index) => ({ event: { type: event.type, data: event.data } as never, eventId: event.id, recordedAt: day(index), sweepBefore: false }));
    const tables = [
      { name: 'task', orderBy: ['customer_id', 'task_id'] },
      { name: 'job_outbox', orderBy: ['key'] },
    ];
    const { incremental, rebuilt } = await buildTwice(db, tasksProjection, tables, steps, [2, 5, 7]);
    expect(incremental).toEqual(rebuilt);
  });
});

describe('tasks projection: merges', () => {
  let database: TestDatabase;
  let db: Kysely<ReadDatabase>;
  const schema = projectionSchema('tasks');
  const now = day(4, 12);
  const log = new TestLog();
  const merge = (type: 'CustomerMerged' | 'CustomerUnmerged', n: number) => log.record({ type, data: { customerId: ann, absorbedId: bob, occurredAt: day(n).toISOString() } }, day(n));

  beforeAll(async () => {
    database = await createTestDatabase('tasks_merged');
    db = createReadDb(database.url);
    await freshSchema(db, tasksProjection, schema);
    await applyInBatches(db, tasksProjection, schema, [scheduled(ann, 'T-1', 5, rep), scheduled(bob, 'T-1', 6, rep, 'Call Bob')].map((event, index) => log.record(event, day(index))), []);
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  const listedUnder = async (customerId: string) =>
    (await taskPage(db, { now, limit: 10, customerId })).items.map(({ customerId, mergedInto, taskId }) => ({ customerId, mergedInto, taskId }));

  it('lists an absorbed record’s tasks under its survivor, naming the record that holds them, until the unmerge', async () => {
    await applyInBatches(db, tasksProjection, schema, [merge('CustomerMerged', 2)], []);
    expect(await listedUnder(ann)).toEqual([
      { customerId: ann, mergedInto: null, taskId: 'T-1' },
      { customerId: bob, mergedInto: ann, taskId: 'T-1' },
    ]);
    expect(await listedUnder(bob)).toEqual([{ customerId: bob, mergedInto: ann, taskId: 'T-1' }]);

    await applyInBatches(db, tasksProjection, schema, [merge('CustomerUnmerged', 3)], []);
    expect(await listedUnder(ann)).toEqual([{ customerId: ann, mergedInto: null, taskId: 'T-1' }]);
    expect(await listedUnder(bob)).toEqual([{ customerId: bob, mergedInto: null, taskId: 'T-1' }]);
  });
});
