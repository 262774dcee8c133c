/** The Kysely instance of the read store the projections write to: the app provides it (e.g. useExisting: READ_DB). */
export const PROJECTION_DB = Symbol('ProjectionDb');
