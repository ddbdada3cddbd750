import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../http/app-error.ts';
import type { StoredFile } from './import-files.ts';
import {
  claimImportJob,
  deleteImportJob,
  findImportJob,
  insertImportJob,
  listExpiredImportJobs,
  storedUploadBytes,
  updateImportJob,
  type ImportJobRow,
} from './import-jobs.repository.ts';

export type ImportPhase = 'uploaded' | 'checking' | 'checked' | 'importing' | 'imported' | 'failed';

/** An uploaded file waiting to be checked or imported, and how far the current run has gone. */
export interface ImportJob {
  id: string;
  ownerUserId: string | null;
  fileName: string | null;
  file: StoredFile;
  columns: string[];
  createdAt: number;
  phase: ImportPhase;
  processed: number;
  /** Data rows in the file: known from the upload for CSV, from the first run for XLSX. */
  total: number | null;
  isRunning: boolean;
  error: string | null;
}

const maxAgeMs = 24 * 3600 * 1000;
/** A run not heard of for this long was left by a process that stopped: another may start. */
const staleRunMs = 15 * 60 * 1000;
/** Progress is written to the database at most this often. */
const progressIntervalMs = 500;

const iso = (milliseconds: number) => new Date(milliseconds).toISOString();

/**
 * Uploaded files, in a folder every server process sees (QUORUM_UPLOAD_DIR), and their imports'
 * state in the database (`register_imports`): an upload made through one process is checked and
 * imported through another, which reads its progress too. The bytes kept count against the
 * association's quota; an upload lives a day at most.
 */
export class ImportStore {
  readonly directory: string;
  readonly quotaBytes: number;
  readonly #database: Database;
  /** The runs of this process, read live (their progress is written to the database now and then). */
  readonly #running = new Map<string, ImportJob & { persistedAt: number }>();

  constructor(options: { database: Database; directory: string; quotaBytes: number }) {
    this.#database = options.database;
    this.directory = options.directory;
    this.quotaBytes = options.quotaBytes;
  }

  async newFilePath(id: string): Promise<string> {
    await fs.promises.mkdir(this.directory, { recursive: true });
    return this.filePath(id);
  }

  private filePath(id: string): string {
    return path.join(this.directory, `${id}.upload`);
  }

  /** How many bytes the next upload may take before the quota is reached. */
  async remainingBytes(): Promise<number> {
    return Math.max(0, this.quotaBytes - (await storedUploadBytes(this.#database.db)));
  }

  async add(job: ImportJob): Promise<void> {
    await insertImportJob(this.#database.db, {
      id: job.id,
      owner_user_id: job.ownerUserId,
      file_name: job.fileName,
      format: job.file.format,
      delimiter: job.file.delimiter,
      bytes: job.file.bytes,
      columns: JSON.stringify(job.columns),
      phase: job.phase,
      total: job.total,
      error: null,
      created_at: iso(job.createdAt),
      updated_at: iso(job.createdAt),
    });
  }

  private jobOf(row: ImportJobRow): ImportJob {
    return {
      id: row.id,
      ownerUserId: row.owner_user_id,
      fileName: row.file_name,
      file: { path: this.filePath(row.id), format: row.format, bytes: row.bytes, delimiter: row.delimiter },
      columns: JSON.parse(row.columns) as string[],
      createdAt: Date.parse(row.created_at),
      phase: row.phase as ImportPhase,
      processed: row.processed,
      total: row.total,
      isRunning: row.is_running === 1,
      error: row.error,
    };
  }

  /** The import, if it exists and belongs to this user: someone else's upload is not found. */
  async get(id: string, userId: string | null): Promise<ImportJob> {
    const live = this.#running.get(id);
    const row = live ? undefined : await findImportJob(this.#database.db, id);
    const job = live ?? (row && this.jobOf(row));
    if (!job || job.ownerUserId !== userId) throw new AppError('import_not_found');
    return job;
  }

  /** Marks a run as started, in every process; a second run of the same file at the same time is refused. */
  async start(job: ImportJob, phase: 'checking' | 'importing', total: number | null): Promise<void> {
    const now = Date.now();
    const isClaimed = await claimImportJob(
      this.#database.db,
      job.id,
      { phase, total, updated_at: iso(now) },
      iso(now - staleRunMs),
    );
    if (!isClaimed) {
      const row = await findImportJob(this.#database.db, job.id);
      if (!row) throw new AppError('import_not_found');
      throw new AppError(row.phase === 'imported' ? 'import_already_done' : 'import_already_running');
    }
    Object.assign(job, { phase, processed: 0, total, isRunning: true, error: null });
    this.#running.set(job.id, Object.assign(job, { persistedAt: now }));
  }

  /**
   * Writes how far a run has gone, now and then. Not while an import writes on SQLite: its
   * transaction holds the one writer until it commits, so other processes read the start's figures.
   */
  async progress(job: ImportJob): Promise<void> {
    const live = this.#running.get(job.id);
    if (!live || Date.now() - live.persistedAt < progressIntervalMs) return;
    if (this.#database.engine === 'sqlite' && job.phase === 'importing') return;
    live.persistedAt = Date.now();
    await updateImportJob(this.#database.db, job.id, {
      processed: job.processed,
      updated_at: iso(live.persistedAt),
    });
  }

  /** Records where a run ended (its phase, counts and error) for every process. */
  async finish(job: ImportJob): Promise<void> {
    this.#running.delete(job.id);
    await updateImportJob(this.#database.db, job.id, {
      phase: job.phase,
      processed: job.processed,
      total: job.total,
      is_running: 0,
      error: job.error,
      updated_at: iso(Date.now()),
    });
  }

  async remove(id: string): Promise<void> {
    await deleteImportJob(this.#database.db, id);
    await fs.promises.rm(this.filePath(id), { force: true });
  }

  /** Forgets the file of an import once done with it, keeping its state for the page to read. */
  async dropFile(job: ImportJob): Promise<void> {
    await fs.promises.rm(job.file.path, { force: true });
    await updateImportJob(this.#database.db, job.id, { has_file: 0 });
  }

  async purgeStale(now = Date.now()): Promise<void> {
    for (const id of await listExpiredImportJobs(this.#database.db, iso(now - maxAgeMs))) {
      await this.remove(id);
    }
  }
}
