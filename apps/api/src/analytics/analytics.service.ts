import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { READ_DB, type ReadDatabase } from '#crm/read-store';
import {
  analyticsProjection,
  attributedPurchases,
  buyerCounts,
  customerValues,
  dealCounts,
  promotionCounts,
  revenueBy,
  projectionAvailable,
  type DealGrouping,
  type RevenueGrouping,
  salesByTime,
  touchCounts,
  wonAmounts,
  wonDealsByTime,
  type SalesGrouping,
  type TimeBucket,
  type Period,
  type AnalyticsTables,
} from '#crm/projections';
import { ValidationFailedError } from '#crm/http';
import type { CampaignsQueryDto, CustomersQueryDto, DealsQueryDto, PeriodQueryDto, RevenueQueryDto, TimingQueryDto } from './analytics-query.dto.js';
import { toInstant } from './is-instant-or-date.decorator.js';
import { moneyTotals, reportMoney } from './money-totals.js';
import { periodOf } from './period-query.js';
import { salesReport } from './sales-report.js';
import { timingReport } from './timing-report.js';

export const DEFAULT_ATTRIBUTION_DAYS = 14;

const ATTRIBUTE = 'attribute:';

/** `by` as the DTO let it through: a time bucket, `attribute:<name>` or one of the other groupings. */
function revenueGrouping(by: string, timeZone: string): RevenueGrouping {
  if (by.startsWith(ATTRIBUTE)) return { by: 'attribute', name: by.slice(ATTRIBUTE.length) };
  if (by === 'month' || by === 'weekday' || by === 'hour') return { by, timeZone };
  return { by: by as 'owner' | 'organization' | 'sku' | 'segment' | 'lifecycle' };
}

@Injectable()
export class AnalyticsService {
  private readonly db: Kysely<AnalyticsTables>;

  constructor(@Inject(READ_DB) private readonly read: Kysely<ReadDatabase>) {
    this.db = analyticsProjection.read(read);
  }

  async salespeople(query: PeriodQueryDto) {
    const period = periodOf(query);
    const [owners, managers, regions] = await Promise.all((['owner', 'manager', 'region'] as const).map((grouping) => this.sales(grouping, period)));
    // Staff groupings leave out deals and touches without a key (sales() below).
    return {
      salespeople: owners.map(({ key, ...figures }) => ({ staffId: key as string, ...figures })),
      managers: managers.map(({ key, ...figures }) => ({ managerId: key as string, ...figures })),
      regions: regions.map(({ key, ...figures }) => ({ region: key as string, ...figures })),
    };
  }

  async customers(query: CustomersQueryDto) {
    const options = {
      ...periodOf(query),
      asOf: toInstant(query.asOf),
      sort: query.sort ?? 'revenue',
      measure: query.measure ?? 'purchases',
      limit: query.limit ?? 100,
      currency: query.currency,
    } as const;
    const [rows, counts] = await Promise.all([customerValues(this.db, options), buyerCounts(this.db, options)]);
    return {
      buyers: Object.fromEntries(counts.map((row) => [row.currency, Number(row.buyers)])),
      returners: Object.fromEntries(counts.map((row) => [row.currency, Number(row.returners)])),
      customers: rows.map((row, index) => ({
        rank: index + 1,
        customerId: row.customer_id,
        currency: row.currency,
        revenue: reportMoney(row.currency, Number(row.revenue)),
        margin: row.margin === null ? null : reportMoney(row.currency, Number(row.margin)),
        purchases: Number(row.purchases),
        cancellations: Number(row.cancellations),
        returns: Number(row.returns),
        complaints: Number(row.complaints),
        wonDeals: Number(row.won_deals),
        wonAmount: reportMoney(row.currency, Number(row.won_amount)),
        lastPurchaseAt: row.last_purchase_at?.toISOString() ?? null,
        rfm: { recencyDays: row.recency_days, recency: row.recency_score, frequency: row.frequency_score, monetary: row.monetary_score },
      })),
    };
  }

  async timing(query: TimingQueryDto) {
    const period = periodOf(query);
    const timeZone = query.tz ?? 'UTC';
    const figures = (bucket: TimeBucket) => Promise.all([salesByTime(this.db, bucket, timeZone, period), wonDealsByTime(this.db, bucket, timeZone, period)]);
    const [weekdayHour, weekday, hour, month] = await Promise.all([figures('weekday-hour'), figures('weekday'), figures('hour'), figures('month')]);
    return {
      timeZone,
      byWeekdayHour: timingReport(...weekdayHour, (row) => ({ weekday: row.weekday!, hour: row.hour! })),
      byWeekday: timingReport(...weekday, (row) => ({ weekday: row.weekday! })),
      byHour: timingReport(...hour, (row) => ({ hour: row.hour! })),
      byMonth: timingReport(...month, (row) => ({ month: row.month! })),
    };
  }

  async revenue(query: RevenueQueryDto) {
    const timeZone = query.tz ?? 'UTC';
    const grouping = revenueGrouping(query.by, timeZone);
    await this.segmentsNeeded(query.segment !== undefined ? 'segment' : grouping.by === 'segment' ? 'by' : null);
    if (grouping.by === 'lifecycle' && !(await projectionAvailable(this.read, 'lifecycle'))) {
      throw new ValidationFailedError([{ field: 'by', reason: 'cannot be lifecycle: lifecycle stages are not projected here' }]);
    }
    const rows = await revenueBy(this.db, grouping, { ...periodOf(query), currency: query.currency, segmentId: query.segment });
    return {
      by: query.by,
      timeZone,
      groups: rows.map((row) => ({
        key: row.key,
        currency: row.currency,
        customers: Number(row.customers),
        purchases: Number(row.purchases),
        grossSales: reportMoney(row.currency, Number(row.gross)),
        returns: reportMoney(row.currency, Number(row.returned)),
        revenue: reportMoney(row.currency, Number(row.revenue)),
      })),
    };
  }

  /** Deals opened, won and lost, win rate, won value and days to close per group, ranked like salespeople. */
  async deals(query: DealsQueryDto) {
    const grouping: DealGrouping = query.by.startsWith('attribute:') ? { attribute: query.by.slice(ATTRIBUTE.length) } : (query.by as DealGrouping);
    await this.segmentsNeeded(query.segment === undefined ? null : 'segment');
    const filters = { ...periodOf(query), currency: query.currency, segmentId: query.segment };
    const [deals, amounts] = await Promise.all([dealCounts(this.db, grouping, filters), wonAmounts(this.db, grouping, filters)]);
    return { by: query.by, groups: salesReport(deals, amounts, []).map(({ touches: _touches, callSeconds: _callSeconds, ...figures }) => figures) };
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

  /** A 400 naming the field that reads segment memberships when the segments projection is not in this database. */
  private async segmentsNeeded(field: 'by' | 'segment' | null) {
    if (field !== null && !(await projectionAvailable(this.read, 'segments'))) {
      throw new ValidationFailedError([{ field, reason: 'cannot be used: segments are not projected here' }]);
    }
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
