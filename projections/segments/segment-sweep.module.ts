import { Module } from '@nestjs/common';
import { SegmentSweeper } from './segment-sweeper.js';

/** Import where projections run (projector, one-process crm): the sweep follows the segments projection. */
@Module({ providers: [SegmentSweeper], exports: [SegmentSweeper] })
export class SegmentSweepModule {}
