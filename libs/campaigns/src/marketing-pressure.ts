import { Inject, Injectable, Module } from '@nestjs/common';
import { CrmConfig } from '#crm/config';
import { READ_DB, type ReadDatabase } from '#crm/read-store';
import { sql, type Kysely } from 'kysely';

/**
 * At most one marketing message per customer per MARKETING_PRESSURE_HOURS, across every campaign
 * and automation. A send claims the customer under its message key before it goes out: under a
 * per-customer transaction lock, the claim succeeds only if no other key was claimed within the
 * window, so two senders racing for one customer cannot both win. The same key claims again (a
 * retried send is the same message). A send that does not go out after all releases its claim.
 */
@Injectable()
export class MarketingPressure {
  constructor(
    @Inject(READ_DB) private readonly db: Kysely<ReadDatabase>,
    private readonly config: CrmConfig,
  ) {}

  async claim(customerId: string, key: string, now: Date): Promise<boolean> {
    const windowMs = this.config.marketingPressureHours * 3_600_000;
    return this.db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(hashtextextended(${`marketing:${customerId}`}, 0))`.execute(trx);
      if (windowMs > 0) {
        const recent = await trx
          .selectFrom('marketing_contact')
          .select('key')
          .where('customer_id', '=', customerId)
          .where('key', '!=', key)
          .where('sent_at', '>', new Date(now.getTime() - windowMs))
          .executeTakeFirst();
        if (recent) return false;
      }
      await trx
        .insertInto('marketing_contact')
        .values({ customer_id: customerId, key, sent_at: now })
        .onConflict((oc) => oc.columns(['customer_id', 'key']).doNothing())
        .execute();
      return true;
    });
  }

  async release(customerId: string, key: string): Promise<void> {
    await this.db.deleteFrom('marketing_contact').where('customer_id', '=', customerId).where('key', '=', key).execute();
  }
}

@Module({ providers: [MarketingPressure], exports: [MarketingPressure] })
export class MarketingPressureModule {}
