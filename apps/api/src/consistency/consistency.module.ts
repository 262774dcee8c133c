import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ConsistentReadInterceptor } from './consistent-read.interceptor.js';

/** X-Crm-Min-Position on every read route (docs/scaling.md, Read replicas). */
@Module({ providers: [{ provide: APP_INTERCEPTOR, useClass: ConsistentReadInterceptor }] })
export class ConsistencyModule {}
