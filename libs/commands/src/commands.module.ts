import { Global, Module } from '@nestjs/common';
import { ContactClaims } from './contact-claims/contact-claims.js';
import { IdempotencyInterceptor } from './http/idempotency.interceptor.js';
import { IdempotencyStore } from './idempotency/idempotency.store.js';
import { CommandPipeline } from './pipeline/command-pipeline.js';

/**
 * The write side: the command pipeline and idempotent writes, over the global EVENT_STORE,
 * READ_DB and EVENT_CODEC. The codec is not provided here: a default would quietly store personal
 * data in clear wherever CryptoModule (#crm/crypto, which provides it) was forgotten.
 */
@Global()
@Module({
  providers: [CommandPipeline, IdempotencyStore, IdempotencyInterceptor, ContactClaims],
  exports: [CommandPipeline, IdempotencyStore, IdempotencyInterceptor, ContactClaims],
})
export class CommandsModule {}
