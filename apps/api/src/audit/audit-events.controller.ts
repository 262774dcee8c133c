import { Controller, Get, Headers, Query } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { AuditEventsQueryDto } from './audit-events-query.dto.js';
import { AuditEventsService } from './audit-events.service.js';
import { exportFormatOf } from './export/export-format.js';

@ApiTags('audit')
@Controller('audit/events')
@Roles('compliance')
export class AuditEventsController {
  constructor(private readonly events: AuditEventsService) {}

  @Get()
  @ApiOperation({ summary: 'The event log filtered by actor, type, stream, channel and time; a JSON page by log position, or all of it as NDJSON or CSV' })
  @ApiProduces('application/json', 'application/x-ndjson', 'text/csv')
  list(@Query() query: AuditEventsQueryDto, @Headers('accept') accept?: string) {
    const format = exportFormatOf(query.format, accept);
    return format === 'json' ? this.events.page(query) : this.events.export(query, format);
  }
}
