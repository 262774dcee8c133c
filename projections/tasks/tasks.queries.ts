import type { ReadDatabase } from '#crm/read-store';
import { sql, type Kysely } from 'kysely';
import { customerOrAbsorbed, onAbsorbed } from '../shared/customer-merges.js';
import { decodeCursor, encodeCursor, isIsoInstant } from '../shared/opaque-cursor.js';
import { tasksProjection, taskReminderJobKey } from './tasks.projection.js';
import type { OutboxJobRow } from '#crm/jobs';

export const taskStatuses = ['open', 'overdue', 'done'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

export type TaskItem = {
  /** The record whose stream holds the task: where it is completed and moved. */
  customerId: string;
  /** The record `customerId` is merged into, while it is: the task lists under it. */
  mergedInto: string | null;
  taskId: string;
  title: string | null;
  assigneeId: string | null;
  dueAt: Date;
  status: TaskStatus;
  scheduledAt: Date;
  completedAt: Date | null;
};

export type TaskFilter = {
  /** This customer's tasks and those of the records merged into it. */
  customerId?: string;
  assigneeId?: string;
  status?: TaskStatus;
  /** Inclusive bounds on the due time. */
  dueFrom?: Date;
  dueTo?: Date;
  /** Team record access: only tasks assigned to these staff, and unassigned ones (undefined: all). */
  visibleAssignees?: readonly string[];
  /** What "overdue" is measured against. */
  now: Date;
};

export type TaskCursor = [dueAt: string, customerId: string, taskId: string];
export type TaskPage = { items: TaskItem[]; nextCursor: string | null };

export const parseTaskCursor = (text: string): TaskCursor | null =>
  decodeCursor<TaskCursor>(
    text,
    (value): value is TaskCursor => value.length === 3 && isIsoInstant(value[0]) && typeof value[1] === 'string' && typeof value[2] === 'string',
  );

function taskQuery(db: Kysely<ReadDatabase>, { customerId, assigneeId, status, dueFrom, dueTo, visibleAssignees, now }: TaskFilter) {
  return tasksProjection
    .read(db)
    .selectFrom('task')
    .leftJoin('customer_merge as merge', onAbsorbed('merge', 'task.customer_id'))
    .select(['task.customer_id', 'merge.survivor_id', 'task_id', 'title', 'assignee_id', 'due_at', 'state', 'scheduled_at', 'completed_at'])
    .where('state', 'not in', ['erased', 'voided'])
    .$if(customerId !== undefined, (qb) => qb.where((eb) => customerOrAbsorbed(eb, 'task.customer_id', customerId!, 'text')))
    .$if(status === 'done', (qb) => qb.where('state', '=', 'done'))
    .$if(status === 'open', (qb) => qb.where('state', '=', 'open').where('due_at', '>=', now))
    .$if(status === 'overdue', (qb) => qb.where('state', '=', 'open').where('due_at', '<', now))
    .$if(assigneeId !== undefined, (qb) => qb.where('assignee_id', '=', assigneeId!))
    .$if(dueFrom !== undefined, (qb) => qb.where('due_at', '>=', dueFrom!))
    .$if(dueTo !== undefined, (qb) => qb.where('due_at', '<=', dueTo!))
    .$if(visibleAssignees !== undefined, (qb) =>
      qb.where((eb) => eb.or([eb('assignee_id', 'is', null), ...(visibleAssignees!.length > 0 ? [eb('assignee_id', 'in', visibleAssignees!)] : [])])),
    );
}

/** Soonest due first; keyset paging on (due time, customer, task), so tasks scheduled meanwhile never shift a page. */
export async function taskPage(db: Kysely<ReadDatabase>, filter: TaskFilter & { limit: number; cursor?: TaskCursor }): Promise<TaskPage> {
  const { cursor, limit, now } = filter;
  const rows = await taskQuery(db, filter)
    .$if(cursor !== undefined, (qb) => qb.where(sql<boolean>`(due_at, task.customer_id, task_id) > (${new Date(cursor![0])}, ${cursor![1]}, ${cursor![2]})`))
    .orderBy('due_at')
    .orderBy('task.customer_id')
    .orderBy('task_id')
    .limit(limit + 1)
    .execute();
  const items: TaskItem[] = rows.slice(0, limit).map((row) => ({
    customerId: row.customer_id,
    mergedInto: row.survivor_id,
    taskId: row.task_id,
    title: row.title,
    assigneeId: row.assignee_id,
    dueAt: row.due_at,
    status: row.state === 'done' ? 'done' : row.due_at < now ? 'overdue' : 'open',
    scheduledAt: row.scheduled_at,
    completedAt: row.completed_at,
  }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.dueAt.toISOString(), last.customerId, last.taskId]) : null };
}

/**
 * The dispatched reminders of open assigned tasks at their current due time, a page at a time
 * (after the scheduling position `after`): what must be in Redis for them to come. A reminder
 * already sent is recognised by its notification and not sent again.
 */
export async function pendingTaskReminders(
  db: Kysely<ReadDatabase>,
  page: { after: string | null; limit: number },
): Promise<{ jobs: OutboxJobRow[]; last: string | null }> {
  const tables = tasksProjection.read(db);
  const open = await tables
    .selectFrom('task')
    .select(['seq', 'customer_id', 'task_id', 'due_at'])
    .where('state', '=', 'open')
    .where('assignee_id', 'is not', null)
    .$if(page.after !== null, (qb) => qb.where('seq', '>', page.after!))
    .orderBy('seq')
    .limit(page.limit)
    .execute();
  if (open.length === 0) return { jobs: [], last: null };
  const keys = open.flatMap((row) =>
    (['due-soon', 'overdue'] as const).map((reminder) =>
      taskReminderJobKey({ customerId: row.customer_id, taskId: row.task_id, dueAt: row.due_at.toISOString(), reminder }),
    ),
  );
  const jobs = await tables
    .selectFrom('job_outbox')
    .select(['key', 'name', 'payload', 'run_at as runAt'])
    .where('key', 'in', keys)
    .where('dispatched_at', 'is not', null)
    .orderBy('seq')
    .execute();
  return { jobs, last: String(open.at(-1)!.seq) };
}

/** The titles of these tasks, keyed `customerId/taskId`; an erased customer's are null. */
export async function taskTitles(db: Kysely<ReadDatabase>, tasks: readonly { customerId: string; taskId: string }[]): Promise<Map<string, string | null>> {
  if (tasks.length === 0) return new Map();
  const rows = await tasksProjection
    .read(db)
    .selectFrom('task')
    .select(['customer_id', 'task_id', 'title'])
    .where((eb) => eb.or(tasks.map((task) => eb.and([eb('customer_id', '=', task.customerId), eb('task_id', '=', task.taskId)]))))
    .execute();
  return new Map(rows.map((row) => [`${row.customer_id}/${row.task_id}`, row.title]));
}
