import { Controller, Inject, Injectable, Param, Query, Sse, UseGuards, type CanActivate, type ExecutionContext, type MessageEvent } from '@nestjs/common';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { Roles } from '#crm/auth';
import { createValidationPipe } from '#crm/http';
import { timelineHead } from '#crm/projections';
import { QUERY_DB, type ReadDatabase } from '#crm/read-store';
import { IsOptional, Matches } from 'class-validator';
import { distinctUntilChanged, from, map, skip, startWith, switchMap, timer, type Observable } from 'rxjs';
import { RecordAccessGuard } from '../access/record-access.interceptor.js';
import { CustomerIdParams } from '../directory/customer-id.params.js';

export class TimelineLiveQueryDto {
  /** The `head` of a timeline page the client already holds. */
  @IsOptional()
  @Matches(/^\d{1,19}-\d{1,19}$/, { message: 'must be a log position such as 1234-1234' })
  since?: string;
}

/**
 * An @Sse() route's pipes run once its 200 has gone out, so a bad query would open a stream that
 * fails; its query is checked here instead, before anything is sent.
 */
@Injectable()
class LiveQueryGuard implements CanActivate {
  private readonly validation = createValidationPipe();

  async canActivate(context: ExecutionContext): Promise<boolean> {
    await this.validation.transform(context.switchToHttp().getRequest<{ query: unknown }>().query, { type: 'query', metatype: TimelineLiveQueryDto });
    return true;
  }
}

/** How often an open stream compares the customer's timeline head. */
const CHECK_MS = 1_000;

/**
 * Server-sent events for the console's customer page: one `data: {"position"}` when the stream
 * opens and one each time the customer's timeline gains an entry. `?since=` (the `head` of the
 * timeline page the page just read) holds back the first one while it would name that same head:
 * the page would only read again what it has. It follows the read model, not
 * the log, because the read model is what the page reloads, and the projector may be another
 * process; a client that cannot hold the stream polls the timeline instead.
 * Kept out of the OpenAPI document: a stream that never ends is the console's, not an API call.
 */
@Controller('customers/:id/live')
@Roles('operator', 'analyst')
// Record access refuses before the stream starts: a customer outside the team answers 404, as on every route about it.
@UseGuards(LiveQueryGuard, RecordAccessGuard)
export class TimelineLiveController {
  constructor(@Inject(QUERY_DB) private readonly db: Kysely<ReadDatabase>) {}

  @Sse()
  @ApiExcludeEndpoint()
  changes(@Param() params: CustomerIdParams, @Query() query: TimelineLiveQueryDto): Observable<MessageEvent> {
    return timer(0, CHECK_MS).pipe(
      switchMap(() => from(timelineHead(this.db, params.id))),
      startWith(query.since),
      distinctUntilChanged(),
      skip(1),
      map((position) => ({ data: { position } })),
    );
  }
}
