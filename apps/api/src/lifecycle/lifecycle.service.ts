import { Inject, Injectable } from '@nestjs/common';
import { ValidationFailedError } from '#crm/http';
import { customerLifecycle, lifecycleSummary, type CustomerLifecycleView, type LifecycleSummary } from '#crm/projections';
import { READ_DB } from '#crm/read-store';
import type { Kysely } from 'kysely';
import type { LifecycleSummaryQueryDto } from './lifecycle-summary-query.dto.js';
import { NotFoundError } from '#crm/domain';

const DEFAULT_PERIOD_MS = 30 * 86_400_000;

@Injectable()
export class LifecycleService {
  constructor(@Inject(READ_DB) private readonly db: Kysely<any>) {}

  async ofCustomer(customerId: string): Promise<CustomerLifecycleView> {
    const lifecycle = await customerLifecycle(this.db, customerId);
    if (!lifecycle) throw new NotFoundError('customer', customerId);
    return lifecycle;
  }

  async summary(query: LifecycleSummaryQueryDto): Promise<LifecycleSummary & { from: string; to: string }> {
    const to = query.to === undefined ? new Date() : new Date(query.to);
    const from = query.from === undefined ? new Date(to.getTime() - DEFAULT_PERIOD_MS) : new Date(query.from);
    if (from >= to) throw new ValidationFailedError([{ field: 'to', reason: 'must be after from' }]);
    return { from: from.toISOString(), to: to.toISOString(), ...(await lifecycleSummary(this.db, { from, to })) };
  }
}
