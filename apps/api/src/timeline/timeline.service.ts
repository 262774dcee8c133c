import { Inject, Injectable } from '@nestjs/common';
import { ValidationFailedError } from '#crm/http';
import { parseTimelineCursor, timelineHead, timelinePage, type TimelinePage } from '#crm/projections';
import { QUERY_DB, type ReadDatabase } from '#crm/read-store';
import type { Kysely } from 'kysely';
import { DEFAULT_PAGE_SIZE } from '../directory/page-limit.js';
import { badCursor } from '../directory/read-model-errors.js';
import type { TimelineQueryDto } from './timeline-query.dto.js';
import type { Actor } from '#crm/auth';
import { RecordAccess, visibleOwners } from '../access/record-access.service.js';
import { NotFoundError } from '#crm/domain';

@Injectable()
export class TimelineService {
  constructor(
    @Inject(QUERY_DB) private readonly db: Kysely<ReadDatabase>,
    private readonly access: RecordAccess,
  ) {}

  async page(customerId: string, query: TimelineQueryDto, actor: Actor): Promise<TimelinePage & { head: string | null }> {
    const after = query.cursor === undefined ? null : parseTimelineCursor(query.cursor);
    if (query.cursor !== undefined && !after) throw badCursor();
    const from = query.from === undefined ? undefined : new Date(query.from);
    const to = query.to === undefined ? undefined : new Date(query.to);
    if (from && to && from >= to) throw new ValidationFailedError([{ field: 'to', reason: 'must be after from' }]);
    const contacts = query.include === 'contacts' ? { visibleOwners: visibleOwners(await this.access.scopeFor(actor)) } : undefined;
    // Read before the page, so the page holds at least what the head names: a live stream opened
    // `since` it then stays quiet only when there is truly nothing newer. No head: nothing ever
    // happened to this id, so an empty page is an unknown customer.
    const head = await timelineHead(this.db, customerId);
    const page = await timelinePage(this.db, { customerId, types: query.type, from, to, after, limit: query.limit ?? DEFAULT_PAGE_SIZE, contacts });
    if (page.items.length === 0 && head === null) throw new NotFoundError('customer', customerId);
    return { ...page, head };
  }
}
