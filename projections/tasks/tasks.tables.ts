import { jobOutboxTables } from '#crm/jobs';
import { column, defineTables, type TablesOf } from '#crm/read-store';
import { customerMergeTables } from '../shared/customer-merges.js';

/**
 * What the log says of a task; "overdue" is not stored: it is an open task whose due time has passed,
 * asked at read time. Erased and voided tasks are in no list.
 */
export const taskStates = ['open', 'done', 'erased', 'voided'] as const;
export type TaskStateName = (typeof taskStates)[number];

export const tasksTables = defineTables({
  /** One row per task, under the record whose stream holds it (a merge moves no row). Ids are text: imports and callers name tasks by their own keys. */
  task: {
    columns: {
      customer_id: column.text(),
      task_id: column.text(),
      /** The scheduling event's log position: a stable order for paging through open tasks. */
      seq: column.bigint().unique(),
      /** Personal data (free text about the person): null once the customer is erased. */
      title: column.text().nullable(),
      assignee_id: column.text().nullable(),
      due_at: column.timestamptz(),
      state: column.text().as<TaskStateName>(),
      scheduled_at: column.timestamptz(),
      completed_at: column.timestamptz().nullable(),
    },
    primaryKey: ['customer_id', 'task_id'],
    indexes: [
      { name: 'task_assignee_due', on: ['assignee_id', 'due_at'] },
      { name: 'task_state_due', on: ['state', 'due_at'] },
    ],
  },
  /** Records merged into another, while they are: their tasks list under the survivor. */
  ...customerMergeTables,
  ...jobOutboxTables,
});

export type TasksTables = TablesOf<typeof tasksTables>;
