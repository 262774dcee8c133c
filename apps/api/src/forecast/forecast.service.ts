import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { customerForecastOf, forecastFits, forecastOverview, type ForecastFit, type ForecastOverview } from '#crm/projections';
import { QUERY_DB, type ReadDatabase } from '#crm/read-store';
import { reportMoney } from '../analytics/money-totals.js';
import { toInstant } from '../analytics/is-instant-or-date.decorator.js';
import type { ForecastOverviewQueryDto, ForecastQueryDto } from './forecast-query.dto.js';

const horizonOf = (query: ForecastQueryDto) => ({ days: query.days ?? 90, clvDays: query.horizonDays ?? 365, annualDiscountRate: query.discountRate ?? 0.1 });

@Injectable()
export class ForecastService {
  constructor(@Inject(QUERY_DB) private readonly db: Kysely<ReadDatabase>) {}

  async fits(): Promise<{ items: ForecastFit[] }> {
    return { items: await forecastFits(this.db, 50) };
  }

  ofCustomer(customerId: string, query: ForecastQueryDto) {
    return customerForecastOf(this.db, customerId, horizonOf(query), toInstant(query.asOf) ?? new Date());
  }

  /** Money as ReportMoney in the fit's currency, rounded to its minor unit: the model's estimates are fractional. */
  async overview(query: ForecastOverviewQueryDto) {
    const overview = await forecastOverview(this.db, {
      ...horizonOf(query),
      now: toInstant(query.asOf) ?? new Date(),
      limit: query.limit ?? 20,
      atRiskBelow: query.atRiskBelow ?? 0.5,
    });
    const money = (minor: number | null) => (minor === null ? null : reportMoney(overview.fit.currency, Math.round(minor)));
    const item = (row: ForecastOverview['topClv'][number]) => ({ ...row, expectedSpend: money(row.expectedSpend), clv: money(row.clv), spent: money(row.spent) });
    return { ...overview, clv: money(overview.clv), topClv: overview.topClv.map(item), atRisk: overview.atRisk.map(item) };
  }
}
