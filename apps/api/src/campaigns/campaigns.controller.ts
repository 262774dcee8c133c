import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, type StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, type Actor } from '#crm/auth';
import { ApiErrors } from '#crm/http';
import { RequiresJobs } from '#crm/jobs';
import { CampaignIdParams } from './campaign-id.params.js';
import { PageQueryDto } from '../paging/page-query.dto.js';
import { CampaignPageDto, CampaignResultsDto, CampaignViewDto } from './campaign-view.dto.js';
import { REPORT_FORMATS, reportAnswer } from '../analytics/report-csv.js';
import { ExportableResponse } from '../audit/export/exportable-response.decorator.js';
import { CampaignResultsQueryDto } from './campaign-results-query.dto.js';
import { CampaignsService, type CampaignView } from './campaigns.service.js';
import { CreateCampaignDto } from './create-campaign.dto.js';

@ApiTags('campaigns')
@Controller('campaigns')
@Roles('operator')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Post()
  @HttpCode(202)
  @RequiresJobs()
  @ApiOperation({ summary: 'Send a promotion to the members of a segment: one PromotionSent and one message per consenting member' })
  @ApiAcceptedResponse({ type: CampaignViewDto, description: 'The campaign with its progress; follow it at GET /campaigns/{id}' })
  @ApiErrors([400, 401, 403, 415, 429])
  create(@Body() body: CreateCampaignDto, @CurrentActor() actor: Actor): Promise<CampaignView> {
    return this.campaigns.create(body, actor);
  }

  @Get()
  @Roles('operator', 'analyst')
  @ApiOperation({ summary: 'Every campaign, newest first, each with its progress; cursor paging' })
  @ApiOkResponse({ type: CampaignPageDto })
  @ApiErrors([400, 401, 403, 429, 503])
  list(@Query() query: PageQueryDto): Promise<{ items: CampaignView[]; nextCursor: string | null }> {
    return this.campaigns.list(query);
  }

  @Get(':id')
  @Roles('operator', 'analyst')
  @ApiOperation({ summary: 'A campaign and its progress: targeted, sent, skipped (no consent), failed, pending' })
  @ApiOkResponse({ type: CampaignViewDto })
  @ApiErrors([400, 401, 403, 404, 429, 503])
  get(@Param() { id }: CampaignIdParams): Promise<CampaignView> {
    return this.campaigns.get(id.toLowerCase());
  }

  @Get(':id/results')
  @Roles('operator', 'analyst')
  @ApiOperation({
    summary: 'Treated against the held-back control group within a window after the campaign’s start: response, purchases and revenue, with uplift and 95 % CI',
  })
  @ExportableResponse(CampaignResultsDto, `${REPORT_FORMATS}: one row per measure`)
  @ApiErrors([400, 401, 403, 404, 429, 503])
  async results(
    @Param() { id }: CampaignIdParams,
    @Query() query: CampaignResultsQueryDto,
    @Headers('accept') accept?: string,
  ): Promise<CampaignResultsDto | StreamableFile> {
    const results = await this.campaigns.results(id.toLowerCase(), query.windowDays ?? 30);
    // Shares and money apart: a column holds one kind, money one column per currency.
    const measures = [
      { measure: 'response', ...results.response },
      { measure: 'purchases', ...results.purchases },
      ...results.revenue.map(({ currency, treated, control, uplift, ci95, degreesOfFreedom }) => ({
        measure: 'revenue',
        currency,
        revenueTreated: treated,
        revenueControl: control,
        revenueUplift: uplift,
        revenueLow: ci95?.low ?? null,
        revenueHigh: ci95?.high ?? null,
        degreesOfFreedom,
      })),
    ];
    const money = ['revenueTreated', 'revenueControl', 'revenueUplift', 'revenueLow', 'revenueHigh'];
    return reportAnswer(query, accept, { name: 'campaign-results', money }, results, { measures });
  }
}
