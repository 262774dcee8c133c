import { Controller, Get, Headers, Query } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { AccessLogStore, type AccessEntry, type AccessLogFilter } from '#crm/compliance';
import type { CsvColumn } from '../audit/export/csv.js';
import { exportFormatOf } from '../audit/export/export-format.js';
import { exportResponse, pagesOf } from '../audit/export/export-response.js';
import { DEFAULT_AUDIT_PAGE } from '../audit/audit-events.service.js';
import { AccessLogQueryDto } from './access-log-query.dto.js';

const EXPORT_PAGE = 1000;

const csvColumns: CsvColumn<AccessEntry>[] = [
  { header: 'id', value: (entry) => entry.id },
  { header: 'accessedAt', value: (entry) => entry.accessedAt },
  { header: 'actorId', value: (entry) => entry.actorId },
  { header: 'actorRole', value: (entry) => entry.actorRole },
  { header: 'apiKeyId', value: (entry) => entry.apiKeyId },
  { header: 'subjectKind', value: (entry) => entry.subjectKind },
  { header: 'subjectId', value: (entry) => entry.subjectId },
  { header: 'action', value: (entry) => entry.action },
  { header: 'route', value: (entry) => entry.route },
  { header: 'reason', value: (entry) => entry.reason },
];

@ApiTags('audit')
@Controller('audit/access')
@Roles('compliance')
export class AccessLogController {
  constructor(private readonly accessLog: AccessLogStore) {}

  @Get()
  @ApiOperation({ summary: 'Who read whose personal data, when and why; filtered like /audit/events, paged by entry id' })
  @ApiProduces('application/json', 'application/x-ndjson', 'text/csv')
  async list(@Query() query: AccessLogQueryDto, @Headers('accept') accept?: string) {
    const format = exportFormatOf(query.format, accept);
    const filter = filterOf(query);
    if (format === 'json') {
      const limit = query.limit ?? DEFAULT_AUDIT_PAGE;
      const entries = await this.accessLog.find({ ...filter, afterId: query.after, limit });
      return { entries, next: entries.length === limit ? entries[entries.length - 1].id : null };
    }
    const pages = pagesOf<AccessEntry, string>(
      (afterId, limit) => this.accessLog.find({ ...filter, afterId, limit }),
      (entry) => entry.id,
      { after: query.after, limit: query.limit, pageSize: EXPORT_PAGE },
    );
    return exportResponse(format, 'access-log', pages, csvColumns, async (entries) => entries);
  }
}

function filterOf(query: AccessLogQueryDto): Omit<AccessLogFilter, 'limit' | 'afterId'> {
  return {
    actorId: query.actor,
    subjectId: query.customer,
    action: query.action,
    from: query.from === undefined ? undefined : new Date(query.from),
    to: query.to === undefined ? undefined : new Date(query.to),
  };
}
