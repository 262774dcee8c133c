import createClient, { type ClientOptions } from 'openapi-fetch';
import type { paths } from './schema.js';

export type { components, operations, paths } from './schema.js';

/**
 * A typed client of the CRM API, generated from its OpenAPI document (libs/api-client/openapi.json):
 * paths, bodies and answers are checked by the compiler. In the console the session cookie rides
 * along (same origin); elsewhere pass `headers: { authorization: 'Bearer crm_…' }`.
 */
export function createCrmClient(options: ClientOptions = {}) {
  return createClient<paths>({ credentials: 'same-origin', ...options });
}

export type CrmClient = ReturnType<typeof createCrmClient>;

