import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
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
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthReport> {
    const report = await this.health.check();
    reply.status(report.status === 'down' ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK);
    return report;
  }
}
