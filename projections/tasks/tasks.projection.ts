import type { CustomerErased, TaskCompleted, TaskRescheduled, TaskScheduled } from '#crm/domain';
import { JobName, taskReminderKinds, writeToJobOutbox, type OutboxJob } from '#crm/jobs';
import { defineProjection, type Recorded } from '#crm/projection-runner';
import type { Transaction } from 'kysely';
import { tasksTables, type TasksTables } from './tasks.tables.js';

type TasksEvent = TaskScheduled | TaskCompleted | TaskRescheduled | CustomerErased;

/** How long before its due time the assignee of a task is reminded. */
export const TASK_REMINDER_LEAD_MS = 60 * 60_000;

/**
 * A reactor: every task of every customer (GET /tasks) and, for each due time an assigned task
 * gets, its two reminders written into the outbox with the checkpoint. A task moved gets reminders
 * for its new time; the old ones find it moved and do nothing (see the worker's TaskReminders).
 */
export const tasksProjection = defineProjection<TasksEvent>()({
  name: 'tasks',
  version: 1,
  handles: { TaskScheduled: true, TaskCompleted: true, TaskRescheduled: true, CustomerErased: true },
  tables: tasksTables,

  async applyBatch(trx, events) {
    const jobs: OutboxJob[] = [];
    for (const event of events) await applyEvent(trx, event, jobs);
    await writeToJobOutbox(trx, jobs);
  },
});

async function applyEvent(trx: Transaction<TasksTables>, event: Recorded<TasksEvent>, jobs: OutboxJob[]): Promise<void> {
  switch (event.type) {
    case 'TaskScheduled': {
      const { customerId, taskId, dueAt, assigneeId, occurredAt, personal } = event.data;
      const title: unknown = (personal as Record<string, unknown> | undefined)?.title;
      await trx
        .insertInto('task')
        .values({
          customer_id: customerId,
          task_id: taskId,
          seq: event.position.prepare.toString(),
          // An erased person's personal data reaches projections as a marker, not as text.
          title: typeof title === 'string' ? title : null,
          assignee_id: assigneeId,
          due_at: dueAt,
          state: 'open',
          scheduled_at: occurredAt,
          completed_at: null,
        })
        .onConflict((oc) => oc.columns(['customer_id', 'task_id']).doNothing())
        .execute();
      if (assigneeId !== null) jobs.push(...taskReminderJobs(customerId, taskId, dueAt));
      return;
    }
    case 'TaskRescheduled': {
      const { customerId, taskId, dueAt } = event.data;
      const moved = await trx
        .updateTable('task')
        .set({ due_at: dueAt })
        .where('customer_id', '=', customerId)
        .where('task_id', '=', taskId)
        .where('state', '=', 'open')
        .returning('assignee_id')
        .executeTakeFirst();
      if (moved?.assignee_id) jobs.push(...taskReminderJobs(customerId, taskId, dueAt));
      return;
    }
    case 'TaskCompleted':
      await trx
        .updateTable('task')
        .set({ state: 'done', completed_at: event.data.occurredAt })
        .where('customer_id', '=', event.data.customerId)
        .where('task_id', '=', event.data.taskId)
        .execute();
      return;
    case 'CustomerErased':
      // Nobody is to work on a person who asked to be forgotten: their tasks leave every list.
      await trx.updateTable('task').set({ title: null, state: 'erased' }).where('customer_id', '=', event.data.customerId).execute();
      return;
  }
}

function taskReminderJobs(customerId: string, taskId: string, dueAt: string): OutboxJob[] {
  const due = new Date(dueAt);
  return taskReminderKinds.map((reminder) => ({
    key: taskReminderJobKey({ customerId, taskId, dueAt: due.toISOString(), reminder }),
    name: JobName.TaskReminder,
    payload: { customerId, taskId, dueAt: due.toISOString(), reminder },
    runAt: reminder === 'due-soon' ? new Date(due.getTime() - TASK_REMINDER_LEAD_MS) : due,
  }));
}

/** The outbox key (and BullMQ job id) of one reminder of one due time of a task. */
export function taskReminderJobKey({ customerId, taskId, dueAt, reminder }: { customerId: string; taskId: string; dueAt: string; reminder: string }): string {
  return `task-reminder.${reminder}.${customerId}.${dueAt}.${taskId}`;
}
