// The command pipeline
export { CommandPipeline, MAX_ATTEMPTS, PIPELINE_OPTIONS, type PipelineOptions } from './pipeline/command-pipeline.js';
export type { AppendedEvent, CommandResult, HandleOptions } from './pipeline/command-result.js';
export { batchDecider, batchOf, type Batch } from '#crm/domain';
export { checkExpectedRevision, loadStream, type LoadedStream } from './pipeline/load-stream.js';
export { currentEventDecoder, readCurrentEvents, upcastRecordedEvent, type CurrentEvent } from './pipeline/upcast-recorded-event.js';
export { CommandsModule } from './commands.module.js';
export { ContactClaims, contactClaimId, type Contact } from './contact-claims/contact-claims.js';

// The event envelope and its hash chain
export { buildEventEnvelope, type EnvelopeContext, type EnvelopedEvent } from './envelope/build-event-envelope.js';
export { buildEventEnvelopes, type BatchContext } from './envelope/build-event-envelopes.js';
export { canonicalJson } from './envelope/canonical-json.js';
export { eventHash, type HashedContent } from './envelope/event-hash.js';
export type { EventActor, EventMetadata, UnhashedMetadata } from './envelope/event-metadata.js';
export { EVENT_CODEC, passThroughCodec, type CodecInput, type EventCodec } from './envelope/event-codec.js';
export { deterministicEventId } from './envelope/deterministic-event-id.js';
export { nameBasedUuid } from './envelope/name-based-uuid.js';

// Idempotent writes over HTTP
export { IdempotencyStore, type IdempotentAnswer, type IdempotentRequest } from './idempotency/idempotency.store.js';
export { IdempotencyKeyReusedError } from './idempotency/idempotency.errors.js';
export { IdempotencyInterceptor, PUBLIC_KEY_SCOPE } from './http/idempotency.interceptor.js';
export { WriteRoute } from './http/write-route.decorator.js';
export { Write, commandMetadata, createdId, handleOptions, webFormActor, type WriteContext } from './http/write-context.js';
export { requestHash } from './http/request-hash.js';
export { lastPosition, writeAnswer, type AppendedEventAnswer, type WriteAnswer } from './http/write-answer.js';
export { historyEvent, type HistoryEvent } from './history-event.js';
