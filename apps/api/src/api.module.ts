import { Module } from '@nestjs/common';
import { AnalyticsModule } from './analytics/analytics.module.js';
import { HealthModule } from './health/health.module.js';

/** The HTTP features: add a feature module to `imports`. */
@Module({ imports: [AnalyticsModule, HealthModule] })
export class ApiModule {}
