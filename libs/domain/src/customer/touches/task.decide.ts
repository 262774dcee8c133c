import { optional, referenceProblem, textProblem, uuidProblem } from '../../shared/field-checks.js';
import { instantProblem, toInstant } from '../../shared/time.js';
import type { CustomerState } from '../customer.state.js';
import { acceptTouch } from './touch.checks.js';
import type { CompleteTask, RescheduleTask, ScheduleTask } from './touch.commands.js';
import { taskAlreadyCompleted, taskAlreadyScheduled, taskDueUnchanged, taskNotScheduled } from './touch.errors.js';
import type { TaskCompleted, TaskRescheduled, TaskScheduled } from './touch.events.js';

/** A due date may lie in the past: imports back-fill tasks, and overdue is a state worth seeing. */
export function scheduleTask({ data, metadata }: ScheduleTask, state: CustomerState): TaskScheduled[] {
  const { base, customer } = acceptTouch(data, metadata.now, state, [
    ['taskId', referenceProblem(data.taskId)],
    ['title', textProblem(data.title)],
    ['dueAt', instantProblem(data.dueAt)],
    ['assigneeId', optional(data.assigneeId, uuidProblem)],
  ]);
  if (customer.tasks[data.taskId]) throw taskAlreadyScheduled(data.taskId);
  return [
    {
      type: 'TaskScheduled',
      data: {
        ...base,
        taskId: data.taskId,
        dueAt: toInstant(data.dueAt),
        assigneeId: data.assigneeId ?? null,
        personal: { title: data.title.trim() },
      },
    },
  ];
}

/**
 * A record merged into another keeps the tasks it had: they stay on its stream (a stream decides
 * from its own events alone), still reminded and listed, so they may still be completed or moved
 * there. Nothing new is scheduled on it.
 */
export function completeTask({ data, metadata }: CompleteTask, state: CustomerState): TaskCompleted[] {
  const { base, customer } = acceptTouch(data, metadata.now, state, [['taskId', referenceProblem(data.taskId)]], 'allowed');
  const task = customer.tasks[data.taskId];
  if (!task) throw taskNotScheduled(data.taskId);
  if (task.status === 'completed') throw taskAlreadyCompleted(data.taskId);
  return [{ type: 'TaskCompleted', data: { ...base, taskId: data.taskId } }];
}

/** A move to the time the task already has is refused: a touch records one event, and this one would say nothing. */
export function rescheduleTask({ data, metadata }: RescheduleTask, state: CustomerState): TaskRescheduled[] {
  const { base, customer } = acceptTouch(
    data,
    metadata.now,
    state,
    [
      ['taskId', referenceProblem(data.taskId)],
      ['dueAt', instantProblem(data.dueAt)],
    ],
    'allowed',
  );
  const task = customer.tasks[data.taskId];
  if (!task) throw taskNotScheduled(data.taskId);
  if (task.status === 'completed') throw taskAlreadyCompleted(data.taskId);
  const dueAt = toInstant(data.dueAt);
  if (dueAt === task.dueAt) throw taskDueUnchanged(data.taskId);
  return [{ type: 'TaskRescheduled', data: { ...base, taskId: data.taskId, dueAt, previousDueAt: task.dueAt } }];
}
