import { Module } from '@nestjs/common';
import { AccessLogModule } from '#crm/compliance';
import { AnalyticsController } from './analytics.controller.js';
import { AnalyticsService } from './analytics.service.js';

@Module({ imports: [AccessLogModule], controllers: [AnalyticsController], providers: [AnalyticsService] })
export class AnalyticsModule {}
