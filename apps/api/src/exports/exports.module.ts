import { Module } from '@nestjs/common';
import { ExportStore } from './export.store.js';
import { ExportsController } from './exports.controller.js';
import { ExportsService } from './exports.service.js';

@Module({ controllers: [ExportsController], providers: [ExportsService, ExportStore] })
export class ExportsModule {}
