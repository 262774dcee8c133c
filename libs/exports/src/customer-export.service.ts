import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { readCurrentEvents, type CurrentEvent } from '#crm/commands';
import { AccessLogStore, type AccessEntry } from '#crm/compliance';
import { PersonalDataCodec } from '#crm/crypto';
import { customerHistoryState, customerStreamName, NotFoundError, presentCustomerState, type ActiveCustomer, type PresentedCustomerState } from '#crm/domain';
import { EVENT_STORE, type EventStore } from '#crm/event-store';
import { READ_DB } from '#crm/read-store';
import { customerLifecycle, type CustomerLifecycleView } from '#crm/projections';
import { historyEvent, type HistoryEvent } from '#crm/commands';

export type CustomerExport = {
  customerId: string;
  exportedAt: string;
  /** The record as folded from every event; `status: 'erased'` once erased. */
  state: PresentedCustomerState;
  /** The latest answer per channel; empty once erased. */
  consents: ActiveCustomer['consents'];
  /** Null when the lifecycle read model is not there. */
  lifecycle: CustomerLifecycleView | null;
  /** Every event of the customer's stream, decrypted, in order. */
  history: HistoryEvent[];
  /** Who read this person's data, when and why (this export included). */
  accessLog: AccessEntry[];
};

const UNDEFINED_TABLE = '42P01';
const ACCESS_LOG_PAGE = 1000;

/** Everything the CRM holds about one person, for a subject access request. */
@Injectable()
export class CustomerExportService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_DB) private readonly db: Kysely<any>,
    private readonly codec: PersonalDataCodec,
    private readonly accessLog: AccessLogStore,
  ) {}

  async export(customerId: string): Promise<CustomerExport> {
    const events: CurrentEvent[] = [];
    for await (const event of readCurrentEvents(this.store, this.codec, customerStreamName(customerId))) events.push(event);
    if (events.length === 0) throw new NotFoundError('customer', customerId);
    const state = customerHistoryState(events);
    return {
      customerId,
      exportedAt: new Date().toISOString(),
      state: presentCustomerState(state),
      consents: state.status === 'active' ? state.consents : {},
      lifecycle: await this.lifecycle(customerId),
      history: events.map(historyEvent),
      accessLog: await this.accessEntries(customerId),
    };
  }

  private async lifecycle(customerId: string): Promise<CustomerLifecycleView | null> {
    try {
      return await customerLifecycle(this.db, customerId);
    } catch (error) {
      if ((error as { code?: unknown }).code === UNDEFINED_TABLE) return null;
      throw error;
    }
  }

  private async accessEntries(customerId: string): Promise<AccessEntry[]> {
    const entries: AccessEntry[] = [];
    for (;;) {
      const page = await this.accessLog.find({ subjectId: customerId, afterId: entries.at(-1)?.id, limit: ACCESS_LOG_PAGE });
      entries.push(...page);
      if (page.length < ACCESS_LOG_PAGE) return entries;
    }
  }
}
