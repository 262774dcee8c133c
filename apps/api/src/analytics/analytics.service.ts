import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { READ_DB } from '#crm/read-store';
import {
  analyticsDb,
  attributedPurchases,
  customerValues,
  dealCounts,
  promotionCounts,
  salesByTime,
  touchCounts,
  wonAmounts,
  wonDealsByTime,
  type SalesGrouping,
  type Period,
} from '#crm/projections';
import type { CampaignsQueryDto, CustomersQueryDto, PeriodQueryDto, TimingQueryDto } from './analytics-query.dto.js';
import { toInstant } from './is-instant-or-date.decorator.js';
import { moneyTotals } from './money-totals.js';
import { periodOf } from './period-query.js';
import { salesReport } from './sales-report.js';
import { timingReport } from './timing-report.js';

export const DEFAULT_ATTRIBUTION_DAYS = 14;

@Injectable()
export class AnalyticsService {
  private readonly db: ReturnType<typeof analyticsDb>;

  constructor(@Inject(READ_DB) db: Kysely<any>) {
    this.db = analyticsDb(db);
  }

  async salespeople(query: PeriodQueryDto) {
    const period = periodOf(query);
    const [owners, managers, regions] = await Promise.all((['owner', 'manager', 'region'] as const).map((grouping) => this.sales(grouping, period)));
    return {
      salespeople: owners.map(({ key, ...figures }) => ({ staffId: key, ...figures })),
      managers: managers.map(({ key, ...figures }) => ({ managerId: key, ...figures })),
      regions: regions.map(({ key, ...figures }) => ({ region: key, ...figures })),
    };
  }

  async customers(query: CustomersQueryDto) {
    const rows = await customerValues(this.db, {
      ...periodOf(query),
      asOf: toInstant(query.asOf),
      sort: query.sort ?? 'revenue',
      limit: query.limit ?? 100,
      currency: query.currency,
    });
    return {
      customers: rows.map((row, index) => ({
        rank: index + 1,
        customerId: row.customer_id,
        currency: row.currency,
        revenue: Number(row.revenue),
        margin: row.margin === null ? null : Number(row.margin),
        purchases: Number(row.purchases),
        cancellations: Number(row.cancellations),
        complaints: Number(row.complaints),
        lastPurchaseAt: row.last_purchase_at?.toISOString() ?? null,
        rfm:
          row.recency_days === null
            ? null
            : { recencyDays: row.recency_days, recency: row.recency_score, frequency: row.frequency_score, monetary: row.monetary_score },
      })),
    };
  }

  async timing(query: TimingQueryDto) {
    const period = periodOf(query);
    const timeZone = query.tz ?? 'UTC';
    const [hourlySales, hourlyWins, monthlySales, monthlyWins] = await Promise.all([
      salesByTime(this.db, 'weekday-hour', timeZone, period),
      wonDealsByTime(this.db, 'weekday-hour', timeZone, period),
      salesByTime(this.db, 'month', timeZone, period),
      wonDealsByTime(this.db, 'month', timeZone, period),
    ]);
    return {
      timeZone,
      byWeekdayHour: timingReport(hourlySales, hourlyWins, (row) => ({ weekday: row.weekday!, hour: row.hour! })),
      byMonth: timingReport(monthlySales, monthlyWins, (row) => ({ month: row.month! })),
    };
  }

  async campaigns(query: CampaignsQueryDto) {
    const period = periodOf(query);
    const windowDays = query.windowDays ?? DEFAULT_ATTRIBUTION_DAYS;
    const [counts, attributed] = await Promise.all([promotionCounts(this.db, period), attributedPurchases(this.db, period, windowDays)]);
    const campaigns = counts.map((row) => {
      const purchases = attributed.filter((line) => line.campaign_id === row.campaign_id);
      return {
        campaignId: row.campaign_id,
        sent: Number(row.sent),
        customersReached: Number(row.customers_reached),
        answered: Number(row.answered),
        responses: { opened: Number(row.opened), clicked: Number(row.clicked), accepted: Number(row.accepted), declined: Number(row.declined) },
        attributedPurchases: purchases.reduce((sum, line) => sum + Number(line.purchases), 0),
        attributedRevenue: moneyTotals(purchases.map((line) => ({ currency: line.currency, amount: line.revenue }))),
      };
    });
    campaigns.sort((a, b) => b.attributedPurchases - a.attributedPurchases || a.campaignId.localeCompare(b.campaignId));
    return { windowDays, campaigns };
  }

  private async sales(grouping: SalesGrouping, period: Period) {
    const [deals, amounts, touches] = await Promise.all([
      dealCounts(this.db, grouping, period),
      wonAmounts(this.db, grouping, period),
      touchCounts(this.db, grouping, period),
    ]);
    return salesReport(deals, amounts, touches);
  }
}
