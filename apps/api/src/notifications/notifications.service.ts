import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '#crm/auth';
import { NotFoundError } from '#crm/domain';
import { automationMessages, taskTitles } from '#crm/projections';
import { orNothingYet, READ_DB, type ReadDatabase } from '#crm/read-store';
import { sql, type Kysely, type Selectable } from 'kysely';
import { DEFAULT_PAGE_SIZE } from '../directory/page-limit.js';
import type { NotificationListQueryDto } from './notifications-query.dto.js';

type NotificationRow = Selectable<ReadDatabase['notification']>;

export type NotificationItem = {
  id: string;
  kind: string;
  customerId: string | null;
  taskId: string | null;
  title: string | null;
  dueAt: Date | null;
  createdAt: Date;
  readAt: Date | null;
};

/** The caller's own notifications: those of the staff member their key or session acts for (none for a key that acts for nobody). */
@Injectable()
export class NotificationsService {
  constructor(@Inject(READ_DB) private readonly db: Kysely<ReadDatabase>) {}

  async list(query: NotificationListQueryDto, actor: Actor): Promise<{ items: NotificationItem[]; unread: number }> {
    const staffId = actor.staffId?.toLowerCase();
    if (!staffId) return { items: [], unread: 0 };
    const rows = await this.db
      .selectFrom('notification')
      .selectAll()
      .where(sql<string>`lower(staff_id)`, '=', staffId)
      .orderBy(sql`read_at is null`, 'desc')
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(query.limit ?? DEFAULT_PAGE_SIZE)
      .execute();
    const { unread } = await this.db
      .selectFrom('notification')
      .select((eb) => eb.fn.countAll<string>().as('unread'))
      .where(sql<string>`lower(staff_id)`, '=', staffId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow();
    return { items: await this.withTitles(rows), unread: Number(unread) };
  }

  /** Reading one already read keeps its first reading time. Another's notification is as unknown as a missing one. */
  async markRead(id: string, actor: Actor, now = new Date()): Promise<NotificationItem> {
    const staffId = actor.staffId?.toLowerCase() ?? '';
    const row = await this.db
      .updateTable('notification')
      .set({ read_at: sql<Date>`coalesce(read_at, ${now})` })
      .where('id', '=', id.toLowerCase())
      .where(sql<string>`lower(staff_id)`, '=', staffId)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new NotFoundError('notification', id);
    return (await this.withTitles([row]))[0]!;
  }

  private async withTitles(rows: NotificationRow[]): Promise<NotificationItem[]> {
    const tasks = rows.flatMap((row) => (row.customer_id && row.task_id ? [{ customerId: row.customer_id, taskId: row.task_id }] : []));
    const titles = await taskTitles(this.db, tasks);
    // An automation's notification says its message (kept with the automation, not the customer: no personal data).
    // Before the automations projection first ran, no automation has notified anyone.
    const messages = await orNothingYet(automationMessages(this.db, [...new Set(rows.flatMap((row) => (row.automation_id ? [row.automation_id] : [])))]), new Map<string, string>());
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      customerId: row.customer_id,
      taskId: row.task_id,
      title: row.automation_id ? (messages.get(row.automation_id) ?? null) : (titles.get(`${row.customer_id}/${row.task_id}`) ?? null),
      dueAt: row.due_at,
      createdAt: row.created_at,
      readAt: row.read_at,
    }));
  }
}
