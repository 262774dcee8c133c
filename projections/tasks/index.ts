export { tasksProjection, taskReminderJobKey, TASK_REMINDER_LEAD_MS } from './tasks.projection.js';
export {
  taskPage,
  taskTitles,
  parseTaskCursor,
  pendingTaskReminders,
  taskStatuses,
  type TaskCursor,
  type TaskFilter,
  type TaskItem,
  type TaskPage,
  type TaskStatus,
} from './tasks.queries.js';
