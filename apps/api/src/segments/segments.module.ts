import { Module } from '@nestjs/common';
import { CustomerSegmentsController } from './customer-segments.controller.js';
import { SegmentsController } from './segments.controller.js';
import { SegmentsService } from './segments.service.js';

@Module({ controllers: [SegmentsController, CustomerSegmentsController], providers: [SegmentsService] })
export class SegmentsModule {}
