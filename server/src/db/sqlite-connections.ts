import {
  CompiledQuery,
  IdentifierNode,
  RawNode,
  SelectQueryNode,
  SqliteDialect,
  type DatabaseConnection,
  type Driver,
  type QueryCompiler,
  type QueryResult,
} from 'kysely';
import { performance } from 'node:perf_hooks';

/** What a connection needs to offer: better-sqlite3's `prepare`, through the statement cache. */
export interface StatementSource {
  prepare(source: string): {
    reader: boolean;
    readonly: boolean;
    all(parameters: readonly unknown[]): unknown[];
    run(parameters: readonly unknown[]): { changes: number; lastInsertRowid: number | bigint };
    iterate(parameters: readonly unknown[]): IterableIterator<unknown>;
  };
  close(): void;
}

/** How long statements on the writer run back to back before the event loop gets a turn. */
const turnMilliseconds = 20;

class Mutex {
  #held: Promise<void> | undefined;
  #release: (() => void) | undefined;

  async lock(): Promise<void> {
    while (this.#held) await this.#held;
    this.#held = new Promise((resolve) => (this.#release = resolve));
  }

  unlock(): void {
    const release = this.#release;
    this.#held = undefined;
    this.#release = undefined;
    release?.();
  }
}

function execute(source: StatementSource, query: CompiledQuery): QueryResult<unknown> {
  const statement = source.prepare(query.sql);
  if (statement.reader) return { rows: statement.all(query.parameters) };
  const { changes, lastInsertRowid } = statement.run(query.parameters);
  return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
}

/** A raw statement that only reads (`select 1`, a report's query): SQLite itself says whether it writes. */
function isRawRead(reader: StatementSource, query: CompiledQuery): boolean {
  if (!RawNode.is(query.query) || !/^\s*(select|with)\b/i.test(query.sql)) return false;
  const statement = reader.prepare(query.sql);
  return statement.reader && statement.readonly;
}

/**
 * One acquisition of the database by Kysely: a query, a `connection()` or a transaction. It reads on
 * the reader connection until it writes, begins a transaction or runs anything but a plain read; from
 * then on, and until released, it holds the one writer connection, as Kysely's own SQLite driver holds
 * its single connection.
 */
class RoutedConnection implements DatabaseConnection {
  readonly #driver: ReadWriteDriver;
  #isWriting = false;

  constructor(driver: ReadWriteDriver) {
    this.#driver = driver;
  }

  async holdWriter(): Promise<StatementSource> {
    if (!this.#isWriting) {
      await this.#driver.writerLock.lock();
      this.#isWriting = true;
    }
    return this.#driver.writer;
  }

  release(): void {
    if (this.#isWriting) this.#driver.writerLock.unlock();
    this.#isWriting = false;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const { reader } = this.#driver;
    if (!this.#isWriting && reader && (SelectQueryNode.is(query.query) || isRawRead(reader, query))) {
      return execute(reader, query) as QueryResult<R>;
    }
    const writer = await this.holdWriter();
    await this.#driver.letOthersIn();
    return execute(writer, query) as QueryResult<R>;
  }

  // A statement being iterated keeps its connection busy: streams stay on the writer, as before.
  async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    const writer = await this.holdWriter();
    if (!SelectQueryNode.is(query.query)) throw new Error('SQLite streams select queries only');
    for (const row of writer.prepare(query.sql).iterate(query.parameters)) yield { rows: [row as R] };
  }
}

class ReadWriteDriver implements Driver {
  readonly writer: StatementSource;
  readonly reader: StatementSource | undefined;
  readonly writerLock = new Mutex();
  #turnStartedAt = performance.now();

  /**
   * Each statement runs synchronously: a transaction of thousands of them (an import) lets the event
   * loop turn every few milliseconds, so the requests that arrive meanwhile are read and answered.
   */
  async letOthersIn(): Promise<void> {
    if (performance.now() - this.#turnStartedAt < turnMilliseconds) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.#turnStartedAt = performance.now();
  }

  constructor(writer: StatementSource, reader: StatementSource | undefined) {
    this.writer = writer;
    this.reader = reader;
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new RoutedConnection(this);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    execute(await (connection as RoutedConnection).holdWriter(), CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    await connection.executeQuery(compile(savepointCommand('savepoint', name), createQueryId()));
  }

  async rollbackToSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ) {
    await connection.executeQuery(compile(savepointCommand('rollback to', name), createQueryId()));
  }

  async releaseSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ) {
    await connection.executeQuery(compile(savepointCommand('release', name), createQueryId()));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as RoutedConnection).release();
  }

  async destroy(): Promise<void> {
    this.reader?.close();
    this.writer.close();
  }
}

function savepointCommand(command: string, name: string): RawNode {
  return RawNode.createWithChildren([RawNode.createWithSql(`${command} `), IdentifierNode.create(name)]);
}

let queryCount = 0;
function createQueryId(): { readonly queryId: string } {
  queryCount += 1;
  return { queryId: `savepoint-${queryCount}` };
}

/**
 * SQLite with two connections: reads outside a transaction go to a reader connection, which WAL lets
 * read the last committed state while the writer is inside a transaction; everything else goes to the
 * writer, one acquisition at a time. A long transaction (an import of 100 000 rows) then makes other
 * writes wait for its commit — asynchronously, the server answering meanwhile — and no read waits at all.
 * Without a reader (an in-memory database), everything goes to the writer, as with Kysely's own driver.
 */
export class SqliteReadWriteDialect extends SqliteDialect {
  readonly #writer: StatementSource;
  readonly #reader: StatementSource | undefined;

  constructor(writer: StatementSource, reader: StatementSource | undefined) {
    super({ database: writer as never });
    this.#writer = writer;
    this.#reader = reader;
  }

  override createDriver(): Driver {
    return new ReadWriteDriver(this.#writer, this.#reader);
  }
}
