import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { CommandPipeline, commandMetadata, createdId, handleOptions, writeAnswer, type WriteContext } from '#crm/commands';
import { NotFoundError, ruleProblems, segmentDecider, ValidationError, type SegmentRule } from '#crm/domain';
import { READ_DB, type ReadDatabase } from '#crm/read-store';
import {
  customerFactsAt,
  customerFactsPageAt,
  customerMemberships,
  matches,
  findSegment,
  listSegments,
  previewRule,
  segmentMovements,
  segmentMembers,
  segmentsProjection,
  type SegmentsTables,
  type MemberCursor,
  type SegmentRow,
} from '#crm/projections';

/** Customers read per round when a page of members at validAt is gathered. */
const MEMBERS_SCAN = 500;
import { ValidationFailedError } from '#crm/http';
import { memberCursor, parseMemberCursor } from './member-cursor.js';
import type { DefineSegmentDto, MembersQueryDto, MovementsQueryDto, SegmentMovementsDto, SegmentPreviewDto } from './segment.dto.js';

@Injectable()
export class SegmentsService {
  private readonly db: Kysely<SegmentsTables>;

  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(READ_DB) private readonly read: Kysely<ReadDatabase>,
  ) {
    this.db = segmentsProjection.read(read);
  }

  /** Appends the definition; membership follows once the projection has applied it (see `position`). */
  async define(dto: DefineSegmentDto, write: WriteContext) {
    const segmentId = createdId(write, 'segment');
    const result = await this.pipeline.handle(
      segmentDecider,
      { type: 'DefineSegment', data: { segmentId, name: dto.name.trim(), description: dto.description?.trim() || null, rule: dto.rule }, metadata: commandMetadata(write) },
      handleOptions(write),
    );
    return { id: segmentId, ...writeAnswer(result) };
  }

  /** The count a rule would have, checked as the decider checks it, with nothing appended. */
  async preview(rule: unknown): Promise<SegmentPreviewDto> {
    const problems = ruleProblems(rule);
    if (problems.length > 0) throw new ValidationError(problems);
    const { matching, customers, evaluatedAt } = await previewRule(this.db, rule as SegmentRule);
    return { matching, customers, evaluatedAt: evaluatedAt?.toISOString() ?? null };
  }

  async movements(segmentId: string, query: MovementsQueryDto): Promise<SegmentMovementsDto> {
    await this.get(segmentId);
    const bucket = query.bucket ?? 'day';
    const rows = await segmentMovements(this.db, segmentId, bucket);
    return { bucket, movements: rows.map((row) => ({ period: row.period.toISOString(), entries: row.entries, exits: row.exits })) };
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
    const segment = await this.get(segmentId);
    const limit = query.limit ?? 100;
    if (query.validAt !== undefined) return this.membersAt(segment.rule as SegmentRule, new Date(query.validAt), after, limit);
    const rows = await segmentMembers(this.db, segmentId, after, limit);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      members: page.map((row) => ({ customerId: row.customer_id, enteredAt: row.entered_at.toISOString() })),
      next: rows.length > limit && last ? memberCursor(last.entered_at, last.customer_id) : null,
    };
  }

  /**
   * The customers whose facts at `validAt` match the rule evaluated then, in id order: the rule
   * runs over the valid-time projection's facts (docs/time-travel.md), a page of customers at a
   * time until the page of members is full. The cursor holds the instant it was asked at.
   */
  private async membersAt(rule: SegmentRule, validAt: Date, after: MemberCursor | null, limit: number) {
    if (after && after[0] !== validAt.toISOString()) throw new ValidationFailedError([{ field: 'after', reason: 'must be a cursor of the same validAt' }]);
    const found: string[] = [];
    let afterId = after?.[1] ?? '';
    for (;;) {
      const page = await customerFactsPageAt(this.read, validAt, afterId, MEMBERS_SCAN);
      for (const { customerId, facts } of page) if (found.length <= limit && matches(rule, facts, validAt)) found.push(customerId);
      if (found.length > limit || page.length < MEMBERS_SCAN) break;
      afterId = page.at(-1)!.customerId;
    }
    const members = found.slice(0, limit);
    return { members: members.map((customerId) => ({ customerId })), next: found.length > limit ? memberCursor(validAt, members.at(-1)!) : null };
  }

  /** The segments whose rules the customer's facts at `validAt` match, evaluated then. */
  async ofCustomerAt(customerId: string, validAt: Date) {
    const facts = await customerFactsAt(this.read, customerId, validAt);
    if (!facts) throw new NotFoundError('customer', customerId);
    const segments = (await listSegments(this.db)).filter((row) => matches(row.rule, facts, validAt));
    return { validAt: validAt.toISOString(), segments: segments.map((row) => ({ segmentId: row.segment_id, name: row.name })) };
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
