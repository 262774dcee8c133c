import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { JobName, OnJob, type JobPayload } from '#crm/jobs';
import { fitForecast } from '#crm/projections';
import { READ_DB, type ReadDatabase } from '#crm/read-store';

/**
 * Refits the purchase models. A retried run fits again and keeps a second row: harmless, the
 * newest is in force and both describe the same purchases.
 */
@Injectable()
export class ForecastFitJobs {
  private readonly logger = new Logger('ForecastFit');

  constructor(@Inject(READ_DB) private readonly db: Kysely<ReadDatabase>) {}

  @OnJob(JobName.ForecastFit)
  async fit({ calibrationEnd }: JobPayload<JobName.ForecastFit>) {
    const fit = await fitForecast(this.db, { calibrationEnd, now: new Date() });
    this.logger.log(
      `fitted ${fit.customers} customers to ${fit.calibrationEnd} in ${fit.durationMs} ms (log-likelihood ${fit.bgNbd.logLikelihood.toFixed(1)})`,
    );
    return { fitId: fit.id };
  }
}
