/** The Kysely<ReadDatabase> of the read models: `@Inject(READ_DB) db: Kysely<ReadDatabase>`. */
export const READ_DB = Symbol('ReadDb');
