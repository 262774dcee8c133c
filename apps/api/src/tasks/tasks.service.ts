import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '#crm/auth';
import type { WriteContext } from '#crm/commands';
import { ValidationError } from '#crm/domain';
import { parseTaskCursor, taskPage, type TaskPage } from '#crm/projections';
import { QUERY_DB, type ReadDatabase } from '#crm/read-store';
import type { Kysely } from 'kysely';
import { RecordAccess, visibleOwners } from '../access/record-access.service.js';
import { TouchesService, type TouchRecorded } from '../customers/touches/touches.service.js';
import { DEFAULT_PAGE_SIZE } from '../directory/page-limit.js';
import { badCursor } from '../directory/read-model-errors.js';
import type { CompleteTaskDto, RescheduleTaskDto } from './task-actions.dto.js';
import type { TaskListQueryDto } from './tasks-query.dto.js';

/** Completing and moving a task are touches on the customer's stream, recorded as POST /customers/:id/touches records them. */
@Injectable()
export class TasksService {
  constructor(
    @Inject(QUERY_DB) private readonly db: Kysely<ReadDatabase>,
    private readonly access: RecordAccess,
    private readonly touches: TouchesService,
  ) {}

  async list(query: TaskListQueryDto, actor: Actor): Promise<TaskPage> {
    const cursor = query.cursor === undefined ? undefined : parseTaskCursor(query.cursor);
    if (cursor === null) throw badCursor();
    return taskPage(this.db, {
      customerId: query.customer?.toLowerCase(),
      assigneeId: this.assignee(query.assignee, actor),
      status: query.status,
      dueFrom: query.dueFrom === undefined ? undefined : new Date(query.dueFrom),
      dueTo: query.dueTo === undefined ? undefined : new Date(query.dueTo),
      visibleAssignees: visibleOwners(await this.access.scopeFor(actor)),
      now: new Date(),
      limit: query.limit ?? DEFAULT_PAGE_SIZE,
      cursor,
    });
  }

  complete(customerId: string, taskId: string, dto: CompleteTaskDto, write: WriteContext): Promise<TouchRecorded> {
    return this.touches.record(customerId, { ...dto, type: 'task-completed', taskId }, write);
  }

  reschedule(customerId: string, taskId: string, dto: RescheduleTaskDto, write: WriteContext): Promise<TouchRecorded> {
    return this.touches.record(customerId, { ...dto, type: 'task-rescheduled', taskId }, write);
  }

  private assignee(assignee: string | undefined, actor: Actor): string | undefined {
    if (assignee !== 'me') return assignee?.toLowerCase();
    if (!actor.staffId) throw new ValidationError([{ field: 'assignee', reason: 'is "me", but the caller acts for no staff member' }]);
    return actor.staffId.toLowerCase();
  }
}
