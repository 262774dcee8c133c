import type { Insertable, Kysely, Transaction } from 'kysely';
import type { RecordedEvent } from '#crm/event-store';
import { copyRows, createTables, type CopyIn, type ReadDatabase, type TableDeclarations, type TablesOf } from '#crm/read-store';

export interface ProjectionContext {
  /** The PostgreSQL schema to write to: the live one, or the one a rebuild is filling. */
  schema: string;
  /**
   * True while a rebuild replays the log into a fresh schema, before completeRebuild: what that
   * builds in bulk from the other tables need not be kept row by row. False for the live runner
   * and for the tail a rebuild applies after completeRebuild.
   */
  rebuilding?: boolean;
  /** Set by a rebuild's replay, when it can: COPY on the batch's own transaction (see TablesContext.copy). */
  copyIn?: CopyIn;
}

/** What a projection's applyBatch is told, its tables typed. */
export interface TablesContext<T extends TableDeclarations> extends ProjectionContext {
  /**
   * Set while a rebuild replays the log into fresh tables (when the runner's pool allows it):
   * writes rows by COPY, which PostgreSQL takes in bulk for less than a multi-row INSERT costs. It
   * can stand for any plain INSERT; for an INSERT … ON CONFLICT only where nothing in the replay
   * writes the row first (a row per event): COPY has no ON CONFLICT. Unset, write as the live
   * runner does, which may apply a batch twice after a crash.
   */
  copy?: <K extends keyof T & string>(table: K, rows: readonly Insertable<TablesOf<T>[K]>[]) => Promise<void>;
}

/**
 * A read model fed by the event log, as the runner sees it. The runner owns the subscription, the
 * batching and the checkpoint; a projection only says which events it wants and how to write a
 * batch of them. Write one with defineProjection, which types both ends.
 */
export interface Projection {
  /** Lower-case identifier, also the suffix of its schema: 'timeline' lives in `proj_timeline`. */
  name: string;
  /** Bump to have the runner rebuild the tables from the whole log. */
  version: number;
  /** The event types it handles: the subscription's filter. */
  eventTypes: string[];
  /** Its tables, as createSchema makes them. */
  readonly tables: TableDeclarations;
  /** Creates its tables in `schema`, which exists and is empty; a rebuild leaves the query-only indexes for after its replay. */
  createSchema(db: Kysely<ReadDatabase>, schema: string, options?: { withoutQueryIndexes?: boolean }): Promise<void>;
  /**
   * Applies events in log order. Runs inside the transaction that also moves the checkpoint, so
   * it must write only through `trx` and must not swallow errors.
   */
  applyBatch(trx: Transaction<ReadDatabase>, events: RecordedEvent[], context: ProjectionContext): Promise<void>;
  /** See ProjectionDefinition.batchEndsAfter. */
  batchEndsAfter?: readonly string[];
  /** See ProjectionDefinition.nextStep. */
  nextStep?(trx: Transaction<ReadDatabase>, context: ProjectionContext): Promise<boolean>;
  /** See ProjectionDefinition.completeRebuild. */
  completeRebuild?(trx: Transaction<ReadDatabase>, context: ProjectionContext): Promise<void>;
}

/** A domain event as the log recorded it: its type and data typed, the log's fields beside them. */
export type Recorded<E extends { type: string; data: object }> = E extends unknown
  ? Omit<RecordedEvent, 'type' | 'data'> & { readonly type: E['type']; readonly data: E['data'] }
  : never;

export interface ProjectionDefinition<E extends { type: string; data: object }, T extends TableDeclarations> {
  name: string;
  version: number;
  /**
   * Every type of the event union, once: the compiler refuses a type missing from it or not in
   * the union, so the subscription's filter and the events `applyBatch` is typed for cannot drift.
   */
  handles: Record<E['type'], true>;
  /** Declared once: the schema the projection creates and the type of every query come from here. */
  tables: T;
  /** Whatever a fresh schema needs beyond the declared tables: starting rows, an index the declaration cannot say. */
  afterCreate?(db: Kysely<TablesOf<T>>, schema: string): Promise<void>;
  /** `trx` already points at the schema being written, live or rebuilt. */
  applyBatch(trx: Transaction<TablesOf<T>>, events: Recorded<E>[], context: TablesContext<T>): Promise<void>;
  /**
   * Event types that leave work too big for one transaction (a new segment evaluated over every
   * customer): a batch ends after each of them, and nextStep runs, a transaction per step, until
   * it is done, before any later event is applied. So the steps see the tables as that event left
   * them, and no transaction is long enough to hold back the log's readers (see
   * docs/operations.md, visibility horizon).
   */
  batchEndsAfter?: E['type'][];
  /** One bounded step of the work left by a batchEndsAfter event; true while more remains. Moves no checkpoint. */
  nextStep?(trx: Transaction<TablesOf<T>>, context: ProjectionContext): Promise<boolean>;
  /**
   * Runs once when a rebuild has replayed the log (every batch applied with `rebuilding` true),
   * before the swap applies the tail incrementally: builds in one pass what applyBatch left out
   * while rebuilding (sums kept row by row live are one GROUP BY over the finished facts).
   */
  completeRebuild?(trx: Transaction<TablesOf<T>>, context: ProjectionContext): Promise<void>;
}

export interface TypedProjection<T extends TableDeclarations> extends Projection {
  readonly tables: T;
  /** The live tables, for queries: `timelineProjection.read(db).selectFrom('timeline_entry')`; or those of `schema`. */
  read(db: Kysely<ReadDatabase>, schema?: string): Kysely<TablesOf<T>>;
  /** The tables of `schema` inside a transaction, for work beside applyBatch (a sweep) that moves with the checkpoint. */
  write(trx: Transaction<ReadDatabase>, schema: string): Transaction<TablesOf<T>>;
}

export function defineProjection<E extends { type: string; data: object }>() {
  return <T extends TableDeclarations>(definition: ProjectionDefinition<E, T>): TypedProjection<T> => ({
    name: definition.name,
    version: definition.version,
    eventTypes: Object.keys(definition.handles),
    tables: definition.tables,
    async createSchema(db, schema, options) {
      await createTables(db, definition.tables, { schema, ...options });
      await definition.afterCreate?.(inSchema<Kysely<ReadDatabase>, T>(db, schema), schema);
    },
    applyBatch(trx, events, context) {
      // The runner's subscription already keeps to these types, and its decoder brings each event to
      // its current schema; the filter holds the type for callers that hand over a whole log.
      const handled = events.filter((event) => Object.hasOwn(definition.handles, event.type)) as Recorded<E>[];
      const { copyIn, schema } = context;
      const copy: TablesContext<T>['copy'] = copyIn && ((table, rows) => copyRows(copyIn, schema, table, definition.tables[table], rows as readonly Record<string, unknown>[]));
      return definition.applyBatch(inSchema<Transaction<ReadDatabase>, T>(trx, schema), handled, { ...context, copy });
    },
    batchEndsAfter: definition.batchEndsAfter,
    ...(definition.nextStep && {
      nextStep: (trx: Transaction<ReadDatabase>, context: ProjectionContext) => definition.nextStep!(inSchema<Transaction<ReadDatabase>, T>(trx, context.schema), context),
    }),
    ...(definition.completeRebuild && {
      completeRebuild: (trx: Transaction<ReadDatabase>, context: ProjectionContext) =>
        definition.completeRebuild!(inSchema<Transaction<ReadDatabase>, T>(trx, context.schema), context),
    }),
    read: (db, schema = projectionSchema(definition.name)) => inSchema<Kysely<ReadDatabase>, T>(db, schema),
    write: (trx, schema) => inSchema<Transaction<ReadDatabase>, T>(trx, schema),
  });
}

/**
 * The runner's connection seen as one schema's tables. withSchema sends every unqualified table
 * name to `schema`, so the public tables are out of its reach and forgetting their type is exact;
 * Kysely's types cannot say "the same connection, other tables" for a generic T, so this one
 * place, and only this one, states it with a cast.
 */
function inSchema<K extends Kysely<ReadDatabase>, T extends TableDeclarations>(db: K, schema: string): K extends Transaction<ReadDatabase> ? Transaction<TablesOf<T>> : Kysely<TablesOf<T>> {
  const sameConnection: unknown = db.withSchema(schema);
  return sameConnection as K extends Transaction<ReadDatabase> ? Transaction<TablesOf<T>> : Kysely<TablesOf<T>>;
}

/**
 * A projection's live tables under their qualified names, for a query that joins several
 * projections: `db.withTables<LiveTables<'directory', DirectoryTables>>()` reads `proj_directory.directory_entry`.
 */
export type LiveTables<N extends string, T> = { [K in keyof T & string as `proj_${N}.${K}`]: T[K] };

/**
 * `handles` for a list the domain already keeps, e.g. `{ ...eventTypeSet(touchEventTypes), CustomerRegistered: true }`.
 * An array cannot prove it names every type of its union: the list must be one the domain keeps
 * complete (touchEventTypes comes from a record keyed by every touch type).
 */
export function eventTypeSet<T extends string>(types: readonly T[]): Record<T, true> {
  return Object.fromEntries(types.map((type) => [type, true])) as Record<T, true>;
}

/** The live schema of a projection; queries reach its tables through the projection's `read(db)`. */
export function projectionSchema(name: string): string {
  return `proj_${name}`;
}

/** Where a rebuild writes before it takes the live schema's place. */
export function rebuildSchema(name: string): string {
  return `${projectionSchema(name)}__next`;
}
