import { Redis } from 'ioredis';
import { ApiKeyService } from '#crm/auth';
import { customerStreamName } from '#crm/domain';
import { JobsRestoration } from '#crm/jobs';
import { staffProjection, taskReminderJobKey, tasksProjection } from '#crm/projections';
import { eventually } from '#test/support/eventually';
import { answersBreakingContract } from '#test/support/openapi-contract';
import { TaskReminderService } from '../../apps/worker/src/tasks/task-reminder.service.js';
import { OPERATOR_STAFF_ID, startJobsTestApp, type JobsTestApp } from '../../apps/worker/src/testing/jobs-test-app.js';

const HOUR = 3_600_000;

describe('tasks and their reminders', () => {
  let app: JobsTestApp;
  let samId: string;
  let samKey: string;
  let ritaId: string;
  let customerId: string;

  const post = (url: string, payload: object = {}, role: 'admin' | 'operator' | 'analyst' = 'operator') => app.request({ method: 'POST', url, payload, role });
  const get = (url: string, headers?: Record<string, string>) => app.request({ method: 'GET', url, ...(headers ? { headers, role: null } : {}) });
  const asSam = { 'x-api-key': '' };
  const schedule = async (taskId: string, dueAt: Date, assigneeId: string, title = `Task ${taskId}`) => {
    const answer = await post(`/customers/${customerId}/touches`, { type: 'task-scheduled', taskId, title, dueAt: dueAt.toISOString(), assigneeId });
    expect(answer.statusCode).toBe(201);
    return answer.json() as { eventId: string; position: string };
  };
  const reminderId = (taskId: string, dueAt: Date, reminder: 'due-soon' | 'overdue') =>
    taskReminderJobKey({ customerId, taskId, dueAt: dueAt.toISOString(), reminder });
  const streamTypes = async () => {
    const types: string[] = [];
    for await (const event of app.databases.eventStore.readStream(customerStreamName(customerId))) types.push(event.type);
    return types;
  };
  const taskIds = async (query: string) => (await get(`/tasks?${query}`)).json().items.map((item: { taskId: string }) => item.taskId);

  beforeAll(async () => {
    // A one-second look for an emptied Redis, so the restore test need not wait the default 15 s.
    app = await startJobsTestApp('tasks_reminders', { projections: [tasksProjection, staffProjection], env: { JOBS_RESTORE_CHECK_SECONDS: '1' } });
    samId = (await post('/staff', { name: 'Sam Sales', email: 'sam@example.com' }, 'admin')).json().id;
    ritaId = (await post('/staff', { name: 'Rita Sales', email: 'rita@example.com' }, 'admin')).json().id;
    samKey = (await app.api.get(ApiKeyService).create({ role: 'operator', name: 'sam', staffId: samId })).key;
    asSam['x-api-key'] = samKey;
    customerId = (await post('/customers', { kind: 'person', name: 'Ada Customer' })).json().id;
  });

  afterAll(() => app?.close());

  describe('GET /tasks, complete and reschedule', () => {
    const now = Date.now();
    const [past, soon, later] = [new Date(now - 48 * HOUR), new Date(now + 72 * HOUR), new Date(now + 120 * HOUR)];

    beforeAll(async () => {
      await schedule('T-past', past, OPERATOR_STAFF_ID, 'Send the quote');
      await schedule('T-soon', soon, OPERATOR_STAFF_ID);
      await app.projected((await schedule('T-sam', later, samId)).position);
    });

    it('lists my tasks soonest first, overdue ones marked, with filters and keyset pages', async () => {
      const mine = (await get('/tasks?assignee=me')).json();
      expect(mine).toEqual({
        items: [
          {
            customerId,
            mergedInto: null,
            taskId: 'T-past',
            title: 'Send the quote',
            assigneeId: OPERATOR_STAFF_ID,
            dueAt: past.toISOString(),
            status: 'overdue',
            scheduledAt: expect.any(String),
            completedAt: null,
          },
          expect.objectContaining({ taskId: 'T-soon', status: 'open', dueAt: soon.toISOString() }),
        ],
        nextCursor: null,
      });
      expect(await taskIds('assignee=me&status=overdue')).toEqual(['T-past']);
      expect(await taskIds(`assignee=${samId}`)).toEqual(['T-sam']);
      expect(await taskIds(`dueFrom=${encodeURIComponent(soon.toISOString())}&dueTo=${encodeURIComponent(later.toISOString())}`)).toEqual(['T-soon', 'T-sam']);

      const first = (await get('/tasks?status=open&limit=1')).json();
      expect(first.items.map((item: { taskId: string }) => item.taskId)).toEqual(['T-soon']);
      expect(await taskIds(`status=open&limit=1&cursor=${first.nextCursor}`)).toEqual(['T-sam']);
    });

    it('completes a task once and moves another, each a touch the list follows', async () => {
      const completed = await post(`/customers/${customerId}/tasks/T-past/complete`);
      expect(completed.statusCode).toBe(201);
      expect(completed.json()).toEqual({ eventId: expect.any(String), revision: expect.any(Number), position: expect.any(String) });
      const again = await post(`/customers/${customerId}/tasks/T-past/complete`);
      // A rule the record's history refuses is a conflict with it, as for every touch.
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ rule: 'task-already-completed' });

      const moved = new Date(now + 24 * HOUR);
      const rescheduled = await post(`/customers/${customerId}/tasks/T-soon/reschedule`, { dueAt: moved.toISOString() });
      expect(rescheduled.statusCode).toBe(201);
      await app.projected(rescheduled.json().position);
      expect((await get('/tasks?assignee=me')).json().items.map(({ taskId, status, dueAt }: Record<string, string>) => ({ taskId, status, dueAt }))).toEqual([
        { taskId: 'T-past', status: 'done', dueAt: past.toISOString() },
        { taskId: 'T-soon', status: 'open', dueAt: moved.toISOString() },
      ]);
      expect((await streamTypes()).slice(-2)).toEqual(['TaskCompleted', 'TaskRescheduled']);
    });

    it('lists the tasks of a record merged into another under the survivor, completed where they were scheduled, and schedules nothing new there', async () => {
      const duplicate = (await post('/customers', { kind: 'person', name: 'Ada Customer (2)' })).json().id;
      const task = { type: 'task-scheduled', title: 'Call Ada', dueAt: past.toISOString(), assigneeId: OPERATOR_STAFF_ID };
      expect((await post(`/customers/${duplicate}/touches`, { ...task, taskId: 'T-dup' })).statusCode).toBe(201);
      const merged = await post(`/customers/${customerId}/merge`, { from: duplicate });
      expect(merged.statusCode).toBe(201);
      await app.projected(merged.json().events.at(-1).position);
      const survivorsTasks = async () => (await get(`/tasks?customer=${customerId}`)).json().items.filter((item: { taskId: string }) => item.taskId === 'T-dup');
      expect(await survivorsTasks()).toEqual([expect.objectContaining({ customerId: duplicate, mergedInto: customerId, status: 'overdue' })]);
      const completed = await post(`/customers/${duplicate}/tasks/T-dup/complete`);
      expect(completed.statusCode).toBe(201);
      await app.projected(completed.json().position);
      expect(await survivorsTasks()).toEqual([expect.objectContaining({ customerId: duplicate, mergedInto: customerId, status: 'done' })]);
      const refused = await post(`/customers/${duplicate}/touches`, { ...task, taskId: 'T-dup-2' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ rule: 'customer-merged' });
      const unmerged = await post(`/customers/${customerId}/unmerge`, { from: duplicate });
      expect(unmerged.statusCode).toBe(201);
      await app.projected(unmerged.json().events.at(-1).position);
      expect(await survivorsTasks()).toEqual([]);
      expect((await get(`/tasks?customer=${duplicate}`)).json().items).toEqual([expect.objectContaining({ customerId: duplicate, mergedInto: null, taskId: 'T-dup' })]);
    });

    it('refuses bad input with 400 naming the field, unknown customers with 404 and other roles with 403, appending nothing', async () => {
      const refused = async (response: Promise<{ statusCode: number; json(): { errors?: { field: string }[] } }>, status: number, field?: string) => {
        const answer = await response;
        expect(answer.statusCode).toBe(status);
        if (field) expect(answer.json().errors?.map((error) => error.field)).toEqual([field]);
      };
      const before = await streamTypes();
      await refused(post(`/customers/${customerId}/tasks/T-sam/reschedule`, { dueAt: 'next week' }), 400, 'dueAt');
      await refused(post(`/customers/${customerId}/tasks/T-sam/reschedule`, {}), 400, 'dueAt');
      await refused(get('/tasks?status=late'), 400, 'status');
      await refused(get('/tasks?assignee=bob'), 400, 'assignee');
      await refused(get('/tasks?dueFrom=yesterday'), 400, 'dueFrom');
      await refused(get('/tasks?cursor=nope'), 400, 'cursor');
      await refused(get('/tasks?customer=ada'), 400, 'customer');
      await refused(app.request({ method: 'GET', url: '/tasks?assignee=me', role: 'analyst' }), 400, 'assignee');
      await refused(post('/customers/7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11/tasks/T-1/complete'), 404);
      await refused(post(`/customers/${customerId}/tasks/T-sam/complete`, {}, 'analyst'), 403);
      await refused(post(`/customers/${customerId}/tasks/T-never/complete`), 409);
      expect(await streamTypes()).toEqual(before);
    });
  });

  describe('reminders and notifications', () => {
    it('reminds the assignee before the due time, in the app and by mail', async () => {
      const dueAt = new Date(Date.now() + 10 * 60_000); // within the hour: the early reminder is due at once
      await schedule('R-soon', dueAt, samId, 'Prepare the demo');
      await expect(app.finished(reminderId('R-soon', dueAt, 'due-soon'))).resolves.toEqual({ notified: true, mailed: true });
      expect(await (await app.queue.get(reminderId('R-soon', dueAt, 'overdue')))!.isDelayed()).toBe(true);
      const mail = await app.databases.readDb
        .selectFrom('outbox_message')
        .selectAll()
        .where('key', '=', reminderId('R-soon', dueAt, 'due-soon'))
        .executeTakeFirst();
      expect(mail).toMatchObject({ channel: 'email', recipient: 'sam@example.com', subject: 'Task due soon: Prepare the demo' });
    });

    it('says a task is overdue once its due time has passed, and not that it is due soon', async () => {
      const dueAt = new Date(Date.now() - HOUR);
      await schedule('R-late', dueAt, samId, 'Return the call');
      await expect(app.finished(reminderId('R-late', dueAt, 'overdue'))).resolves.toEqual({ notified: true, mailed: true });
      await expect(app.finished(reminderId('R-late', dueAt, 'due-soon'))).resolves.toEqual({ notified: false, mailed: false });
    });

    it('does not remind of a task completed, or moved, since its reminder was planned', async () => {
      const dueAt = new Date(Date.now() - 2 * HOUR);
      await schedule('R-done', dueAt, ritaId);
      await schedule('R-moved', dueAt, ritaId);
      expect((await post(`/customers/${customerId}/tasks/R-done/complete`)).statusCode).toBe(201);
      expect((await post(`/customers/${customerId}/tasks/R-moved/reschedule`, { dueAt: new Date(Date.now() + 48 * HOUR).toISOString() })).statusCode).toBe(201);
      // The jobs may have run before either write; run now, as a retry or a restore would, they do nothing.
      const reminders = app.worker!.get(TaskReminderService, { strict: false });
      for (const taskId of ['R-done', 'R-moved']) {
        await expect(reminders.remind({ customerId, taskId, dueAt: dueAt.toISOString(), reminder: 'overdue' })).resolves.toEqual({
          notified: false,
          mailed: false,
        });
      }
    });

    it('lists my notifications unread first, and marks one read (only mine)', async () => {
      const listed = (await get('/notifications', asSam)).json();
      expect(listed.unread).toBe(2);
      expect(listed.items.map(({ kind, taskId, title, readAt }: Record<string, unknown>) => ({ kind, taskId, title, readAt }))).toEqual(
        expect.arrayContaining([
          { kind: 'task-due-soon', taskId: 'R-soon', title: 'Prepare the demo', readAt: null },
          { kind: 'task-overdue', taskId: 'R-late', title: 'Return the call', readAt: null },
        ]),
      );
      const soon = listed.items.find((item: { taskId: string }) => item.taskId === 'R-soon');

      expect((await post(`/notifications/${soon.id}/read`)).statusCode).toBe(404); // the operator key is not Sam
      const read = await app.request({ method: 'POST', url: `/notifications/${soon.id}/read`, headers: asSam, role: null });
      expect(read.statusCode).toBe(200);
      expect(read.json()).toMatchObject({ id: soon.id, readAt: expect.any(String) });
      const after = (await get('/notifications', asSam)).json();
      expect(after.unread).toBe(1);
      expect(after.items.map((item: { taskId: string }) => item.taskId)).toEqual(['R-late', 'R-soon']);
      expect((await get('/notifications')).json().items).not.toContainEqual(expect.objectContaining({ taskId: 'R-late' }));
      expect((await app.request({ method: 'GET', url: '/notifications', role: 'analyst' })).json()).toEqual({ items: [], unread: 0 });
      expect((await app.request({ method: 'POST', url: '/notifications/nope/read', headers: asSam, role: null })).statusCode).toBe(400);
    });

    it('adds a pending reminder again from PostgreSQL after Redis lost it, and a rerun notifies nobody twice', async () => {
      const dueAt = new Date(Date.now() + 30 * 60_000);
      await schedule('R-kept', dueAt, ritaId);
      const [dueSoon, overdue] = [reminderId('R-kept', dueAt, 'due-soon'), reminderId('R-kept', dueAt, 'overdue')];
      await expect(app.finished(dueSoon)).resolves.toEqual({ notified: true, mailed: true });
      await eventually(
        async () => (await app.queue.get(overdue)) !== undefined,
        10_000,
        () => 'the overdue reminder never reached BullMQ',
      );

      const restoration = app.worker!.get(JobsRestoration);
      await app.queue.bullQueue().obliterate({ force: true });
      expect(await app.queue.get(overdue)).toBeUndefined();
      const redis = new Redis(app.config.redisUrl);
      await redis.del(restoration.markerKey).finally(() => redis.disconnect());
      await restoration.checkNow();

      const restored = (await app.queue.get(overdue))!;
      expect(restored.data).toMatchObject({ customerId, taskId: 'R-kept', dueAt: dueAt.toISOString(), reminder: 'overdue' });
      expect(await restored.isDelayed()).toBe(true);
      // The early reminder ran before Redis was emptied; run again, it finds its notification there.
      await expect(app.finished(dueSoon)).resolves.toEqual({ notified: true, mailed: true });
      expect(await app.databases.readDb.selectFrom('notification').select('id').where('task_id', '=', 'R-kept').execute()).toHaveLength(1);
    });
  });

  it('answered everything as the OpenAPI document says', async () => {
    expect(await answersBreakingContract(app)).toEqual([]);
  });
});
