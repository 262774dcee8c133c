import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { ApiErrors } from '#crm/http';
import { JobName, JobQueue, RequiresJobs } from '#crm/jobs';
import { FitForecastDto } from './forecast-query.dto.js';
import { ForecastFitStartedDto } from './forecast.dto.js';

/** Fits on demand, beside the nightly one: the job runs in the worker (docs/marketing.md). */
@ApiTags('forecast')
@Controller('forecast/fits')
export class ForecastFitsController {
  constructor(private readonly queue: JobQueue) {}

  @Post()
  @HttpCode(202)
  @Roles('analyst')
  @RequiresJobs()
  @ApiOperation({ summary: 'Fit BG/NBD and Gamma-Gamma on the purchases up to calibrationEnd, as a job; the fit appears at GET /forecast/fits' })
  @ApiAcceptedResponse({ type: ForecastFitStartedDto })
  @ApiErrors([400, 401, 403, 415, 429])
  async start(@Body() body: FitForecastDto): Promise<ForecastFitStartedDto> {
    // Named by the request's instant: a repeat within the same millisecond is the same fit.
    const jobId = `forecast-fit.${new Date().toISOString()}`;
    await this.queue.add(JobName.ForecastFit, { calibrationEnd: body.calibrationEnd }, { jobId });
    return { jobId };
  }
}
