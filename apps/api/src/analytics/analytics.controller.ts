import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { CampaignsQueryDto, CustomersQueryDto, PeriodQueryDto, RevenueQueryDto, TimingQueryDto } from './analytics-query.dto.js';
import { AnalyticsService } from './analytics.service.js';
import { RevenueReportDto } from './revenue-report.dto.js';

@ApiTags('analytics')
@Controller('analytics')
@Roles('analyst')
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Get('salespeople')
  @ApiOperation({ summary: 'Touches, deals opened, won and lost, win rate, won value and days to close per salesperson, manager and region, ranked' })
  salespeople(@Query() query: PeriodQueryDto) {
    return this.analytics.salespeople(query);
  }

  @Get('customers')
  @ApiOperation({ summary: 'Revenue, margin, purchases and complaints per customer, ranked, with RFM quintile scores' })
  customers(@Query() query: CustomersQueryDto) {
    return this.analytics.customers(query);
  }

  @Get('timing')
  @ApiOperation({ summary: 'Revenue, purchases and won deals by weekday × hour and by month in a time zone' })
  timing(@Query() query: TimingQueryDto) {
    return this.analytics.timing(query);
  }

  @Get('revenue')
  @ApiOperation({ summary: 'Buyers, purchases, gross sales, returns and net revenue by month, weekday, hour or a customer attribute (country...)' })
  @ApiOkResponse({ type: RevenueReportDto })
  revenue(@Query() query: RevenueQueryDto): Promise<RevenueReportDto> {
    return this.analytics.revenue(query);
  }

  @Get('campaigns')
  @ApiOperation({ summary: 'Promotions sent and answered per campaign, and the purchases attributed to it within a window' })
  campaigns(@Query() query: CampaignsQueryDto) {
    return this.analytics.campaigns(query);
  }
}
