import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Database, Db } from '../src/db/database.ts';
import type { Tables } from '../src/db/tables.ts';

/**
 * What tests read (or age) in the database behind the API's back: the rows a service wrote, the
 * audit log, a token made to expire. Production code reads through repositories; these helpers keep
 * the tests' own queries in one place. `where` matches columns for equality (null: is null).
 */
type TableName = keyof Tables & string;
type Where<T extends TableName> = Partial<Selectable<Tables[T]>>;

// Kysely's types cannot follow a table chosen at run time: the helpers build the query untyped
// and type their answer from the table's interface.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Untyped = any;

/** A database as services see it, or its query builder. */
type Source = Database | Db;

function builder(source: Source): Untyped {
  return 'engine' in source ? source.db : source;
}

function filtered(query: Untyped, where: Record<string, unknown>): Untyped {
  let result = query;
  for (const [column, value] of Object.entries(where)) {
    result = value === null ? result.where(column, 'is', null) : result.where(column, '=', value);
  }
  return result;
}

/** Every row of `table` matching `where`, in the order of `orderBy` (columns) when given. */
export async function rowsOf<T extends TableName>(
  source: Source,
  table: T,
  where: Where<T> = {},
  options: { orderBy?: (keyof Tables[T] & string)[] } = {},
): Promise<Selectable<Tables[T]>[]> {
  let query: Untyped = filtered(builder(source).selectFrom(table).selectAll(), where);
  for (const column of options.orderBy ?? []) query = query.orderBy(column);
  return query.execute();
}

/** How many rows of `table` match `where`. */
export async function countRows<T extends TableName>(
  source: Source,
  table: T,
  where: Where<T> = {},
): Promise<number> {
  const row = await filtered(
    builder(source)
      .selectFrom(table)
      .select((eb: Untyped) => eb.fn.countAll().as('n')),
    where,
  ).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Changes rows directly, for what a test cannot wait for (a link that expires in a week). */
export async function changeRows<T extends TableName>(
  source: Source,
  table: T,
  where: Where<T>,
  values: Updateable<Tables[T]>,
): Promise<void> {
  await filtered(builder(source).updateTable(table).set(values), where).execute();
}

/** Deletes rows directly, to clean up what a test added beside the services. */
export async function deleteRows<T extends TableName>(
  source: Source,
  table: T,
  where: Where<T>,
): Promise<void> {
  await filtered(builder(source).deleteFrom(table), where).execute();
}

/** Adds rows no service writes (the programmes and agreements the demo seeds), as a factory would. */
export async function insertRows<T extends TableName>(
  source: Source,
  table: T,
  rows: Insertable<Tables[T]>[],
): Promise<void> {
  await builder(source).insertInto(table).values(rows).execute();
}

/** Whether PostgreSQL's planner statistics of a table of the current schema have been refreshed. */
export async function isAnalysed(source: Source, table: TableName): Promise<boolean> {
  const result = await sql<{ n: number }>`select count(*)::int as n from pg_stat_user_tables
    where schemaname = current_schema() and relname = ${table} and last_analyze is not null`.execute(
    builder(source),
  );
  return (result.rows[0]?.n ?? 0) > 0;
}

/** Whether the planner has statistics on a table: PostgreSQL's row estimate, SQLite's sqlite_stat1. */
export async function hasPlannerStatistics(database: Database, table: TableName): Promise<boolean> {
  if (database.engine === 'postgres') {
    const result = await sql<{ reltuples: number }>`select reltuples from pg_class
      where relname = ${table} and relnamespace = current_schema()::regnamespace`.execute(database.db);
    return Number(result.rows[0]?.reltuples ?? -1) > 0;
  }
  const result = await sql<{ tbl: string }>`select tbl from sqlite_stat1 where tbl = ${table}`.execute(
    database.db,
  );
  return result.rows.length > 0;
}

/** Every table of the database, from the engine's catalog (not from the code's list). */
export async function allTables(database: Database): Promise<string[]> {
  const result =
    database.engine === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master
          where type = 'table' and name not like 'sqlite_%' order by name`.execute(database.db)
      : await sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(
          database.db,
        );
  return result.rows.map((row) => row.name);
}

/** Every text value of every row of every table, with where it was found. */
export async function allTextValues(
  database: Database,
): Promise<{ table: string; column: string; value: string }[]> {
  const found: { table: string; column: string; value: string }[] = [];
  for (const table of await allTables(database)) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(database.db);
    for (const row of rows.rows) {
      for (const [column, value] of Object.entries(row)) {
        if (typeof value === 'string') found.push({ table, column, value });
      }
    }
  }
  return found;
}

/**
 * An attacker with the database (PostgreSQL): each participation row joined to the ballots written
 * by the same transaction (same xmin), the ballots in their physical order (ctid).
 */
export async function linkByTransaction(
  database: Database,
  pollId: string,
): Promise<{ member_name: string; weight: number; tracker: string; ballot: string }[]> {
  const result = await sql<{ member_name: string; weight: number; tracker: string; ballot: string }>`
    select v.member_name, v.weight, b.tracker, b.ballot
    from poll_voters v join encrypted_ballots b on b.xmin::text = v.xmin::text and b.poll_id = v.poll_id
    where v.poll_id = ${pollId} and v.has_voted = 1
    order by b.ctid`.execute(database.db);
  return result.rows;
}

/** An attacker with the database file (SQLite): a table's rows as a full scan returns them, storage order. */
export async function scanOrder(database: Database, table: TableName, pollId: string): Promise<string[]> {
  const result = await sql<{
    id: string;
    poll_id: string;
  }>`select id, poll_id from ${sql.table(table)}`.execute(database.db);
  return result.rows.filter((row) => row.poll_id === pollId).map((row) => row.id);
}
