import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { CurrentActor, Roles, type Actor } from '#crm/auth';
import { ApiErrors } from '#crm/http';
import { signalsOf } from '#crm/projections';
import { QUERY_DB, type ReadDatabase } from '#crm/read-store';
import { RecordAccess, visibleOwners } from '../access/record-access.service.js';
import { toInstant } from '../analytics/is-instant-or-date.decorator.js';
import { SignalListDto, SignalsQueryDto } from './signals.dto.js';

/** Opportunities spotted in the read models (docs/marketing.md). */
@ApiTags('signals')
@Controller('signals')
@Roles('operator', 'analyst')
export class SignalsController {
  constructor(
    @Inject(QUERY_DB) private readonly db: Kysely<ReadDatabase>,
    private readonly access: RecordAccess,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Due to reorder, high-value customers slipping, at risk after a complaint, cross-sell: each with its explanation and the events it rests on',
  })
  @ApiOkResponse({ type: SignalListDto })
  @ApiErrors([400, 401, 403, 429, 503])
  async list(@Query() query: SignalsQueryDto, @CurrentActor() actor: Actor): Promise<SignalListDto> {
    const items = await signalsOf(this.db, {
      now: toInstant(query.asOf) ?? new Date(),
      type: query.type,
      ownerId: query.owner,
      customerId: query.customer?.toLowerCase(),
      visibleOwners: visibleOwners(await this.access.scopeFor(actor)),
      limit: query.limit ?? 100,
    });
    return { items };
  }
}
