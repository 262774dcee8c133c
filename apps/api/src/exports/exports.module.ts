import { Module } from '@nestjs/common';
import { ExportStore, PersonExportFile } from '#crm/exports';
import { ExportsController } from './exports.controller.js';
import { ExportsService } from './exports.service.js';
import { PersonExportsService } from './person/person-exports.service.js';

@Module({ controllers: [ExportsController], providers: [ExportsService, ExportStore, PersonExportsService, PersonExportFile] })
export class ExportsModule {}
