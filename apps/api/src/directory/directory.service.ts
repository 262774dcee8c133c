import { Inject, Injectable } from '@nestjs/common';
import { ValidationFailedError } from '#crm/http';
import { directoryPage, parseDirectoryCursor, segmentsAvailable, type DirectoryPage } from '#crm/projections';
import { READ_DB } from '#crm/read-store';
import type { Kysely } from 'kysely';
import type { DirectoryQueryDto } from './directory-query.dto.js';
import { DEFAULT_PAGE_SIZE } from './page-limit.js';
import { badCursor } from './read-model-errors.js';

@Injectable()
export class DirectoryService {
  constructor(@Inject(READ_DB) private readonly db: Kysely<any>) {}

  async search(query: DirectoryQueryDto): Promise<DirectoryPage> {
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
      organizationId: query.organization,
      after,
      limit: query.limit ?? DEFAULT_PAGE_SIZE,
    });
  }
}
