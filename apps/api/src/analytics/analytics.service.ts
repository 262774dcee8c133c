import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { QUERY_DB, type ReadDatabase } from '#crm/read-store';
import {
  analyticsProjection,
  attributedPurchases,
  DEFAULT_ATTRIBUTION_DAYS,
  buyerCounts,
  customerValues,
  dealCounts,
  promotionCounts,
  revenueBy,
  projectionAvailable,
  type DealGrouping,
  type RevenueGrouping,
  salesByTime,
  customerLabels,
  segmentNames,
  staffNames,
  campaignNames,
  type CustomerLabel,
  touchCounts,
  wonAmounts,
  wonDealsByTime,
  type SalesGrouping,
  type TimeBucket,
  type Period,
  type RecordedAxis,
  type AnalyticsTables,
} from '#crm/projections';
import { AccessLogStore, directoryRead } from '#crm/compliance';
import { ValidationFailedError } from '#crm/http';
import type { CampaignsQueryDto, CustomersQueryDto, DealsQueryDto, PeriodQueryDto, RevenueQueryDto, TimingQueryDto } from './analytics-query.dto.js';
import { toInstant } from './is-instant-or-date.decorator.js';
import { moneyTotals, reportMoney } from './money-totals.js';
import { periodOf } from './period-query.js';
import { readsPersonalData, type ReportReader } from './report-readers.js';
import { salesReport } from './sales-report.js';
import { timingReport } from './timing-report.js';

const ATTRIBUTE = 'attribute:';

/** `by` as the DTO let it through: a time bucket, `attribute:<name>` or one of the other groupings. */
function revenueGrouping(by: string, timeZone: string): RevenueGrouping {
  if (by.startsWith(ATTRIBUTE)) return { by: 'attribute', name: by.slice(ATTRIBUTE.length) };
  if (by === 'month' || by === 'weekday' || by === 'hour') return { by, timeZone };
  return { by: by as 'owner' | 'manager' | 'region' | 'organization' | 'sku' | 'segment' | 'lifecycle' };
}

@Injectable()
export class AnalyticsService {
  private readonly db: Kysely<AnalyticsTables>;

  constructor(
    @Inject(QUERY_DB) private readonly read: Kysely<ReadDatabase>,
    private readonly accessLog: AccessLogStore,
  ) {
    this.db = analyticsProjection.read(read);
  }

  async salespeople(query: PeriodQueryDto) {
    const period = periodOf(query);
    const [owners, managers, regions] = await Promise.all((['owner', 'manager', 'region'] as const).map((grouping) => this.sales(grouping, period)));
    const names = await staffNames(
      this.read,
      [...owners, ...managers].map((line) => line.key as string),
    );
    // Staff groupings leave out deals and touches without a key (sales() below).
    return {
      salespeople: owners.map(({ key, ...figures }) => ({ staffId: key as string, staffName: names.get(key as string) ?? null, ...figures })),
      managers: managers.map(({ key, ...figures }) => ({ managerId: key as string, managerName: names.get(key as string) ?? null, ...figures })),
      regions: regions.map(({ key, ...figures }) => ({ region: key as string, ...figures })),
    };
  }

  async customers(query: CustomersQueryDto, reader: ReportReader) {
    const options = {
      ...periodOf(query),
      recencyAt: toInstant(query.recencyAt),
      sort: query.sort ?? 'revenue',
      measure: query.measure ?? 'purchases',
      limit: query.limit ?? 100,
      currency: query.currency,
    } as const;
    const [rows, counts] = await Promise.all([customerValues(this.db, options), buyerCounts(this.db, options)]);
    const label = await this.customerLabeller(
      rows.map((row) => row.customer_id),
      reader,
    );
    return {
      buyers: Object.fromEntries(counts.map((row) => [row.currency, Number(row.buyers)])),
      returners: Object.fromEntries(counts.map((row) => [row.currency, Number(row.returners)])),
      customers: rows.map((row, index) => ({
        rank: index + 1,
        customerId: row.customer_id,
        ...label(row.customer_id),
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

  async revenue(query: RevenueQueryDto, reader: ReportReader) {
    const timeZone = query.tz ?? 'UTC';
    const grouping = revenueGrouping(query.by, timeZone);
    await this.segmentsNeeded(query.segment !== undefined ? 'segment' : grouping.by === 'segment' ? 'by' : null);
    refuseNowWithAsOf(query.asOf, query.segment !== undefined ? 'segment' : grouping.by === 'segment' || grouping.by === 'lifecycle' ? 'by' : null);
    if (grouping.by === 'lifecycle' && !(await projectionAvailable(this.read, 'lifecycle'))) {
      throw new ValidationFailedError([{ field: 'by', reason: 'cannot be lifecycle: lifecycle stages are not projected here' }]);
    }
    const rows = await revenueBy(this.db, grouping, { ...periodOf(query), currency: query.currency, segmentId: query.segment });
    const named = await this.keyNamer(
      grouping.by,
      rows.map((row) => row.key),
      reader,
    );
    return {
      by: query.by,
      timeZone,
      groups: rows.map((row) => ({
        key: row.key,
        ...named(row.key),
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
  async deals(query: DealsQueryDto, reader: ReportReader) {
    const grouping: DealGrouping = query.by.startsWith('attribute:') ? { attribute: query.by.slice(ATTRIBUTE.length) } : (query.by as DealGrouping);
    await this.segmentsNeeded(query.segment === undefined ? null : 'segment');
    refuseNowWithAsOf(query.asOf, query.segment === undefined ? null : 'segment');
    const filters = { ...periodOf(query), currency: query.currency, segmentId: query.segment };
    const [deals, amounts] = await Promise.all([dealCounts(this.db, grouping, filters), wonAmounts(this.db, grouping, filters)]);
    const named = await this.keyNamer(
      typeof grouping === 'object' ? 'attribute' : grouping,
      [...deals, ...amounts].map((row) => row.key),
      reader,
    );
    return {
      by: query.by,
      groups: salesReport(deals, amounts, []).map(({ key, touches: _touches, callSeconds: _callSeconds, ...figures }) => ({ key, ...named(key), ...figures })),
    };
  }

  async campaigns(query: CampaignsQueryDto) {
    const period = periodOf(query);
    const windowDays = query.windowDays ?? DEFAULT_ATTRIBUTION_DAYS;
    const [counts, attributed] = await Promise.all([promotionCounts(this.db, period), attributedPurchases(this.db, period, windowDays)]);
    const names = await campaignNames(
      this.read,
      counts.map((row) => row.campaign_id),
    );
    const campaigns = counts.map((row) => {
      const purchases = attributed.filter((line) => line.campaign_id === row.campaign_id);
      return {
        campaignId: row.campaign_id,
        campaignName: names.get(row.campaign_id) ?? null,
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

  /**
   * How rows name customers: the source systems' ids for every reader; the directory's name only
   * for readers who may see personal data, whose read then goes to the access log as a directory
   * page does. Names are null where the directory is not projected or does not know the id.
   */
  private async customerLabeller(
    customerIds: string[],
    reader: ReportReader,
  ): Promise<(customerId: string) => { name: string | null; externalIds: CustomerLabel['externalIds'] }> {
    const labels = await customerLabels(this.read, customerIds);
    const personal = readsPersonalData(reader);
    const named = [...new Set(customerIds)].filter((id) => labels.has(id)).length;
    if (personal && named > 0) {
      await this.accessLog.record(directoryRead(reader, named));
    }
    return (customerId) => {
      const label = labels.get(customerId);
      return { name: personal ? (label?.name ?? null) : null, externalIds: label?.externalIds ?? [] };
    };
  }

  /** The display name of a group's key: a staff member's, a segment's, an organization's (as customers are named); null for other keys. */
  private async keyNamer(
    by: string,
    keys: (string | null)[],
    reader: ReportReader,
  ): Promise<(key: string | null) => { name: string | null; externalIds?: CustomerLabel['externalIds'] }> {
    const known = keys.filter((key): key is string => key !== null);
    if (by === 'owner' || by === 'manager') {
      const names = await staffNames(this.read, known);
      return (key) => ({ name: key === null ? null : (names.get(key) ?? null) });
    }
    if (by === 'segment') {
      const names = await segmentNames(this.read, known);
      return (key) => ({ name: key === null ? null : (names.get(key) ?? null) });
    }
    if (by === 'organization') {
      const label = await this.customerLabeller(known, reader);
      return (key) => (key === null ? { name: null, externalIds: [] } : label(key));
    }
    return () => ({ name: null });
  }

  /** A 400 naming the field that reads segment memberships when the segments projection is not in this database. */
  private async segmentsNeeded(field: 'by' | 'segment' | null) {
    if (field !== null && !(await projectionAvailable(this.read, 'segments'))) {
      throw new ValidationFailedError([{ field, reason: 'cannot be used: segments are not projected here' }]);
    }
  }

  private async sales(grouping: SalesGrouping, period: Period & RecordedAxis) {
    const [deals, amounts, touches] = await Promise.all([
      dealCounts(this.db, grouping, period),
      wonAmounts(this.db, grouping, period),
      touchCounts(this.db, grouping, period),
    ]);
    return salesReport(deals, amounts, touches);
  }
}

/** A 400 when asOf meets a filter or grouping that reads where customers stand now, which no fact version records. */
function refuseNowWithAsOf(asOf: string | undefined, field: 'by' | 'segment' | null): void {
  if (asOf !== undefined && field !== null) throw new ValidationFailedError([{ field, reason: 'cannot be used with asOf: it reads where customers stand now' }]);
}
