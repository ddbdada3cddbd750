import fs from 'node:fs';
import type { Readable } from 'node:stream';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { withCheckpointAfterwards } from '../../db/sqlite-checkpoint.ts';
import { AppError } from '../../http/app-error.ts';
import { newId } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import { listCategories } from '../memberships/categories.service.ts';
import { listRegisterFields } from '../register/register-fields.service.ts';
import { countWaitingImportJobs } from './import-jobs.repository.ts';
import { analyzeRegisterTables } from './register-import.repository.ts';
import { ImportPlanner, type ImportReport, type InputRow } from './import-plan.ts';
import {
  columnNames,
  inspectFile,
  maxImportBytes,
  readRows,
  storeUpload,
  type FileOverview,
} from './import-files.ts';
import type { ImportJob, ImportStore } from './import-store.ts';
import type { ImportSource } from '../../../../common/register-import.schemas.ts';
import {
  detectImportSource,
  ignoredColumns,
  importFields,
  suggestMapping,
  type ImportField,
  type ImportMapping,
  extraColumns,
  importCategories,
} from './register-import.ts';
import { translate, type Language } from '../../i18n/translate.ts';

/** Rows planned (looked up, then written) together: a few queries per batch, not per row. */
const batchSize = 250;

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
): Promise<
  ImportView &
    FileOverview & {
      suggestedMapping: ImportMapping;
      source: ImportSource;
      ignoredColumns: ReturnType<typeof ignoredColumns>;
    }
> {
  const { store } = options;
  await store.purgeStale();
  const id = newId();
  // The quota is the association's: what its uploads kept so far leave for this one.
  const maxBytes = options.maxBytes ?? maxImportBytes;
  const remainingBytes = await store.remainingBytes();
  const isQuotaFirst = remainingBytes < maxBytes;
  const file = await storeUpload(options.body, {
    filePath: await store.newFilePath(id),
    declaredBytes: options.declaredBytes,
    maxBytes: Math.min(maxBytes, remainingBytes),
    ...(isQuotaFirst
      ? {
          tooLarge: () =>
            new AppError('upload_quota_exceeded', {
              megabytes: Math.round(store.quotaBytes / 1024 / 1024),
            }),
        }
      : {}),
  });
  let overview: FileOverview;
  try {
    overview = await inspectFile(file);
  } catch (error) {
    await fs.promises.rm(file.path, { force: true });
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
  try {
    await store.add(job);
  } catch (error) {
    await fs.promises.rm(file.path, { force: true });
    throw error;
  }
  context.logger.info({ importId: id, format: file.format, bytes: file.bytes }, 'register import uploaded');
  const suggestedMapping = suggestMapping(overview.columns);
  return {
    ...present(job),
    ...overview,
    suggestedMapping,
    source: detectImportSource(overview.columns),
    ignoredColumns: ignoredColumns(overview.columns, suggestedMapping),
  };
}

/** How many uploaded files wait to be checked or imported (the dashboard's count). */
export async function countWaitingImports(context: ServiceContext): Promise<number> {
  return countWaitingImportJobs(context.database.db);
}

export async function getImport(options: {
  store: ImportStore;
  actor: SessionUser | null;
  importId: string;
}): Promise<ImportView> {
  return present(await options.store.get(options.importId, options.actor?.id ?? null));
}

export async function discardImport(options: {
  store: ImportStore;
  actor: SessionUser | null;
  importId: string;
}): Promise<void> {
  const job = await options.store.get(options.importId, options.actor?.id ?? null);
  if (job.isRunning) throw new AppError('import_running');
  await options.store.remove(job.id);
}

/** Checks the mapping against the file's header: every mapped column must exist, names or an organisation must be mapped. */
function columnIndexes(mapping: ImportMapping, header: string[], language: Language): Map<string, number> {
  const indexes = new Map<string, number>();
  const missing: ImportField[] = [];
  for (const field of importFields) {
    const column = mapping[field];
    if (column === undefined || column === '') continue;
    const index = header.indexOf(column);
    if (index === -1) missing.push(field);
    else indexes.set(field, index);
  }
  if (missing.length > 0) {
    const columns = missing.map((field) =>
      translate(language, 'register-import:missing_column', {
        column: mapping[field] ?? '',
        field: translate(language, `register-import:field_${field}`),
      }),
    );
    throw new AppError(
      'validation_failed',
      { columns: columns.join(', ') },
      {
        detail: 'import_columns_missing',
        errors: missing.map((field) => ({ path: `body.mapping.${field}`, message: 'column_missing' })),
      },
    );
  }
  const hasNames = (indexes.has('lastName') && indexes.has('firstName')) || indexes.has('fullName');
  if (!hasNames && !indexes.has('organisation')) {
    throw new AppError('validation_failed', undefined, {
      detail: 'import_names_or_organisation',
      errors: [{ path: 'body.mapping', message: 'names_or_organisation_required' }],
    });
  }
  if (indexes.has('lastName') !== indexes.has('firstName')) {
    const field = indexes.has('lastName') ? 'firstName' : 'lastName';
    throw new AppError('validation_failed', undefined, {
      detail: 'import_names_together',
      errors: [{ path: `body.mapping.${field}`, message: 'required' }],
    });
  }
  return indexes;
}

/** Reads the file again from the start, in batches of mapped rows, telling the job how far it got. */
async function planFile(
  store: ImportStore,
  job: ImportJob,
  options: { mapping: ImportMapping; language: Language },
  planner: ImportPlanner,
): Promise<void> {
  let indexes: Map<string, number> | undefined;
  let extras: ReturnType<typeof extraColumns> | undefined;
  let batch: InputRow[] = [];
  const flush = async () => {
    await planner.addBatch(batch);
    job.processed += batch.length;
    batch = [];
    await store.progress(job);
    // Each query of a batch answers at once (SQLite is synchronous): let other requests in between
    // batches, so the server keeps answering while an import of 100 000 rows is checked or written.
    await new Promise((resolve) => setImmediate(resolve));
  };
  for await (const { row, cells } of readRows(job.file)) {
    if (!indexes) {
      indexes = columnIndexes(options.mapping, columnNames(cells), options.language);
      extras = extraColumns(columnNames(cells), planner.fields);
      continue;
    }
    const values: InputRow['values'] = {};
    for (const [field, index] of indexes) values[field as keyof InputRow['values']] = cells[index] ?? '';
    const customFields = Object.fromEntries(
      [...extras!.custom].map(([code, index]) => [code, cells[index] ?? '']),
    );
    batch.push({
      row,
      values,
      customFields,
      ...(extras!.usualName === null ? {} : { usualName: cells[extras!.usualName] ?? '' }),
    });
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
}

async function run<T>(
  options: { store: ImportStore; job: ImportJob; phase: 'checking' | 'importing'; language: Language },
  work: () => Promise<T>,
): Promise<T> {
  const { job } = options;
  await options.store.start(job, options.phase, job.total);
  try {
    const result = await work();
    job.total = job.processed;
    return result;
  } catch (error) {
    job.phase = 'failed';
    job.error =
      error instanceof AppError
        ? error.detailIn(options.language)
        : translate(options.language, 'register-import:unexpected_error');
    throw error;
  } finally {
    job.isRunning = false;
    await options.store.finish(job);
  }
}

/** The dry run: every row checked and matched against the register, nothing written. */
export async function checkImport(
  context: ServiceContext,
  options: {
    store: ImportStore;
    actor: SessionUser | null;
    importId: string;
    mapping: ImportMapping;
    /** The language of the refusals, and of the error the import's view keeps; French by default. */
    language?: Language;
  },
): Promise<ImportReport> {
  const job = await options.store.get(options.importId, options.actor?.id ?? null);
  return run(
    { store: options.store, job, phase: 'checking', language: options.language ?? 'fr' },
    async () => {
      const planner = new ImportPlanner(context.database.db, {
        isWriting: false,
        actorUserId: options.actor?.id ?? null,
        engine: context.database.engine,
        categories: importCategories(await listCategories(context.database.db)),
        fields: await listRegisterFields(context.database.db),
        mapping: options.mapping,
      });
      await planFile(
        options.store,
        job,
        { mapping: options.mapping, language: options.language ?? 'fr' },
        planner,
      );
      job.phase = 'checked';
      return planner.report;
    },
  );
}

export type ImportResult = Omit<
  ImportReport,
  'rejected' | 'rates' | 'matchedPersons' | 'matchedOrganisations'
> & {
  matchedPersons: number;
  matchedOrganisations: number;
};

/**
 * The import: the file read again and written in one transaction, or not at all when any row is
 * refused (400 naming each row and field). The audit log records it in the same transaction.
 */
export async function commitImport(
  context: ServiceContext,
  options: {
    store: ImportStore;
    actor: SessionUser | null;
    importId: string;
    mapping: ImportMapping;
    /** The language of the refusals, and of the error the import's view keeps; French by default. */
    language?: Language;
  },
): Promise<ImportResult> {
  const job = await options.store.get(options.importId, options.actor?.id ?? null);
  const actorUserId = options.actor?.id ?? null;
  const report = await run(
    { store: options.store, job, phase: 'importing', language: options.language ?? 'fr' },
    async () => {
      const written = await withCheckpointAfterwards(
        context.database,
        () =>
          context.database.db.transaction().execute(async (transaction: DbOrTransaction) => {
            const planner = new ImportPlanner(transaction, {
              isWriting: true,
              actorUserId,
              engine: context.database.engine,
              categories: importCategories(await listCategories(transaction)),
              fields: await listRegisterFields(transaction),
              mapping: options.mapping,
            });
            await planFile(
              options.store,
              job,
              { mapping: options.mapping, language: options.language ?? 'fr' },
              planner,
            );
            const { rejected } = planner.report;
            if (rejected.length > 0) {
              throw new AppError(
                'validation_failed',
                { rows: rejected.length },
                {
                  detail: rejected.length === 1 ? 'import_row_refused' : 'import_rows_refused',
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
              details: {
                fileName: job.fileName,
                format: job.file.format,
                mapping: options.mapping,
                ...summary,
              },
            });
            return planner.report;
          }),
        (error) => context.logger.warn({ err: error }, 'checkpoint after import failed'),
      );
      // Recorded by run() as the run ends, for every process.
      job.phase = 'imported';
      return written;
    },
  );
  await options.store.dropFile(job);
  context.logger.info({ importId: job.id, rows: report.rows }, 'register import written');
  if (context.database.engine === 'postgres') refreshPlannerStatistics(context);
  return summarize(report);
}

function summarize(report: ImportReport): ImportResult {
  const { rejected: _rejected, rates: _rates, matchedPersons, matchedOrganisations, ...counts } = report;
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
  void analyzeRegisterTables(context.database.db).catch((error: unknown) =>
    context.logger.warn({ err: error }, 'statistics not refreshed after import'),
  );
}
