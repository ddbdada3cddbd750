import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Database } from '../db/database.ts';
import { writeArchive } from './archive.ts';

export interface BackupSchedule {
  /** Folder the archives go to (QUORUM_BACKUP_DIR). */
  directory: string;
  /** How many archives to keep, the newest (QUORUM_BACKUP_KEEP). */
  keep: number;
  /** Time between two archives (QUORUM_BACKUP_EVERY_HOURS). */
  everyMs: number;
}

const archiveName = /^quorum-(\d{8}T\d{6}Z)\.qarchive$/;
/** A lock older than this was left by a process that died mid-backup. */
const staleLockMs = 3600 * 1000;

function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** The folder's archives, oldest first (their names sort by time). */
export function scheduledArchives(directory: string): string[] {
  if (!fs.existsSync(directory)) return [];
  return fs
    .readdirSync(directory)
    .filter((name) => archiveName.test(name))
    .sort();
}

function lastArchiveTime(directory: string): number | undefined {
  const newest = scheduledArchives(directory).at(-1);
  if (!newest) return undefined;
  const [, compact] = archiveName.exec(newest)!;
  return Date.parse(
    `${compact!.slice(0, 4)}-${compact!.slice(4, 6)}-${compact!.slice(6, 8)}T${compact!.slice(9, 11)}:${compact!.slice(11, 13)}:${compact!.slice(13, 15)}Z`,
  );
}

/**
 * Writes one archive into the folder and removes the oldest beyond `keep`. A lock file in the folder
 * keeps two server processes sharing it from writing at the same time; the one that finds it taken
 * skips its turn. Returns the archive written, or undefined when another process held the lock.
 */
export async function runScheduledBackup(
  database: Database,
  schedule: BackupSchedule,
  now = new Date(),
): Promise<string | undefined> {
  fs.mkdirSync(schedule.directory, { recursive: true });
  const lock = path.join(schedule.directory, '.quorum-backup.lock');
  try {
    if (Date.now() - fs.statSync(lock).mtimeMs > staleLockMs) fs.rmSync(lock, { force: true });
  } catch {
    // no lock: the usual case
  }
  let handle: number;
  try {
    handle = fs.openSync(lock, 'wx');
  } catch {
    return undefined;
  }
  try {
    fs.writeSync(handle, String(process.pid));
    // A scheduled backup writes only under the lock: a partial file found now was left by one killed
    // mid-write.
    for (const name of fs.readdirSync(schedule.directory)) {
      if (/^quorum-\d{8}T\d{6}Z\.qarchive\.partial-\d+$/.test(name)) {
        fs.rmSync(path.join(schedule.directory, name), { force: true });
      }
    }
    const file = path.join(schedule.directory, `quorum-${stamp(now)}.qarchive`);
    await writeArchive(database, file);
    const archives = scheduledArchives(schedule.directory);
    for (const old of archives.slice(0, Math.max(0, archives.length - schedule.keep))) {
      fs.rmSync(path.join(schedule.directory, old), { force: true });
    }
    return file;
  } finally {
    fs.closeSync(handle);
    fs.rmSync(lock, { force: true });
  }
}

/**
 * Backs the database up inside the server: at start when the newest archive in the folder is older
 * than the interval (or there is none), then every interval. Failures are logged, never thrown: the
 * next turn tries again.
 */
export function startBackupSchedule(
  database: Database,
  schedule: BackupSchedule,
  logger: Logger,
): { stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let isStopped = false;
  const plan = (delayMs: number) => {
    if (isStopped) return;
    timer = setTimeout(() => void turn(), Math.max(0, delayMs));
    timer.unref();
  };
  const turn = async () => {
    try {
      const file = await runScheduledBackup(database, schedule);
      if (file) logger.info({ file }, 'scheduled backup written');
      else logger.info('scheduled backup skipped: another process is writing one');
    } catch (error) {
      logger.error({ err: error }, 'scheduled backup failed');
    }
    plan(schedule.everyMs);
  };
  const last = lastArchiveTime(schedule.directory);
  plan(last === undefined ? 0 : last + schedule.everyMs - Date.now());
  return {
    stop() {
      isStopped = true;
      clearTimeout(timer);
    },
  };
}
