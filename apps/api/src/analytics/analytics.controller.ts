import { Controller, Get, Headers, Query, Req, type StreamableFile } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, type Actor } from '#crm/auth';
import { accessReasonOf } from '#crm/compliance';
import { ApiErrors } from '#crm/http';
import { CampaignsQueryDto, CustomersQueryDto, DealsQueryDto, PeriodQueryDto, RevenueQueryDto, TimingQueryDto } from './analytics-query.dto.js';
import { CampaignsReportDto, CustomerValuesReportDto, SalespeopleReportDto, TimingReportDto } from './analytics-reports.dto.js';
import { AnalyticsService } from './analytics.service.js';
import { ExportableResponse } from '../audit/export/exportable-response.decorator.js';
import { REPORT_FORMATS, reportAnswer } from './report-csv.js';
import type { ReportReader } from './report-readers.js';
import { DealsReportDto, RevenueReportDto } from './revenue-report.dto.js';

const SALES_MONEY = ['grossSales', 'returns', 'revenue'];

/** The reader of a report that may name customers; the reason for reading their names comes from X-Access-Reason. */
const readerOf = (actor: Actor, request: FastifyRequest): ReportReader => ({ actor, reason: accessReasonOf(request, false), route: `GET ${request.routeOptions.url}` });

@ApiTags('analytics')
@Controller('analytics')
@Roles('analyst')
@ApiErrors([400, 401, 403, 429, 503])
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Get('salespeople')
  @ApiOperation({ summary: 'Touches, deals opened, won and lost, win rate, won value and days to close per salesperson, manager and region, ranked' })
  @ExportableResponse(SalespeopleReportDto, REPORT_FORMATS)
  async salespeople(@Query() query: PeriodQueryDto, @Headers('accept') accept?: string): Promise<SalespeopleReportDto | StreamableFile> {
    const report = await this.analytics.salespeople(query);
    return reportAnswer(query, accept, { name: 'analytics-salespeople', money: ['wonAmount'] }, report, { salespeople: report.salespeople, managers: report.managers, regions: report.regions });
  }

  @Get('customers')
  @ApiOperation({ summary: 'Revenue, margin, purchases, complaints and won deals per customer, ranked by revenue, margin or won deal value, with RFM scores' })
  @ExportableResponse(CustomerValuesReportDto, REPORT_FORMATS)
  async customers(
    @Query() query: CustomersQueryDto,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Headers('accept') accept?: string,
  ): Promise<CustomerValuesReportDto | StreamableFile> {
    const report = await this.analytics.customers(query, readerOf(actor, request));
    return reportAnswer(query, accept, { name: 'analytics-customers', money: ['revenue', 'margin', 'wonAmount'] }, report, { customers: report.customers });
  }

  @Get('timing')
  @ApiOperation({ summary: 'Revenue, purchases and won deals by weekday × hour and by month in a time zone' })
  @ExportableResponse(TimingReportDto, REPORT_FORMATS)
  async timing(@Query() query: TimingQueryDto, @Headers('accept') accept?: string): Promise<TimingReportDto | StreamableFile> {
    const report = await this.analytics.timing(query);
    const { byWeekdayHour, byWeekday, byHour, byMonth } = report;
    return reportAnswer(query, accept, { name: 'analytics-timing', money: [...SALES_MONEY, 'wonAmount'] }, report, { byWeekdayHour, byWeekday, byHour, byMonth });
  }

  @Get('revenue')
  @ApiOperation({
    summary: 'Buyers, purchases, gross sales, returns and net revenue by month, weekday, hour, owner, organization, SKU, segment, lifecycle stage or a customer attribute (country...)',
  })
  @ExportableResponse(RevenueReportDto, REPORT_FORMATS)
  async revenue(
    @Query() query: RevenueQueryDto,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Headers('accept') accept?: string,
  ): Promise<RevenueReportDto | StreamableFile> {
    const report = await this.analytics.revenue(query, readerOf(actor, request));
    return reportAnswer(query, accept, { name: 'analytics-revenue', money: SALES_MONEY }, report, { groups: report.groups });
  }

  @Get('deals')
  @ApiOperation({ summary: 'Deals opened, won and lost, win rate, won value and days to close by owner, manager, region, product, organization or a customer attribute (sector...)' })
  @ExportableResponse(DealsReportDto, REPORT_FORMATS)
  async deals(
    @Query() query: DealsQueryDto,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Headers('accept') accept?: string,
  ): Promise<DealsReportDto | StreamableFile> {
    const report = await this.analytics.deals(query, readerOf(actor, request));
    return reportAnswer(query, accept, { name: 'analytics-deals', money: ['wonAmount'] }, report, { groups: report.groups });
  }

  @Get('campaigns')
  @ApiOperation({ summary: 'Promotions sent and answered per campaign, and the purchases attributed to it within a window' })
  @ExportableResponse(CampaignsReportDto, REPORT_FORMATS)
  async campaigns(@Query() query: CampaignsQueryDto, @Headers('accept') accept?: string): Promise<CampaignsReportDto | StreamableFile> {
    const report = await this.analytics.campaigns(query);
    return reportAnswer(query, accept, { name: 'analytics-campaigns', money: ['attributedRevenue'] }, report, { campaigns: report.campaigns });
  }
}
