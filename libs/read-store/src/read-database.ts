/**
 * The read-model tables, as Kysely sees them. A migration that adds a table adds its row type
 * here too, so queries are checked against the schema the migrations build.
 */
export interface ReadDatabase {}
