import { Global, Module } from '@nestjs/common';
import { EVENT_CODEC, passThroughCodec } from './envelope/event-codec.js';
import { IdempotencyInterceptor } from './http/idempotency.interceptor.js';
import { IdempotencyStore } from './idempotency/idempotency.store.js';
import { CommandPipeline } from './pipeline/command-pipeline.js';

/**
 * The write side: the command pipeline and idempotent writes, over the global EVENT_STORE and
 * READ_DB. The crypto layer replaces the EVENT_CODEC provider here with its encrypting codec.
 */
@Global()
@Module({
  providers: [CommandPipeline, IdempotencyStore, IdempotencyInterceptor, { provide: EVENT_CODEC, useValue: passThroughCodec }],
  exports: [CommandPipeline, IdempotencyStore, IdempotencyInterceptor, EVENT_CODEC],
})
export class CommandsModule {}
