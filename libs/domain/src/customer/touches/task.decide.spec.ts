import { RuleViolation, ValidationError } from '../../shared/errors.js';
import { customerId, customerRegistered, metadata, nowIso, organizationId, otherStaffId } from '../../testing/fixtures.js';
import { deciderSpec } from '../../testing/given.js';
import { customerDecider } from '../customer.decide.js';
import type { CompleteTask, RescheduleTask } from './touch.commands.js';
import type { CustomerEvent } from '../customer.events.js';
import type { TaskCompleted, TaskScheduled } from './touch.events.js';

const given = deciderSpec(customerDecider);

const taskScheduled: TaskScheduled = {
  type: 'TaskScheduled',
  data: {
    customerId,
    occurredAt: nowIso,
    channel: 'internal',
    taskId: 'T-1',
    dueAt: '2025-03-05T09:00:00.000Z',
    assigneeId: otherStaffId,
    personal: { title: 'Call back about the quote' },
  },
};

const complete: CompleteTask = { type: 'CompleteTask', data: { customerId, channel: 'phone', taskId: 'T-1' }, metadata };
const taskCompleted: TaskCompleted = { type: 'TaskCompleted', data: { customerId, occurredAt: nowIso, channel: 'phone', taskId: 'T-1' } };

describe('ScheduleTask', () => {
  it('schedules a task, its title as personal data', () => {
    given([customerRegistered])
      .when({
        type: 'ScheduleTask',
        data: {
          customerId,
          channel: 'internal',
          taskId: 'T-1',
          title: 'Call back about the quote',
          dueAt: '2025-03-05T10:00:00+01:00',
          assigneeId: otherStaffId,
        },
        metadata,
      })
      .then([taskScheduled]);
  });

  it('refuses a due date that is not a date-time and an assignee that is not a staff id', () => {
    given([customerRegistered])
      .when({ type: 'ScheduleTask', data: { customerId, channel: 'internal', taskId: 'T-2', title: 'x', dueAt: 'tomorrow', assigneeId: 'bob' }, metadata })
      .thenThrows(ValidationError, { errors: [{ field: 'dueAt' }, { field: 'assigneeId', reason: 'must be a UUID' }] });
  });

  it('refuses a task id scheduled twice', () => {
    given([customerRegistered, taskScheduled])
      .when({ type: 'ScheduleTask', data: { customerId, channel: 'internal', taskId: 'T-1', title: 'x', dueAt: nowIso }, metadata })
      .thenThrows(RuleViolation, { rule: 'task-already-scheduled' });
  });
});

describe('CompleteTask', () => {
  it('completes a scheduled task', () => {
    given([customerRegistered, taskScheduled]).when(complete).then([taskCompleted]);
  });

  it('refuses a task never scheduled', () => {
    given([customerRegistered]).when(complete).thenThrows(RuleViolation, { rule: 'task-not-scheduled' });
  });

  it('refuses a task already completed', () => {
    given([customerRegistered, taskScheduled, taskCompleted]).when(complete).thenThrows(RuleViolation, { rule: 'task-already-completed' });
  });
});

describe('RescheduleTask', () => {
  const reschedule = (dueAt: string): RescheduleTask => ({ type: 'RescheduleTask', data: { customerId, channel: 'internal', taskId: 'T-1', dueAt }, metadata });

  it('moves an open task to a new due time, keeping the one it had', () => {
    given([customerRegistered, taskScheduled])
      .when(reschedule('2025-03-07T10:00:00+01:00'))
      .then([
        {
          type: 'TaskRescheduled',
          data: {
            customerId,
            occurredAt: nowIso,
            channel: 'internal',
            taskId: 'T-1',
            dueAt: '2025-03-07T09:00:00.000Z',
            previousDueAt: '2025-03-05T09:00:00.000Z',
          },
        },
      ]);
  });

  it('refuses a move to the time the task already has', () => {
    given([customerRegistered, taskScheduled]).when(reschedule('2025-03-05T09:00:00Z')).thenThrows(RuleViolation, { rule: 'task-due-unchanged' });
  });

  it('refuses a due time that is not a date-time, naming the field', () => {
    given([customerRegistered, taskScheduled])
      .when(reschedule('next week'))
      .thenThrows(ValidationError, { errors: [{ field: 'dueAt' }] });
  });

  it('refuses a task never scheduled, and one already completed', () => {
    given([customerRegistered]).when(reschedule(nowIso)).thenThrows(RuleViolation, { rule: 'task-not-scheduled' });
    given([customerRegistered, taskScheduled, taskCompleted]).when(reschedule(nowIso)).thenThrows(RuleViolation, { rule: 'task-already-completed' });
  });
});

describe('the tasks of a record merged into another', () => {
  const absorbed: CustomerEvent = { type: 'CustomerAbsorbed', data: { customerId, survivorId: organizationId, occurredAt: nowIso } };

  it('may still be completed or moved where they were scheduled, and nothing new is scheduled there', () => {
    given([customerRegistered, taskScheduled, absorbed]).when(complete).then([taskCompleted]);
    given([customerRegistered, taskScheduled, absorbed])
      .when({ type: 'RescheduleTask', data: { customerId, channel: 'internal', taskId: 'T-1', dueAt: '2025-03-06T09:00:00Z' }, metadata })
      .then([expect.objectContaining({ type: 'TaskRescheduled' }) as never]);
    given([customerRegistered, absorbed])
      .when({ type: 'ScheduleTask', data: { customerId, channel: 'internal', taskId: 'T-2', title: 'x', dueAt: nowIso }, metadata })
      .thenThrows(RuleViolation, { rule: 'customer-merged' });
  });
});
