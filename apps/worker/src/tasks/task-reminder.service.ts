import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { EVENT_CODEC, loadStream, type EventCodec } from '#crm/commands';
import { customerDecider, customerStreamName, stateAsOf, type TaskState } from '#crm/domain';
import { EVENT_STORE, type EventStore } from '#crm/event-store';
import type { JobName, JobPayload } from '#crm/jobs';
import { staffContact, taskReminderJobKey } from '#crm/projections';
import { READ_DB, type ReadDatabase } from '#crm/read-store';
import { MessageTransport } from '#crm/transport';
import { notifyOnce } from '../notifications/notify-once.js';

export type TaskReminderOutcome = { notified: boolean; mailed: boolean };

const NOTHING: TaskReminderOutcome = { notified: false, mailed: false };

/**
 * Reminds a task's assignee in the app and by mail. The task is read from the customer's own
 * stream, not from a read model that may lag: a reminder for a due time the task no longer has,
 * or for a task completed, erased or unassigned, does nothing. The notification is keyed by the
 * job, so a job run twice (a retry, a restore after Redis lost it) notifies once; the mail goes
 * again only through a transport that recognises a repeat, as campaigns do.
 */
@Injectable()
export class TaskReminderService {
  constructor(
    @Inject(READ_DB) private readonly db: Kysely<ReadDatabase>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_CODEC) private readonly codec: EventCodec,
    private readonly transport: MessageTransport,
  ) {}

  async remind(payload: JobPayload<JobName.TaskReminder>, now = new Date()): Promise<TaskReminderOutcome> {
    const task = await this.currentTask(payload.customerId, payload.taskId);
    if (!task || task.status !== 'open' || task.assigneeId === null || task.dueAt !== payload.dueAt) return NOTHING;
    // Already past due when the early reminder runs (scheduled late, or restored): the overdue one says it.
    if (payload.reminder === 'due-soon' && now.toISOString() >= payload.dueAt) return NOTHING;
    const key = taskReminderJobKey(payload);
    const inserted = await notifyOnce(this.db, key, {
      staff_id: task.assigneeId,
      kind: `task-${payload.reminder}`,
      customer_id: payload.customerId,
      task_id: payload.taskId,
      due_at: new Date(payload.dueAt),
    });
    const contact = await staffContact(this.db, task.assigneeId);
    if (!contact?.email || !contact.active || (!inserted && !this.transport.idempotent)) return { notified: true, mailed: false };
    await this.transport.send({ key, channel: 'email', to: contact.email, ...reminderMail(payload.reminder, task) });
    return { notified: true, mailed: true };
  }

  private async currentTask(customerId: string, taskId: string): Promise<TaskState | null> {
    const { events } = await loadStream(this.store, this.codec, customerStreamName(customerId));
    const state = stateAsOf(customerDecider, events);
    return state.status === 'active' ? (state.tasks[taskId] ?? null) : null;
  }
}

function reminderMail(reminder: JobPayload<JobName.TaskReminder>['reminder'], task: TaskState): { subject: string; body: string } {
  const when = `${task.dueAt.slice(0, 16).replace('T', ' ')} UTC`;
  return reminder === 'due-soon'
    ? { subject: `Task due soon: ${task.title}`, body: `"${task.title}" is due at ${when}.` }
    : { subject: `Task overdue: ${task.title}`, body: `"${task.title}" was due at ${when} and is not done yet.` };
}
