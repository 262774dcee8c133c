import { Controller, Get, Headers, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { ApiErrors } from '#crm/http';
import { REPORT_FORMATS, reportAnswer } from '../analytics/report-csv.js';
import { ExportableResponse } from '../audit/export/exportable-response.decorator.js';
import { CustomerIdParams } from '../directory/customer-id.params.js';
import { ForecastOverviewQueryDto, ForecastQueryDto } from './forecast-query.dto.js';
import { CustomerForecastAnswerDto, ForecastFitListDto, ForecastOverviewDto } from './forecast.dto.js';
import { ForecastService } from './forecast.service.js';

/** The purchase forecasts (docs/marketing.md): the fits, one customer's forecast, and the whole base's. */
@ApiTags('forecast')
@Controller()
export class ForecastController {
  constructor(private readonly forecasts: ForecastService) {}

  @Get('forecast/fits')
  @Roles('analyst')
  @ApiOperation({ summary: 'The kept fits, newest first (the first is in force): parameters, log-likelihood, calibration window, currency and fit time' })
  @ApiOkResponse({ type: ForecastFitListDto })
  @ApiErrors([400, 401, 403, 429, 503])
  fits() {
    return this.forecasts.fits();
  }

  @Get('customers/:id/forecast')
  @Roles('operator', 'analyst')
  @ApiOperation({
    summary: 'The customer’s P(alive), expected purchases over the next `days`, expected spend and CLV over `horizonDays`, under the fit in force',
  })
  @ApiOkResponse({ type: CustomerForecastAnswerDto })
  @ApiErrors([400, 401, 403, 404, 429, 503], { 404: 'No such customer' })
  ofCustomer(@Param() params: CustomerIdParams, @Query() query: ForecastQueryDto) {
    return this.forecasts.ofCustomer(params.id, query);
  }

  @Get('analytics/forecast')
  @Roles('analyst')
  @ApiOperation({ summary: 'Every buyer’s forecast summed up: P(alive) distribution, expected purchases, total CLV, top CLV and customers at risk' })
  @ExportableResponse(ForecastOverviewDto, REPORT_FORMATS)
  @ApiErrors([400, 401, 403, 404, 429, 503], { 404: 'No forecast fit yet (POST /forecast/fits)' })
  async overview(@Query() query: ForecastOverviewQueryDto, @Headers('accept') accept?: string) {
    const overview = await this.forecasts.overview(query);
    const { distribution, topClv, atRisk } = overview;
    return reportAnswer(query, accept, { name: 'analytics-forecast', money: ['expectedSpend', 'clv', 'spent'] }, overview, { distribution, topClv, atRisk });
  }
}
