import { Module } from '@nestjs/common';
import { ForecastFitJobs } from './forecast-fit.jobs.js';

@Module({ providers: [ForecastFitJobs] })
export class ForecastFitModule {}
