import { Module } from '@nestjs/common';
import { LifecycleSweeper } from './lifecycle-sweeper.js';

/** Import where projections run (projector, one-process crm): the lapse sweep follows the lifecycle projection. */
@Module({ providers: [LifecycleSweeper], exports: [LifecycleSweeper] })
export class LifecycleSweepModule {}
