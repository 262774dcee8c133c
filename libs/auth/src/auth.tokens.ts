/** Bind the read store's Kysely instance to this token; the api_key table lives beside the read models. */
export const AUTH_DATABASE = Symbol('AUTH_DATABASE');
