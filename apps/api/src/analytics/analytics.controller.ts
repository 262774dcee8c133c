import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { ApiErrors } from '#crm/http';
import { CampaignsQueryDto, CustomersQueryDto, DealsQueryDto, PeriodQueryDto, RevenueQueryDto, TimingQueryDto } from './analytics-query.dto.js';
import { CampaignsReportDto, CustomerValuesReportDto, SalespeopleReportDto, TimingReportDto } from './analytics-reports.dto.js';
import { AnalyticsService } from './analytics.service.js';
import { DealsReportDto, RevenueReportDto } from './revenue-report.dto.js';

@ApiTags('analytics')
@Controller('analytics')
@Roles('analyst')
@ApiErrors([400, 401, 403, 429, 503])
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Get('salespeople')
  @ApiOperation({ summary: 'Touches, deals opened, won and lost, win rate, won value and days to close per salesperson, manager and region, ranked' })
  @ApiOkResponse({ type: SalespeopleReportDto })
  salespeople(@Query() query: PeriodQueryDto): Promise<SalespeopleReportDto> {
    return this.analytics.salespeople(query);
  }

  @Get('customers')
  @ApiOperation({ summary: 'Revenue, margin, purchases and complaints per customer, ranked, with RFM quintile scores' })
  @ApiOkResponse({ type: CustomerValuesReportDto })
  customers(@Query() query: CustomersQueryDto): Promise<CustomerValuesReportDto> {
    return this.analytics.customers(query);
  }

  @Get('timing')
  @ApiOperation({ summary: 'Revenue, purchases and won deals by weekday × hour and by month in a time zone' })
  @ApiOkResponse({ type: TimingReportDto })
  timing(@Query() query: TimingQueryDto): Promise<TimingReportDto> {
    return this.analytics.timing(query);
  }

  @Get('revenue')
  @ApiOperation({
    summary: 'Buyers, purchases, gross sales, returns and net revenue by month, weekday, hour, owner, organization, SKU, segment, lifecycle stage or a customer attribute (country...)',
  })
  @ApiOkResponse({ type: RevenueReportDto })
  revenue(@Query() query: RevenueQueryDto): Promise<RevenueReportDto> {
    return this.analytics.revenue(query);
  }

  @Get('deals')
  @ApiOperation({ summary: 'Deals opened, won and lost, win rate, won value and days to close by owner, manager, region, product, organization or a customer attribute (sector...)' })
  @ApiOkResponse({ type: DealsReportDto })
  deals(@Query() query: DealsQueryDto): Promise<DealsReportDto> {
    return this.analytics.deals(query);
  }

  @Get('campaigns')
  @ApiOperation({ summary: 'Promotions sent and answered per campaign, and the purchases attributed to it within a window' })
  @ApiOkResponse({ type: CampaignsReportDto })
  campaigns(@Query() query: CampaignsQueryDto): Promise<CampaignsReportDto> {
    return this.analytics.campaigns(query);
  }
}
