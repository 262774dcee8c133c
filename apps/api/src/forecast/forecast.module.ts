import { Module } from '@nestjs/common';
import { ForecastFitsController } from './forecast-fits.controller.js';
import { ForecastController } from './forecast.controller.js';
import { ForecastService } from './forecast.service.js';

/** The forecasts, read from the fits and the purchases read model. */
@Module({ controllers: [ForecastController], providers: [ForecastService] })
export class ForecastModule {}

/** Starting a fit, which needs the job queue. */
@Module({ controllers: [ForecastFitsController] })
export class ForecastFitsModule {}
