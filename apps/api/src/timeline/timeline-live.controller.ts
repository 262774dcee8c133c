import { Controller, Inject, Param, Sse, UseGuards, type MessageEvent } from '@nestjs/common';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { Roles } from '#crm/auth';
import { timelineHead } from '#crm/projections';
import { QUERY_DB, type ReadDatabase } from '#crm/read-store';
import { distinctUntilChanged, from, map, switchMap, timer, type Observable } from 'rxjs';
import { RecordAccessGuard } from '../access/record-access.interceptor.js';
import { CustomerIdParams } from '../directory/customer-id.params.js';

/** How often an open stream compares the customer's timeline head. */
const CHECK_MS = 1_000;

/**
 * Server-sent events for the console's customer page: one `data: {"position"}` when the stream
 * opens and one each time the customer's timeline gains an entry. It follows the read model, not
 * the log, because the read model is what the page reloads, and the projector may be another
 * process; a client that cannot hold the stream polls the timeline instead.
 * Kept out of the OpenAPI document: a stream that never ends is the console's, not an API call.
 */
@Controller('customers/:id/live')
@Roles('operator', 'analyst')
// Record access refuses before the stream starts: a customer outside the team answers 404, as on every route about it.
@UseGuards(RecordAccessGuard)
export class TimelineLiveController {
  constructor(@Inject(QUERY_DB) private readonly db: Kysely<ReadDatabase>) {}

  @Sse()
  @ApiExcludeEndpoint()
  changes(@Param() params: CustomerIdParams): Observable<MessageEvent> {
    return timer(0, CHECK_MS).pipe(
      switchMap(() => from(timelineHead(this.db, params.id))),
      distinctUntilChanged(),
      map((position) => ({ data: { position } })),
    );
  }
}
