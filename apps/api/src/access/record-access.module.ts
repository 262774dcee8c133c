import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { RecordAccessInterceptor } from './record-access.interceptor.js';
import { RecordAccess } from './record-access.service.js';

/** Record-level access (CRM_RECORD_ACCESS) on every route about a customer or a deal, and for the list routes. */
@Global()
@Module({
  providers: [RecordAccess, { provide: APP_INTERCEPTOR, useClass: RecordAccessInterceptor }],
  exports: [RecordAccess],
})
export class RecordAccessModule {}
