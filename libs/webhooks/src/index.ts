// Webhook delivery: the subscriptions store the api writes and the worker's delivering side.
export { WebhookJobsModule } from './webhook-jobs.module.js';
export { WebhookStore, type WebhookDelivery } from './webhook.store.js';
export { namesPrivateHost, PRIVATE_TARGET_REASON, resolvesToPrivateAddress } from './private-address.js';
