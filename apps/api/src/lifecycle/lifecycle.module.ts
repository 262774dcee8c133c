import { Module } from '@nestjs/common';
import { CustomerLifecycleController } from './customer-lifecycle.controller.js';
import { LifecycleSummaryController } from './lifecycle-summary.controller.js';
import { LifecycleService } from './lifecycle.service.js';

@Module({ controllers: [CustomerLifecycleController, LifecycleSummaryController], providers: [LifecycleService] })
export class LifecycleModule {}
