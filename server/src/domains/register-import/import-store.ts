import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../http/app-error.ts';
import { newId } from '../../ids.ts';
import type { StoredFile } from './import-files.ts';

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

/**
 * Uploaded files (in a folder of their own under the system's temporary directory) and the state
 * of their runs, in memory: a run's progress is read by the page while the run goes on. An upload
 * lives a day at most, and goes when the server stops.
 */
export class ImportStore {
  readonly directory: string;
  private readonly jobs = new Map<string, ImportJob>();

  constructor(directory = path.join(os.tmpdir(), 'quorum-imports', newId())) {
    this.directory = directory;
  }

  async newFilePath(id: string): Promise<string> {
    await fs.promises.mkdir(this.directory, { recursive: true });
    return path.join(this.directory, `${id}.upload`);
  }

  add(job: ImportJob): void {
    this.jobs.set(job.id, job);
  }

  /** The import, if it exists and belongs to this user: someone else's upload is not found. */
  get(id: string, userId: string | null): ImportJob {
    const job = this.jobs.get(id);
    if (!job || job.ownerUserId !== userId) throw new AppError('import_not_found');
    return job;
  }

  /** Marks a run as started; a second run of the same file at the same time is refused. */
  start(job: ImportJob, phase: 'checking' | 'importing', total: number | null): void {
    if (job.isRunning) {
      throw new AppError('import_already_running');
    }
    if (job.phase === 'imported') throw new AppError('import_already_done');
    Object.assign(job, { phase, processed: 0, total, isRunning: true, error: null });
  }

  async remove(id: string): Promise<void> {
    const job = this.jobs.get(id);
    if (!job) return;
    this.jobs.delete(id);
    await fs.promises.rm(job.file.path, { force: true });
  }

  /** Forgets the file of an import once done with it, keeping its state for the page to read. */
  async dropFile(entry: { file: StoredFile }): Promise<void> {
    await fs.promises.rm(entry.file.path, { force: true });
  }

  async purgeStale(now = Date.now()): Promise<void> {
    for (const job of [...this.jobs.values()]) {
      if (!job.isRunning && now - job.createdAt > maxAgeMs) await this.remove(job.id);
    }
  }

  async close(): Promise<void> {
    this.jobs.clear();
    await fs.promises.rm(this.directory, { recursive: true, force: true });
  }
}
