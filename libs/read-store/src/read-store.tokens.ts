/** The Kysely<ReadDatabase> of the read models: `@Inject(READ_DB) db: Kysely<ReadDatabase>`. */
export const READ_DB = Symbol('ReadDb');

/** The same database through the data keys' own pool (#crm/crypto): a write holding a log or read connection never waits on it. */
export const KEYS_DB = Symbol('KeysDb');

/**
 * The read models for queries that only read them (the api's query services): READ_DB itself, or,
 * with READ_DATABASE_URL, a streaming replica (#crm/database ReadReplica). Whatever writes, and
 * whatever decides a command, keeps READ_DB.
 */
export const QUERY_DB = Symbol('QueryDb');
