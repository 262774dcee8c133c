import { IntersectionType } from '@nestjs/swagger';
import { ReportFormatQueryDto } from '../analytics/analytics-query.dto.js';
import { ResultsQueryDto } from '../automations/uplift.dto.js';

export class CampaignResultsQueryDto extends IntersectionType(ResultsQueryDto, ReportFormatQueryDto) {}
