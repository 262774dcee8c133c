import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { CampaignsQueryDto, CustomersQueryDto, PeriodQueryDto, TimingQueryDto } from './analytics-query.dto.js';
import { AnalyticsService } from './analytics.service.js';

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

  @Get('campaigns')
  @ApiOperation({ summary: 'Promotions sent and answered per campaign, and the purchases attributed to it within a window' })
  campaigns(@Query() query: CampaignsQueryDto) {
    return this.analytics.campaigns(query);
  }
}
