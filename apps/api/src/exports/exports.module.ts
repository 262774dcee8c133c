import { Module } from '@nestjs/common';
import { ExportStore } from './export.store.js';
import { ExportsController } from './exports.controller.js';
import { ExportsService } from './exports.service.js';
import { PersonExportFile } from './person/person-export.file.js';
import { PersonExportsService } from './person/person-exports.service.js';

@Module({ controllers: [ExportsController], providers: [ExportsService, ExportStore, PersonExportsService, PersonExportFile] })
export class ExportsModule {}
