import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import pg from 'pg';
import { checkpointsEnded } from './sqlite-checkpoint.ts';
import { SqliteReadWriteDialect } from './sqlite-connections.ts';
import type { Tables } from './tables.ts';

export type Engine = 'sqlite' | 'postgres';
export type Db = Kysely<Tables>;
export type DbOrTransaction = Kysely<Tables> | Transaction<Tables>;

export interface Database {
  db: Db;
  engine: Engine;
  /** Where the data lives, without credentials: a file path or host/database. */
  location: string;
  /** PostgreSQL schema the tables live in, when not the default one. */
  schema?: string;
  close(): Promise<void>;
  /**
   * Runs `read` on one consistent snapshot of the whole database, while writers go on: a read-only
   * REPEATABLE READ transaction on PostgreSQL; on SQLite, a read transaction on a second connection
   * to the same file (WAL keeps its snapshot while the server's connection commits).
   */
  snapshot<T>(read: (db: DbOrTransaction) => Promise<T>): Promise<T>;
}

// PostgreSQL's bigint (int8) and numeric come back as strings by default; cents fit in a JS number.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

export interface OpenOptions {
  /** PostgreSQL only: a schema to work in, used by tests to isolate each run in one database. */
  schema?: string;
}

export function engineOf(databaseUrl: string): Engine {
  if (databaseUrl.startsWith('postgres://') || databaseUrl.startsWith('postgresql://')) return 'postgres';
  if (databaseUrl.startsWith('sqlite:')) return 'sqlite';
  throw new Error(`DATABASE_URL must start with sqlite: or postgres://, got "${databaseUrl}"`);
}

/** Statements longer than this (bulk inserts of thousands of rows) are not kept. */
const cachedStatementMaxLength = 4000;
const cachedStatements = 500;

/**
 * The connection Kysely sees, keeping prepared statements: Kysely prepares each query's SQL again at
 * every execution, which costs as much as running a small one (a cast, a lookup by id). A statement
 * still being iterated is busy, so another is prepared for the same SQL meanwhile.
 */
function withStatementCache(connection: SqliteDatabase.Database) {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => connection.close(),
    prepare(source: string) {
      const cached = statements.get(source);
      if (cached && !cached.busy) {
        // Most recently used last, so the least recently used is the first to go.
        statements.delete(source);
        statements.set(source, cached);
        return cached;
      }
      const statement = connection.prepare(source);
      if (source.length <= cachedStatementMaxLength && !cached) {
        statements.set(source, statement);
        if (statements.size > cachedStatements) statements.delete(statements.keys().next().value!);
      }
      return statement;
    },
  };
}

/** 64 MiB of page cache (the default is 2 MiB): a register of 100 000 persons keeps its indexes in
 * memory, and a large import does not spill to the log halfway through its transaction. */
const cacheSize = 'cache_size = -65536';

function openSqlite(databaseUrl: string): Database {
  const file = databaseUrl.slice('sqlite:'.length);
  const isInMemory = file === ':memory:';
  if (!isInMemory) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const connection = new SqliteDatabase(file);
  connection.pragma('journal_mode = WAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('synchronous = NORMAL');
  connection.pragma('busy_timeout = 5000');
  connection.pragma(cacheSize);
  // The reader: reads outside a transaction, never blocked by the writer's transaction (WAL).
  let reader: SqliteDatabase.Database | undefined;
  if (!isInMemory) {
    reader = new SqliteDatabase(file);
    reader.pragma('query_only = ON');
    reader.pragma('busy_timeout = 5000');
    reader.pragma(cacheSize);
  }
  const db = new Kysely<Tables>({
    dialect: new SqliteReadWriteDialect(withStatementCache(connection), reader && withStatementCache(reader)),
  });
  const snapshot = async <T>(read: (db: DbOrTransaction) => Promise<T>): Promise<T> => {
    // An in-memory database has no second connection: the read holds the only one.
    if (isInMemory || file === '') return db.transaction().execute(read);
    const snapshotReader = new Kysely<Tables>({
      dialect: new SqliteDialect({ database: new SqliteDatabase(file, { readonly: true }) }),
    });
    try {
      return await snapshotReader.transaction().execute(read);
    } finally {
      await snapshotReader.destroy();
    }
  };
  const close = async () => {
    await checkpointsEnded(file);
    await db.destroy();
  };
  return { db, engine: 'sqlite', location: file, close, snapshot };
}

function openPostgres(databaseUrl: string, options: OpenOptions): Database {
  const url = new URL(databaseUrl);
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    // Quorum's data is small enough to stay in memory: an index lookup costs about as much as reading
    // the next page, so tell the planner (the default, 4, suits spinning disks and makes it read a
    // whole table where the word index finds a few hundred persons).
    options: [
      '-c random_page_cost=1.1',
      ...(options.schema ? [`-c search_path=${options.schema}`] : []),
    ].join(' '),
  });
  // An idle connection that the server ends (a restart, an administrator's command) is dropped by the
  // pool, which opens another for the next query; unheard, its error would end the whole process.
  pool.on('error', (error) => process.emitWarning(`PostgreSQL idle connection lost: ${error.message}`));
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  const location = `${url.hostname}:${url.port || 5432}${url.pathname}${options.schema ? `#${options.schema}` : ''}`;
  const snapshot = <T>(read: (db: DbOrTransaction) => Promise<T>): Promise<T> =>
    db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(read);
  return {
    db,
    engine: 'postgres',
    location,
    schema: options.schema,
    close: () => db.destroy(),
    snapshot,
  };
}

/** Opens the database a DATABASE_URL names: `sqlite:PATH` (default engine) or `postgres://…`. */
export function openDatabase(databaseUrl: string, options: OpenOptions = {}): Database {
  return engineOf(databaseUrl) === 'sqlite' ? openSqlite(databaseUrl) : openPostgres(databaseUrl, options);
}
