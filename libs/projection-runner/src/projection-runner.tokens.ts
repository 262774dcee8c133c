/** The Kysely instance of the read store the projections write to: the app provides it (e.g. useExisting: READ_DB). */
export const PROJECTION_DB = Symbol('ProjectionDb');

/** The EventDecoder given to ProjectionRunnerModule.register, or null when events go to projections as stored. */
export const PROJECTION_DECODER = Symbol('ProjectionDecoder');

/** Optional BatchObserver (a global provider, such as the metrics) the runner tells of each committed batch. */
export const PROJECTION_BATCH_OBSERVER = Symbol('ProjectionBatchObserver');
