import { Inject, Injectable, Optional, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { catchError, Observable, tap, throwError } from 'rxjs';
import { CrmConfig } from '#crm/config';
import { READ_REPLICA, ReplicaLostError, type ReadReplica } from '#crm/database';
import { isPositionText, parsePosition, type LogPosition } from '#crm/event-store';
import { unavailable, ValidationFailedError } from '#crm/http';
import { ProjectionFailedError, ProjectionRegistry, ProjectionRunner, ProjectionWaitTimeoutError } from '#crm/projection-runner';

/** The request header of a read that must reflect a write: the `position` the write answered. */
export const MIN_POSITION_HEADER = 'x-crm-min-position';

/** The longest a consistent read waits for the projections (whichever process runs them) before it answers 503. */
const PROJECTION_WAIT_MS = 10_000;

interface Request {
  method: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * Read-your-writes: a GET carrying `X-Crm-Min-Position` answers only once every projection has
 * applied the log up to that position. With a read replica (READ_DATABASE_URL) it then waits, at
 * most CRM_REPLICA_WAIT_SECONDS, for the replica to replay the primary's WAL as it stands after
 * those commits; a replica that does not catch up (or is down) leaves this one read to the primary.
 * Reads without the header go straight to the read models, on the replica when there is one; a
 * read the replica was running when it went away runs again on the primary.
 */
@Injectable()
export class ConsistentReadInterceptor implements NestInterceptor {
  constructor(
    private readonly runner: ProjectionRunner,
    private readonly registry: ProjectionRegistry,
    private readonly config: CrmConfig,
    @Optional() @Inject(READ_REPLICA) private readonly replica: ReadReplica | null = null,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    if (request.method !== 'GET' && request.method !== 'HEAD') return next.handle();
    const header = request.headers[MIN_POSITION_HEADER];
    if (header !== undefined) await this.projected(minPosition(header));
    const replica = this.replica;
    if (!replica) return next.handle();
    // Subscribed inside, so the handler and the interceptors after this one (which may call
    // handle() only when subscribed) run in the primary's async context: every query they make reads it.
    const onPrimary = () => new Observable((subscriber) => replica.onPrimary(() => next.handle().subscribe(subscriber)));
    if (header !== undefined && !(await replica.replayed(await replica.primaryPosition(), this.config.replicaWaitMs))) return onPrimary();
    // A replica that dies under a read: the read runs again on the primary, unless part of its
    // answer (a stream's first items) has left already; then the client hears a 503 naming it.
    let answered = false;
    return next.handle().pipe(
      tap(() => (answered = true)),
      catchError((error: unknown) => (error instanceof ReplicaLostError && !answered ? onPrimary() : throwError(() => error))),
    );
  }

  private async projected(position: LogPosition): Promise<void> {
    await Promise.all(
      this.registry.all().map((projection) =>
        this.runner.waitFor(projection.name, position, { timeoutMs: PROJECTION_WAIT_MS }).catch((error: unknown) => {
          // A failed projection reflects nothing new until it is resumed; /health names it. The
          // other read models can still answer.
          if (error instanceof ProjectionFailedError) return;
          if (error instanceof ProjectionWaitTimeoutError)
            throw unavailable(`${error.message}: the read cannot reflect ${MIN_POSITION_HEADER} yet; retry shortly`);
          throw error;
        }),
      ),
    );
  }
}

function minPosition(header: string | string[]): LogPosition {
  const text = Array.isArray(header) ? header[0] : header;
  if (!isPositionText(text))
    throw new ValidationFailedError([{ field: 'X-Crm-Min-Position', reason: 'must be the position a write answered ("<commit>-<prepare>")' }]);
  return parsePosition(text);
}
