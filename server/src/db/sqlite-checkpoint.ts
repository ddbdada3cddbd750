import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import type { Database } from './database.ts';

/** SQLite's default: a commit that leaves the WAL over 1000 pages copies it into the database file. */
const defaultAutocheckpointPages = 1000;

const checkpointSource = `
const { workerData } = require('node:worker_threads');
const SqliteDatabase = require(workerData.driver);
const connection = new SqliteDatabase(workerData.file);
try {
  connection.pragma('busy_timeout = 5000');
  connection.pragma('wal_checkpoint(PASSIVE)');
} finally {
  connection.close();
}
`;

/** The checkpoints under way, per database file: closing the database waits for them. */
const pending = new Map<string, Set<Promise<unknown>>>();

/** Resolves once every checkpoint started on this file has ended (a database closes after them). */
export async function checkpointsEnded(file: string): Promise<void> {
  await Promise.allSettled([...(pending.get(file) ?? [])]);
}

function track(file: string, work: Promise<unknown>): void {
  const set = pending.get(file) ?? new Set();
  pending.set(file, set);
  set.add(work);
  void work.finally(() => {
    set.delete(work);
    if (set.size === 0) pending.delete(file);
  });
}

function checkpointInWorker(file: string): Promise<void> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve, reject) => {
    const worker = new Worker(checkpointSource, { eval: true, workerData: { driver, file } });
    worker.once('error', reject);
    worker.once('exit', () => resolve());
  });
}

/**
 * Runs a large write transaction (an import) without the checkpoint SQLite would run at its commit:
 * copying hundreds of megabytes of WAL into the database file, synchronously, stopped the whole
 * server for two seconds. The WAL is checkpointed afterwards by a worker thread with its own
 * connection, while the server goes on answering; then the writer checkpoints by itself again.
 */
export async function withCheckpointAfterwards<T>(
  database: Database,
  work: () => Promise<T>,
  onError: (error: unknown) => void,
): Promise<T> {
  if (database.engine !== 'sqlite' || database.location === ':memory:') return work();
  await sql`pragma wal_autocheckpoint = 0`.execute(database.db);
  try {
    return await work();
  } finally {
    const checkpoint = checkpointInWorker(database.location)
      .finally(() =>
        sql.raw(`pragma wal_autocheckpoint = ${defaultAutocheckpointPages}`).execute(database.db),
      )
      .catch(onError);
    track(database.location, checkpoint);
  }
}
