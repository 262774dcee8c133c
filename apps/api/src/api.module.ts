import { Module } from '@nestjs/common';
import { HealthModule } from './health/health.module.js';

/** The HTTP features: add a feature module to `imports`. */
@Module({ imports: [HealthModule] })
export class ApiModule {}
