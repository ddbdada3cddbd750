import { sql } from 'kysely';
import type { Readable } from 'node:stream';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { AppError } from '../../http/app-error.ts';
import { newId } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.repository.ts';
import { ImportPlanner, type ImportReport, type InputRow } from './import-plan.ts';
import { columnNames, inspectFile, readRows, storeUpload, type FileOverview } from './import-files.ts';
import type { ImportJob, ImportStore } from './import-store.ts';
import { fieldLabels, importFields, suggestMapping, type ImportMapping } from './register-import.ts';

/** Rows planned (looked up, then written) together: a few queries per batch, not per row. */
const batchSize = 1000;

export interface ImportView {
  importId: string;
  fileName: string | null;
  format: 'csv' | 'xlsx';
  columns: string[];
  phase: ImportJob['phase'];
  processed: number;
  total: number | null;
  error: string | null;
}

function present(job: ImportJob): ImportView {
  return {
    importId: job.id,
    fileName: job.fileName,
    format: job.file.format,
    columns: job.columns,
    phase: job.phase,
    processed: job.processed,
    total: job.total,
    error: job.error,
  };
}

/**
 * Stores an uploaded CSV or XLSX as it arrives and answers what the mapping step needs: its
 * columns, its first rows, how many rows (CSV), and a mapping guessed from the headers.
 */
export async function uploadImportFile(
  context: ServiceContext,
  options: {
    store: ImportStore;
    actor: SessionUser | null;
    body: Readable;
    declaredBytes?: number | undefined;
    fileName?: string | undefined;
    maxBytes?: number;
  },
): Promise<ImportView & FileOverview & { suggestedMapping: ImportMapping }> {
  const { store } = options;
  await store.purgeStale();
  const id = newId();
  const file = await storeUpload(options.body, {
    filePath: await store.newFilePath(id),
    declaredBytes: options.declaredBytes,
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
  });
  let overview: FileOverview;
  try {
    overview = await inspectFile(file);
  } catch (error) {
    await store.dropFile({ file });
    throw error;
  }
  const job: ImportJob = {
    id,
    ownerUserId: options.actor?.id ?? null,
    fileName: options.fileName ?? null,
    file,
    columns: overview.columns,
    createdAt: Date.now(),
    phase: 'uploaded',
    processed: 0,
    total: overview.rowCount,
    isRunning: false,
    error: null,
  };
  store.add(job);
  context.logger.info({ importId: id, format: file.format, bytes: file.bytes }, 'register import uploaded');
  return { ...present(job), ...overview, suggestedMapping: suggestMapping(overview.columns) };
}

export function getImport(options: { store: ImportStore; actor: SessionUser | null; importId: string }) {
  return present(options.store.get(options.importId, options.actor?.id ?? null));
}

export async function discardImport(options: {
  store: ImportStore;
  actor: SessionUser | null;
  importId: string;
}): Promise<void> {
  const job = options.store.get(options.importId, options.actor?.id ?? null);
  if (job.isRunning)
    throw new AppError('conflict', 'Ce fichier est en cours de traitement ; attendez la fin.');
  await options.store.remove(job.id);
}

/** Checks the mapping against the file's header: every mapped column must exist, names or an organisation must be mapped. */
function columnIndexes(mapping: ImportMapping, header: string[]): Map<string, number> {
  const indexes = new Map<string, number>();
  const missing: string[] = [];
  for (const field of importFields) {
    const column = mapping[field];
    if (column === undefined || column === '') continue;
    const index = header.indexOf(column);
    if (index === -1) missing.push(field);
    else indexes.set(field, index);
  }
  if (missing.length > 0) {
    const names = missing.map(
      (field) =>
        `« ${mapping[field as keyof ImportMapping]} » (${fieldLabels[field as keyof typeof fieldLabels]})`,
    );
    throw new AppError('validation_failed', `Colonne absente du fichier : ${names.join(', ')}.`, {
      errors: missing.map((field) => ({ path: `body.mapping.${field}`, message: 'column_missing' })),
    });
  }
  const hasNames = indexes.has('lastName') && indexes.has('firstName');
  if (!hasNames && !indexes.has('organisation')) {
    throw new AppError(
      'validation_failed',
      'Associez au moins les colonnes Nom et Prénom, ou la colonne Organisation.',
      { errors: [{ path: 'body.mapping', message: 'names_or_organisation_required' }] },
    );
  }
  if (indexes.has('lastName') !== indexes.has('firstName')) {
    const field = indexes.has('lastName') ? 'firstName' : 'lastName';
    throw new AppError('validation_failed', 'Associez les colonnes Nom et Prénom ensemble.', {
      errors: [{ path: `body.mapping.${field}`, message: 'required' }],
    });
  }
  return indexes;
}

/** Reads the file again from the start, in batches of mapped rows, telling the job how far it got. */
async function planFile(job: ImportJob, mapping: ImportMapping, planner: ImportPlanner): Promise<void> {
  let indexes: Map<string, number> | undefined;
  let batch: InputRow[] = [];
  const flush = async () => {
    await planner.addBatch(batch);
    job.processed += batch.length;
    batch = [];
  };
  for await (const { row, cells } of readRows(job.file)) {
    if (!indexes) {
      indexes = columnIndexes(mapping, columnNames(cells));
      continue;
    }
    const values: InputRow['values'] = {};
    for (const [field, index] of indexes) values[field as keyof InputRow['values']] = cells[index] ?? '';
    batch.push({ row, values });
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
}

async function run<T>(
  options: { store: ImportStore; job: ImportJob; phase: 'checking' | 'importing' },
  work: () => Promise<T>,
): Promise<T> {
  const { job } = options;
  options.store.start(job, options.phase, job.total);
  try {
    const result = await work();
    job.total = job.processed;
    return result;
  } catch (error) {
    job.phase = 'failed';
    job.error = error instanceof AppError ? error.detail : 'Erreur inattendue.';
    throw error;
  } finally {
    job.isRunning = false;
  }
}

/** The dry run: every row checked and matched against the register, nothing written. */
export async function checkImport(
  context: ServiceContext,
  options: { store: ImportStore; actor: SessionUser | null; importId: string; mapping: ImportMapping },
): Promise<ImportReport> {
  const job = options.store.get(options.importId, options.actor?.id ?? null);
  return run({ store: options.store, job, phase: 'checking' }, async () => {
    const planner = new ImportPlanner(context.database.db, {
      isWriting: false,
      actorUserId: options.actor?.id ?? null,
      engine: context.database.engine,
    });
    await planFile(job, options.mapping, planner);
    job.phase = 'checked';
    return planner.report;
  });
}

export type ImportResult = Omit<ImportReport, 'rejected' | 'matchedPersons' | 'matchedOrganisations'> & {
  matchedPersons: number;
  matchedOrganisations: number;
};

/**
 * The import: the file read again and written in one transaction, or not at all when any row is
 * refused (400 naming each row and field). The audit log records it in the same transaction.
 */
export async function commitImport(
  context: ServiceContext,
  options: { store: ImportStore; actor: SessionUser | null; importId: string; mapping: ImportMapping },
): Promise<ImportResult> {
  const job = options.store.get(options.importId, options.actor?.id ?? null);
  const actorUserId = options.actor?.id ?? null;
  const report = await run({ store: options.store, job, phase: 'importing' }, () =>
    context.database.db.transaction().execute(async (transaction: DbOrTransaction) => {
      const planner = new ImportPlanner(transaction, {
        isWriting: true,
        actorUserId,
        engine: context.database.engine,
      });
      await planFile(job, options.mapping, planner);
      const { rejected } = planner.report;
      if (rejected.length > 0) {
        throw new AppError(
          'validation_failed',
          `${rejected.length === 1 ? 'Une ligne est refusée' : `${rejected.length} erreurs sur les lignes`} : rien n’a été importé. Vérifiez le fichier (essai à blanc) et corrigez-le.`,
          {
            errors: rejected.slice(0, 200).map((rejection) => ({
              path: `row.${rejection.row}.${rejection.field}`,
              message: rejection.reason,
            })),
          },
        );
      }
      const summary = summarize(planner.report);
      await recordAuditEvent(transaction, {
        actorUserId,
        action: 'register.imported',
        subjectType: 'import',
        subjectId: job.id,
        details: { fileName: job.fileName, format: job.file.format, mapping: options.mapping, ...summary },
      });
      return planner.report;
    }),
  );
  job.phase = 'imported';
  await options.store.dropFile(job);
  context.logger.info({ importId: job.id, rows: report.rows }, 'register import written');
  if (context.database.engine === 'postgres') refreshPlannerStatistics(context);
  return summarize(report);
}

function summarize(report: ImportReport): ImportResult {
  const { rejected: _rejected, matchedPersons, matchedOrganisations, ...counts } = report;
  return {
    ...counts,
    matchedPersons: new Set(matchedPersons.map((entry) => entry.personId)).size,
    matchedOrganisations: new Set(matchedOrganisations.map((entry) => entry.organisationId)).size,
  };
}

/**
 * PostgreSQL plans from statistics its autovacuum refreshes only after a while: right after an
 * import of thousands of members, it would still see a near-empty register and pick plans that
 * read every membership for each person at the door. The import refreshes them itself, after
 * answering (the import is committed already; a failure here only logs).
 */
function refreshPlannerStatistics(context: ServiceContext): void {
  const tables = [
    'persons',
    'person_match_keys',
    'person_search_words',
    'organisations',
    'organisation_aliases',
    'affiliations',
    'memberships',
    'membership_status_changes',
  ];
  void sql
    .raw(`analyze ${tables.join(', ')}`)
    .execute(context.database.db)
    .catch((error: unknown) => context.logger.warn({ err: error }, 'statistics not refreshed after import'));
}
