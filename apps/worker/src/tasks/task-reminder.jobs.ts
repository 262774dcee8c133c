import { Injectable } from '@nestjs/common';
import { JobName, OnJob, type JobPayload } from '#crm/jobs';
import { TaskReminderService } from './task-reminder.service.js';

@Injectable()
export class TaskReminderJobs {
  constructor(private readonly reminders: TaskReminderService) {}

  @OnJob(JobName.TaskReminder)
  remind(payload: JobPayload<JobName.TaskReminder>) {
    return this.reminders.remind(payload);
  }
}
