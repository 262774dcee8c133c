import type { CustomerErased, TaskCompleted, TaskRescheduled, TaskScheduled, TouchCorrected, TouchVoided } from '#crm/domain';
import { JobName, taskReminderKinds, writeToJobOutbox, type OutboxJob } from '#crm/jobs';
import { defineProjection, type Recorded } from '#crm/projection-runner';
import type { Transaction } from 'kysely';
import { applyCustomerMerges, customerMergeHandles, isCustomerMergeEvent, type CustomerMergeEvent } from '../shared/customer-merges.js';
import { tasksTables, type TasksTables } from './tasks.tables.js';

type TasksEvent = TaskScheduled | TaskCompleted | TaskRescheduled | CustomerErased | TouchVoided | TouchCorrected | CustomerMergeEvent;

/** How long before its due time the assignee of a task is reminded. */
export const TASK_REMINDER_LEAD_MS = 60 * 60_000;

/**
 * A reactor: every task of every customer (GET /tasks) and, for each due time an assigned task
 * gets, its two reminders written into the outbox with the checkpoint. A task moved gets reminders
 * for its new time; the old ones find it moved and do nothing (see the worker's TaskReminders).
 */
export const tasksProjection = defineProjection<TasksEvent>()({
  name: 'tasks',
  // 2: voids and corrections of task touches (TouchVoided, TouchCorrected); the `voided` state.
  // 3: merges (customer_merge): an absorbed record's tasks list under its survivor.
  version: 3,
  handles: {
    ...customerMergeHandles,
    TaskScheduled: true,
    TaskCompleted: true,
    TaskRescheduled: true,
    CustomerErased: true,
    TouchVoided: true,
    TouchCorrected: true,
  },
  tables: tasksTables,

  async applyBatch(trx, events) {
    const jobs: OutboxJob[] = [];
    await applyCustomerMerges(trx, events);
    for (const event of events) if (!isCustomerMergeEvent(event)) await applyEvent(trx, event, jobs);
    await writeToJobOutbox(trx, jobs);
  },
});

async function applyEvent(trx: Transaction<TasksTables>, event: Recorded<Exclude<TasksEvent, CustomerMergeEvent>>, jobs: OutboxJob[]): Promise<void> {
  switch (event.type) {
    case 'TaskScheduled': {
      const { customerId, taskId, dueAt, assigneeId, occurredAt, personal } = event.data;
      const title: unknown = (personal as Record<string, unknown> | undefined)?.title;
      const row = {
        seq: event.position.prepare.toString(),
        // An erased person's personal data reaches projections as a marker, not as text.
        title: typeof title === 'string' ? title : null,
        assignee_id: assigneeId,
        due_at: dueAt,
        state: 'open' as const,
        scheduled_at: occurredAt,
        completed_at: null,
      };
      // A voided task's id is free again (the customer's state forgets it): scheduling it anew replaces the row.
      const scheduled = await trx
        .insertInto('task')
        .values({ customer_id: customerId, task_id: taskId, ...row })
        .onConflict((oc) => oc.columns(['customer_id', 'task_id']).doUpdateSet(row).where('task.state', '=', 'voided'))
        .returning('task_id')
        .executeTakeFirst();
      if (scheduled && assigneeId !== null) jobs.push(...taskReminderJobs(customerId, taskId, dueAt));
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
    case 'TouchVoided':
      return voidTask(trx, event.data.voided);
    case 'TouchCorrected':
      return correctTask(trx, event.data.corrected);
    case 'CustomerErased':
      // Nobody is to work on a person who asked to be forgotten: their tasks leave every list.
      await trx.updateTable('task').set({ title: null, state: 'erased' }).where('customer_id', '=', event.data.customerId).execute();
      return;
  }
}

/**
 * As the customer's state takes a void back: a voided task leaves every list, a voided completion
 * opens its task again. A voided reschedule moves nothing back (nor does the state), and a
 * completed task cannot be voided. A reopened task is reminded by the reminders still to come of
 * its due time; one that already ran while the task was done is not sent again.
 */
async function voidTask(trx: Transaction<TasksTables>, voided: TouchVoided['data']['voided']): Promise<void> {
  if (voided.type === 'TaskScheduled') {
    await taskOf(trx, voided.data).set({ state: 'voided' }).where('state', '=', 'open').execute();
  } else if (voided.type === 'TaskCompleted') {
    await taskOf(trx, voided.data).set({ state: 'open', completed_at: null }).where('state', '=', 'done').execute();
  }
}

/** Task touches correct their business time (and channel): when the task was scheduled, or completed. */
async function correctTask(trx: Transaction<TasksTables>, corrected: TouchCorrected['data']['corrected']): Promise<void> {
  if (corrected.type === 'TaskScheduled') {
    await taskOf(trx, corrected.data).set({ scheduled_at: corrected.data.occurredAt }).execute();
  } else if (corrected.type === 'TaskCompleted') {
    await taskOf(trx, corrected.data).set({ completed_at: corrected.data.occurredAt }).where('state', '=', 'done').execute();
  }
}

const taskOf = (trx: Transaction<TasksTables>, { customerId, taskId }: { customerId: string; taskId: string }) =>
  trx.updateTable('task').where('customer_id', '=', customerId).where('task_id', '=', taskId);

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
