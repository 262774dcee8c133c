import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { CommandPipeline, commandMetadata, handleOptions, writeAnswer, type WriteContext } from '#crm/commands';
import { NotFoundError, segmentDecider } from '#crm/domain';
import { READ_DB } from '#crm/read-store';
import {
  customerMemberships,
  findSegment,
  listSegments,
  segmentMembers,
  segmentsDb,
  type SegmentRow,
} from '#crm/projections';
import { memberCursor, parseMemberCursor } from './member-cursor.js';
import type { DefineSegmentDto, MembersQueryDto } from './segment.dto.js';

@Injectable()
export class SegmentsService {
  private readonly db: ReturnType<typeof segmentsDb>;

  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(READ_DB) db: Kysely<any>,
  ) {
    this.db = segmentsDb(db);
  }

  /** Appends the definition; membership follows once the projection has applied it (see `position`). */
  async define(dto: DefineSegmentDto, write: WriteContext) {
    const segmentId = randomUUID();
    const result = await this.pipeline.handle(
      segmentDecider,
      { type: 'DefineSegment', data: { segmentId, name: dto.name.trim(), description: dto.description?.trim() || null, rule: dto.rule }, metadata: commandMetadata(write) },
      handleOptions(write),
    );
    return { id: segmentId, ...writeAnswer(result) };
  }

  async list() {
    return { segments: (await listSegments(this.db)).map(segmentView) };
  }

  async get(segmentId: string) {
    const row = await findSegment(this.db, segmentId);
    if (!row) throw new NotFoundError('segment', segmentId);
    return segmentView(row);
  }

  async members(segmentId: string, query: MembersQueryDto) {
    const after = parseMemberCursor(query.after);
    await this.get(segmentId);
    const limit = query.limit ?? 100;
    const rows = await segmentMembers(this.db, segmentId, after, limit);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      members: page.map((row) => ({ customerId: row.customer_id, enteredAt: row.entered_at.toISOString() })),
      next: rows.length > limit && last ? memberCursor(last.entered_at, last.customer_id) : null,
    };
  }

  async ofCustomer(customerId: string) {
    const stays = (await customerMemberships(this.db, customerId)).map((row) => ({
      segmentId: row.segment_id,
      name: row.name,
      enteredAt: row.entered_at.toISOString(),
      leftAt: row.left_at?.toISOString() ?? null,
    }));
    return {
      current: stays.filter((stay) => stay.leftAt === null).map(({ leftAt: _, ...stay }) => stay),
      past: stays.filter((stay) => stay.leftAt !== null),
    };
  }
}

function segmentView(row: SegmentRow) {
  return {
    id: row.segment_id,
    name: row.name,
    description: row.description,
    rule: row.rule,
    timeRelative: row.time_relative,
    definedAt: row.defined_at.toISOString(),
    members: Number(row.members),
  };
}
