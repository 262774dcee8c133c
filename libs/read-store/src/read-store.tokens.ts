/** The Kysely<ReadDatabase> of the read models: `@Inject(READ_DB) db: Kysely<ReadDatabase>`. */
export const READ_DB = Symbol('ReadDb');

/** The same database through the data keys' own pool (#crm/crypto): a write holding a log or read connection never waits on it. */
export const KEYS_DB = Symbol('KeysDb');
