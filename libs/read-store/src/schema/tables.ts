import { sql, type ColumnDataType, type ColumnType, type Expression, type Kysely } from 'kysely';

type DataTypeExpression = ColumnDataType | Expression<unknown>;

interface ColumnOptions {
  readonly nullable?: boolean;
  readonly primaryKey?: boolean;
  readonly unique?: boolean;
  readonly defaultTo?: DefaultValue;
  readonly identity?: boolean;
}

type DefaultValue = string | number | boolean | Expression<unknown>;

/**
 * One column, as the database makes it and as Kysely types it: `S` is what a select returns, `I`
 * what an insert takes, `U` what an update takes. Not null unless `nullable()`.
 */
export class Column<S, I = S, U = I> {
  /** Never set: carries the column's type so TableOf can read it. */
  declare readonly type: ColumnType<S, I, U>;

  constructor(
    readonly dataType: DataTypeExpression,
    readonly options: ColumnOptions = {},
  ) {}

  nullable(): Column<S | null, I | null, U | null> {
    return new Column(this.dataType, { ...this.options, nullable: true });
  }

  primaryKey(): Column<S, I, U> {
    return new Column(this.dataType, { ...this.options, primaryKey: true });
  }

  unique(): Column<S, I, U> {
    return new Column(this.dataType, { ...this.options, unique: true });
  }

  /** The database fills it when an insert leaves it out. */
  defaultTo(value: DefaultValue): Column<S, I | undefined, U> {
    return new Column(this.dataType, { ...this.options, defaultTo: value });
  }

  /** The database numbers the rows; nobody writes the column. */
  identity(): Column<S, never, never> {
    return new Column(this.dataType, { ...this.options, identity: true });
  }

  /** A narrower type than the column's SQL type says: a union of texts, the shape of a jsonb value. */
  as<S2 extends S, I2 = S2, U2 = I2>(): Column<S2, I2, U2> {
    return new Column(this.dataType, this.options);
  }
}

type AnyColumn = Column<unknown, unknown, unknown>;
type Columns = Record<string, AnyColumn>;
type IndexKey<C> = (keyof C & string) | `${keyof C & string} desc`;

export interface IndexDeclaration<C extends Columns> {
  name: string;
  on: readonly IndexKey<C>[];
  unique?: boolean;
  /** A partial index's predicate, in SQL over this table's columns. */
  where?: string;
  /**
   * Only reads use it, never the projection's own writes: a rebuild builds it once after its replay
   * (createQueryIndexes) instead of keeping it up row by row. Leave it off an index a write's lookup
   * needs, or the replay scans the table for every lookup.
   */
  onlyForQueries?: boolean;
}

export interface TableDeclaration<C extends Columns = Columns> {
  columns: C;
  /** A composite primary key; a single-column one is `column.primaryKey()`. */
  primaryKey?: readonly (keyof C & string)[];
  indexes?: readonly IndexDeclaration<C>[];
}

export type TableDeclarations = Record<string, TableDeclaration>;

/** The Kysely row type of one declared table. */
export type TableOf<T extends TableDeclaration> = {
  [K in keyof T['columns']]: T['columns'][K]['type'];
};

/** The Kysely database type of a set of declared tables. */
export type TablesOf<T extends TableDeclarations> = {
  [K in keyof T]: TableOf<T[K]>;
};

export const column = {
  text: () => new Column<string>('text'),
  uuid: () => new Column<string>('uuid'),
  boolean: () => new Column<boolean>('boolean'),
  integer: () => new Column<number>('integer'),
  doublePrecision: () => new Column<number>('double precision'),
  /** pg returns int8 as text: it may not fit a number. */
  bigint: () => new Column<string, string | number | bigint>('bigint'),
  /** A bigint the database counts up. */
  bigserial: () => new Column<string, string | number | bigint | undefined>('bigserial'),
  timestamptz: () => new Column<Date, Date | string>('timestamptz'),
  /** pg parses it on select; an insert takes the value itself or its JSON text. */
  jsonb: <T>() => new Column<T, T | string>('jsonb'),
  /**
   * JSON kept as the text it was given: for a large value only ever written and read whole. jsonb
   * parses every insert into its binary form and prints it back on every select — more than half
   * of rebuilding valid_time, whose points are kilobytes each. No operators, no equality, no order.
   */
  json: <T>() => new Column<T, T | string>('json'),
  textArray: () => new Column<string[]>(sql`text[]`),
  bytea: () => new Column<Buffer>('bytea'),
};

/** Declares tables once: createTables makes them, TablesOf gives the type their queries use. */
export function defineTables<T extends TableDeclarations>(tables: { [K in keyof T]: T[K] & TableDeclaration<T[K]['columns']> }): T {
  return tables;
}

/**
 * Creates the declared tables and their indexes in `schema` (`public` when absent). `ifNotExists`
 * is for migrations that adopt tables an earlier release made at boot; `withoutQueryIndexes` leaves
 * the indexes declared `onlyForQueries` to createQueryIndexes.
 */
export async function createTables<DB>(
  db: Kysely<DB>,
  tables: TableDeclarations,
  options: { schema?: string; ifNotExists?: boolean; withoutQueryIndexes?: boolean } = {},
): Promise<void> {
  const { schema, ifNotExists = false, withoutQueryIndexes = false } = options;
  const builder = schema ? db.schema.withSchema(schema) : db.schema;
  for (const [name, table] of Object.entries(tables)) {
    let create = builder.createTable(name);
    if (ifNotExists) create = create.ifNotExists();
    for (const [columnName, { dataType, options: column }] of Object.entries(table.columns)) {
      create = create.addColumn(columnName, dataType, (col) => {
        let built = column.nullable || column.identity ? col : col.notNull();
        if (column.identity) built = built.generatedAlwaysAsIdentity();
        if (column.primaryKey) built = built.primaryKey();
        if (column.unique) built = built.unique();
        if (column.defaultTo !== undefined) built = built.defaultTo(column.defaultTo);
        return built;
      });
    }
    if (table.primaryKey) create = create.addPrimaryKeyConstraint(`${name}_pkey`, table.primaryKey as never[]);
    await create.execute();
    for (const index of table.indexes ?? []) {
      if (!(withoutQueryIndexes && index.onlyForQueries)) await createIndex(db, schema, name, index, ifNotExists);
    }
  }
}

/** The indexes declared `onlyForQueries`, which createTables left out when told to. */
export async function createQueryIndexes<DB>(db: Kysely<DB>, tables: TableDeclarations, schema: string): Promise<void> {
  for (const [name, table] of Object.entries(tables)) {
    for (const index of table.indexes ?? []) if (index.onlyForQueries) await createIndex(db, schema, name, index, false);
  }
}

async function createIndex<DB>(db: Kysely<DB>, schema: string | undefined, table: string, index: IndexDeclaration<Columns>, ifNotExists: boolean): Promise<void> {
  const qualified = sql.table(schema ? `${schema}.${table}` : table);
  const keys = sql.join(index.on.map((key) => (key.endsWith(' desc') ? sql`${sql.ref(key.slice(0, -5))} desc` : sql.ref(key))));
  const where = index.where ? sql` where ${sql.raw(index.where)}` : sql``;
  await sql`create ${sql.raw(index.unique ? 'unique ' : '')}index ${sql.raw(ifNotExists ? 'if not exists ' : '')}${sql.id(index.name)} on ${qualified} (${keys})${where}`.execute(db);
}
