import { sql } from 'kysely';
import type { Db, Engine } from '../src/db/database.ts';

export interface ForeignKey {
  table: string;
  column: string;
  referenced: string;
}

/** Every foreign key of the database, read from the engine's own catalog (not from the migrations). */
export async function readForeignKeys(db: Db, engine: Engine): Promise<ForeignKey[]> {
  if (engine === 'sqlite') {
    const tables = await sql<{ name: string }>`
      select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db);
    const keys: ForeignKey[] = [];
    for (const { name } of tables.rows) {
      const rows = await sql<{ table: string; from: string }>`
        select "table", "from" from pragma_foreign_key_list(${name})`.execute(db);
      keys.push(...rows.rows.map((row) => ({ table: name, column: row.from, referenced: row.table })));
    }
    return keys;
  }
  const rows = await sql<ForeignKey>`
    select child.relname as "table", attribute.attname as "column", parent.relname as referenced
    from pg_constraint constraint_
    join pg_class child on child.oid = constraint_.conrelid
    join pg_namespace namespace on namespace.oid = child.relnamespace
    join pg_class parent on parent.oid = constraint_.confrelid
    cross join lateral unnest(constraint_.conkey) as key(number)
    join pg_attribute attribute on attribute.attrelid = constraint_.conrelid and attribute.attnum = key.number
    where constraint_.contype = 'f' and namespace.nspname = current_schema()`.execute(db);
  return rows.rows;
}

/** The columns of a table, from the engine's catalog. */
export async function readColumns(db: Db, engine: Engine, table: string): Promise<string[]> {
  const rows =
    engine === 'sqlite'
      ? await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db)
      : await sql<{ name: string }>`
          select column_name as name from information_schema.columns
          where table_schema = current_schema() and table_name = ${table}`.execute(db);
  return rows.rows.map((row) => row.name).sort();
}
