import { Inject, Injectable } from '@nestjs/common';
import { ValidationFailedError } from '#crm/http';
import { customerLifecycle, customerLifecycleAt, lifecycleSummary, lifecycleSummaryAt, type CustomerLifecycleView, type LifecycleSummary } from '#crm/projections';
import { QUERY_DB, type ReadDatabase } from '#crm/read-store';
import type { Kysely } from 'kysely';
import type { LifecycleSummaryQueryDto } from './lifecycle-summary-query.dto.js';
import { NotFoundError } from '#crm/domain';

const DEFAULT_PERIOD_MS = 30 * 86_400_000;

@Injectable()
export class LifecycleService {
  constructor(@Inject(QUERY_DB) private readonly db: Kysely<ReadDatabase>) {}

  /** Now, from the lifecycle projection; at a business time, from the valid-time one (docs/time-travel.md). */
  async ofCustomer(customerId: string, validAt?: Date): Promise<CustomerLifecycleView> {
    const lifecycle = validAt ? await customerLifecycleAt(this.db, customerId, validAt) : await customerLifecycle(this.db, customerId);
    if (!lifecycle) throw new NotFoundError('customer', customerId);
    return lifecycle;
  }

  async summary(query: LifecycleSummaryQueryDto): Promise<LifecycleSummary & { from: string; to: string }> {
    const validAt = query.validAt === undefined ? undefined : new Date(query.validAt);
    const to = query.to === undefined ? (validAt ?? new Date()) : new Date(query.to);
    const from = query.from === undefined ? new Date(to.getTime() - DEFAULT_PERIOD_MS) : new Date(query.from);
    if (from >= to) throw new ValidationFailedError([{ field: 'to', reason: 'must be after from' }]);
    const summary = validAt ? await lifecycleSummaryAt(this.db, validAt, { from, to }) : await lifecycleSummary(this.db, { from, to });
    return { from: from.toISOString(), to: to.toISOString(), ...summary };
  }
}
