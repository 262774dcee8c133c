import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '#crm/http';
import { HealthReportDto } from './health-report.dto.js';
import { Public } from '#crm/auth';
import type { FastifyReply } from 'fastify';
import type { HealthReport } from './health-report.js';
import { HealthService } from './health.service.js';

@ApiTags('health')
@Controller('health')
// Load balancers and the start script probe it without a key.
@Public()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOperation({ summary: 'Event log, read store, Redis and projector: 200 when records can be made and read, 503 otherwise' })
  @ApiOkResponse({ type: HealthReportDto })
  @ApiServiceUnavailableResponse({
    type: HealthReportDto,
    description: 'The event log or the read store is down',
    example: {
      status: 'down',
      eventStore: { ok: false, backend: 'postgresql', reason: 'PostgreSQL unreachable at 127.0.0.1:5432: connect ECONNREFUSED' },
      database: { ok: false, reason: 'PostgreSQL unreachable at 127.0.0.1:5432: connect ECONNREFUSED' },
      redis: { ok: true },
    },
  })
  @ApiErrors([400])
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthReport> {
    const report = await this.health.check();
    reply.status(report.status === 'down' ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK);
    return report;
  }
}
