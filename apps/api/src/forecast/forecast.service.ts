import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { JobName, JobQueue } from '#crm/jobs';
import { customerForecastOf, forecastFits, forecastOverview, type ForecastFit } from '#crm/projections';
import { READ_DB, type ReadDatabase } from '#crm/read-store';
import type { FitForecastDto, ForecastOverviewQueryDto, ForecastQueryDto } from './forecast-query.dto.js';

const horizonOf = (query: ForecastQueryDto) => ({ days: query.days ?? 90, clvDays: query.horizonDays ?? 365, annualDiscountRate: query.discountRate ?? 0.1 });

@Injectable()
export class ForecastService {
  constructor(
    @Inject(READ_DB) private readonly db: Kysely<ReadDatabase>,
    private readonly queue: JobQueue,
  ) {}

  async fits(): Promise<{ items: ForecastFit[] }> {
    return { items: await forecastFits(this.db, 50) };
  }

  /** One job per request instant: two requests in the same millisecond are one fit. */
  async start(body: FitForecastDto): Promise<{ jobId: string }> {
    const jobId = `forecast-fit.${new Date().toISOString()}`;
    await this.queue.add(JobName.ForecastFit, { calibrationEnd: body.calibrationEnd }, { jobId });
    return { jobId };
  }

  ofCustomer(customerId: string, query: ForecastQueryDto) {
    return customerForecastOf(this.db, customerId, horizonOf(query), new Date());
  }

  overview(query: ForecastOverviewQueryDto) {
    return forecastOverview(this.db, { ...horizonOf(query), now: new Date(), limit: query.limit ?? 20, atRiskBelow: query.atRiskBelow ?? 0.5 });
  }
}
