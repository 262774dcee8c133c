import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { formatMoney } from '#crm/domain';
import { dealPage, followUpsByOwner, staffList, taskPage, type DealItem, type FollowUpItem, type StaffItem, type TaskItem } from '#crm/projections';
import { orNothingYet, READ_DB, type ReadDatabase } from '#crm/read-store';
import { MessageTransport } from '#crm/transport';
import { notifyOnce } from '../notifications/notify-once.js';
import { localDay, type LocalDay } from './local-day.js';

/** The digest comes with the first hourly run at or after this hour of the staff member's own clock. */
export const DIGEST_HOUR = 8;
const MOST = 200;

type Digest = { overdueFollowUps: FollowUpItem[]; tasksDueToday: TaskItem[]; dealsClosingThisWeek: DealItem[] };

/**
 * Each active staff member's morning: their overdue follow-ups, their tasks due today and their
 * deals expected to close this week, by mail and in the app, once per day of their own time zone.
 * The notification, keyed by member and local date, is the "already sent" mark: a second run that
 * day (another worker, a retry, a restore) sends nothing. A member with nothing to do gets nothing.
 */
@Injectable()
export class MorningDigestService {
  constructor(
    @Inject(READ_DB) private readonly db: Kysely<ReadDatabase>,
    private readonly transport: MessageTransport,
  ) {}

  async send(asOf = new Date()): Promise<{ sent: number }> {
    let sent = 0;
    for (const member of await staffList(this.db)) {
      if (!member.active || !member.email) continue;
      const day = localDay(asOf, member.timeZone);
      if (day.hour < DIGEST_HOUR) continue;
      const digest = await this.digestOf(member.staffId, day, asOf);
      if (digest.overdueFollowUps.length + digest.tasksDueToday.length + digest.dealsClosingThisWeek.length === 0) continue;
      if (await this.deliver(member, day, digest)) sent += 1;
    }
    return { sent };
  }

  private async digestOf(staffId: string, day: LocalDay, asOf: Date): Promise<Digest> {
    const none = { items: [], nextCursor: null };
    const [followUps] = await orNothingYet(followUpsByOwner(this.db, { ownerId: staffId }), []);
    const tasks = await orNothingYet(
      taskPage(this.db, { assigneeId: staffId, dueFrom: day.start, dueTo: new Date(day.end.getTime() - 1), now: asOf, limit: MOST }),
      none,
    );
    const deals = await orNothingYet(dealPage(this.db, { ownerId: staffId, status: 'open', closeFrom: day.weekFrom, closeTo: day.weekTo, limit: MOST }), none);
    return {
      overdueFollowUps: followUps?.overdue ?? [],
      tasksDueToday: tasks.items.filter((task) => task.status !== 'done'),
      dealsClosingThisWeek: deals.items,
    };
  }

  private async deliver(member: StaffItem, day: LocalDay, digest: Digest): Promise<boolean> {
    const key = `morning-digest.${member.staffId}.${day.date}`;
    const inserted = await notifyOnce(this.db, key, { staff_id: member.staffId, kind: 'digest', customer_id: null, task_id: null, due_at: null });
    if (!inserted && !this.transport.idempotent) return false;
    await this.transport.send({ key, channel: 'email', to: member.email!, subject: `Your day, ${day.date}`, body: digestText(member, day, digest) });
    return inserted;
  }
}

function digestText(member: StaffItem, day: LocalDay, { overdueFollowUps, tasksDueToday, dealsClosingThisWeek }: Digest): string {
  const time = (instant: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: member.timeZone, hour: '2-digit', minute: '2-digit' }).format(instant);
  const section = (heading: string, lines: string[]) => [`${heading}: ${lines.length}`, ...lines.map((line) => `  - ${line}`)];
  return [
    `Good morning${member.name ? `, ${member.name}` : ''}. Your day, ${day.date} (${member.timeZone}):`,
    '',
    ...section(
      'Overdue follow-ups',
      overdueFollowUps.map((item) => `customer ${item.customerId}, lead of ${item.capturedAt.toISOString().slice(0, 10)}`),
    ),
    ...section(
      'Tasks due today',
      tasksDueToday.map((task) => `${time(task.dueAt)} ${task.title ?? '(erased)'}${task.status === 'overdue' ? ' (overdue)' : ''}`),
    ),
    ...section(
      'Deals expected to close this week',
      dealsClosingThisWeek.map((deal) => `${deal.interest}, ${formatMoney(deal.expectedAmount)}, closing ${deal.expectedCloseDate}`),
    ),
  ].join('\n');
}
