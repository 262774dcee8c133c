import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '#crm/auth';
import { AccessLogStore, directoryRead, type DirectoryReader } from '#crm/compliance';
import { NotFoundError } from '#crm/domain';
import { ValidationFailedError } from '#crm/http';
import { customerKind, directoryPage, parseDirectoryCursor, segmentsAvailable, type DirectoryItem, type DirectoryPage } from '#crm/projections';
import { QUERY_DB, type ReadDatabase } from '#crm/read-store';
import type { Kysely } from 'kysely';
import { RecordAccess, visibleOwners } from '../access/record-access.service.js';
import type { ContactsQueryDto, DirectoryQueryDto } from './directory-query.dto.js';
import { DEFAULT_PAGE_SIZE } from './page-limit.js';
import { badCursor } from './read-model-errors.js';

/** What an analyst sees of a customer: the record's id and the columns that say nothing about the person. */
export type AnalystDirectoryItem = Omit<DirectoryItem, 'name' | 'email' | 'phone' | 'city'>;

export type DirectoryAnswer = DirectoryPage | { items: AnalystDirectoryItem[]; nextCursor: string | null };


@Injectable()
export class DirectoryService {
  constructor(
    @Inject(QUERY_DB) private readonly db: Kysely<ReadDatabase>,
    private readonly accessLog: AccessLogStore,
    private readonly access: RecordAccess,
  ) {}

  /**
   * Analysts read models, not people (docs/roles.md): their rows carry no personal data, and they
   * cannot search by it (`q` would let them probe whether someone is a customer). Everyone else's
   * page is recorded in the access log before it is answered, as a record read is.
   */
  async search(query: DirectoryQueryDto, reader: DirectoryReader): Promise<DirectoryAnswer> {
    const analyst = reader.actor.role === 'analyst';
    if (analyst && query.q !== undefined) throw new ValidationFailedError([{ field: 'q', reason: 'searches personal data, which analysts do not read' }]);
    const page = await this.page(query, reader.actor);
    if (analyst) return { items: page.items.map(({ name: _name, email: _email, phone: _phone, city: _city, ...rest }) => rest), nextCursor: page.nextCursor };
    if (page.items.length > 0) {
      await this.accessLog.record(directoryRead(reader, page.items.length, JSON.stringify(filtersOf(query))));
    }
    return page;
  }

  /**
   * An organization's people with their role there: the directory filtered by organization, so the
   * same rules hold (analysts get no personal data, operators' pages go to the access log, team
   * scope). 404 for an unknown customer; 400 naming `id` for a person, who has no people.
   */
  async contacts(organizationId: string, query: ContactsQueryDto, reader: DirectoryReader): Promise<DirectoryAnswer> {
    const kind = await customerKind(this.db, organizationId);
    if (kind === undefined) throw new NotFoundError('customer', organizationId);
    if (kind !== 'organization') throw new ValidationFailedError([{ field: 'id', reason: 'names a person, not an organization' }]);
    return this.search({ ...query, organization: organizationId }, reader);
  }

  private async page(query: DirectoryQueryDto, actor: Actor): Promise<DirectoryPage> {
    const after = query.cursor === undefined ? null : parseDirectoryCursor(query.cursor);
    if (query.cursor !== undefined && !after) throw badCursor();
    if (query.segment !== undefined && !(await segmentsAvailable(this.db))) {
      throw new ValidationFailedError([{ field: 'segment', reason: 'cannot be used: segments are not projected here' }]);
    }
    return directoryPage(this.db, {
      q: query.q,
      stage: query.stage,
      segmentId: query.segment,
      ownerId: query.owner,
      country: query.country,
      organizationId: query.organization,
      customerIds: query.id,
      externalId: query.externalId,
      after,
      limit: query.limit ?? DEFAULT_PAGE_SIZE,
      visibleOwners: visibleOwners(await this.access.scopeFor(actor)),
    });
  }
}

/**
 * The filters in a fixed order, without the access reason (a column of its own). The search text
 * is a name, an email or a phone number: kept in clear it would outlive the person's erasure, so
 * the log holds its SHA-256, against which compliance can check a value it is asked about.
 */
const filtersOf = ({ q, stage, segment, owner, country, organization, externalId, id, cursor, limit }: DirectoryQueryDto) => {
  const searched = q === undefined ? undefined : `sha256:${createHash('sha256').update(q.trim().toLowerCase()).digest('hex')}`;
  return Object.fromEntries(Object.entries({ q: searched, stage, segment, owner, country, organization, externalId, id, cursor, limit }).filter(([, value]) => value !== undefined));
};
