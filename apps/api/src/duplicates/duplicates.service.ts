import { Inject, Injectable } from '@nestjs/common';
import { duplicatesPage, parseDuplicatesCursor, type DuplicatesPage } from '#crm/projections';
import { QUERY_DB, type ReadDatabase } from '#crm/read-store';
import type { Kysely } from 'kysely';
import { DEFAULT_PAGE_SIZE } from '../directory/page-limit.js';
import { badCursor } from '../directory/read-model-errors.js';
import type { DuplicatesQueryDto } from './duplicates.dto.js';

@Injectable()
export class DuplicatesService {
  constructor(@Inject(QUERY_DB) private readonly db: Kysely<ReadDatabase>) {}

  list(query: DuplicatesQueryDto): Promise<DuplicatesPage> {
    const after = query.cursor === undefined ? null : parseDuplicatesCursor(query.cursor);
    if (query.cursor !== undefined && !after) throw badCursor();
    return duplicatesPage(this.db, { customerId: query.customer?.toLowerCase(), after, limit: query.limit ?? DEFAULT_PAGE_SIZE });
  }
}
