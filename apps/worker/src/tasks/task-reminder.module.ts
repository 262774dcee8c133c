import { Module } from '@nestjs/common';
import { CommandsModule } from '#crm/commands';
import { TransportModule } from '#crm/transport';
import { TaskReminderJobs } from './task-reminder.jobs.js';
import { TaskReminderService } from './task-reminder.service.js';

@Module({ imports: [CommandsModule, TransportModule], providers: [TaskReminderJobs, TaskReminderService] })
export class TaskReminderModule {}
