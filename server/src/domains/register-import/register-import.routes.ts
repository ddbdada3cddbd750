import type { Readable } from 'node:stream';
import { registerReaderRoles, registerWriterRoles } from '../../../../common/roles.ts';
import type { ServiceContext } from '../../context.ts';
import { AppError } from '../../http/app-error.ts';
import { requireUser } from '../../http/auth.ts';
import { requestLanguage } from '../../http/problem.ts';
import { type App, fileResponse, noContent, problemResponses, problemSchema } from '../../http/routes.ts';
import { maxImportBytes } from './import-files.ts';
import { ImportStore } from './import-store.ts';
import { pasteRegisterLines } from './paste.service.ts';
import { exportRegisterCsv, exportRegisterXlsx } from './register-export.service.ts';
import {
  checkImport,
  commitImport,
  discardImport,
  getImport,
  uploadImportFile,
} from './register-import.service.ts';
import {
  exportQuerySchema,
  importIdParams,
  importReportSchema,
  importResultSchema,
  importRunSchema,
  importViewSchema,
  pasteInputSchema,
  pasteReportSchema,
  uploadQuerySchema,
  uploadResponseSchema,
} from '../../../../common/register-import.schemas.ts';

const tags = ['register-import'];
const errors = problemResponses(400, 401, 403, 404, 409);

const stores = new WeakMap<object, ImportStore>();

/** The uploads of an app, for tests that check nothing was left behind. */
export function importStoreOf(app: App): ImportStore | undefined {
  return stores.get(app);
}

function day(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Import (upload, dry run, commit), pasted attendance lines, and export of the register. */
export function registerImportRoutes(app: App, context: ServiceContext): void {
  const store = new ImportStore({
    database: context.database,
    directory: context.config.uploadDirectory,
    quotaBytes: context.config.uploadQuotaBytes,
  });
  stores.set(app, store);

  // The upload reads the raw body as a stream, whatever type the browser gave the file (a CSV is
  // often sent as application/vnd.ms-excel): the content is sniffed, and the import's size limit applies here only.
  void app.register(async (scope: App) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    scope.post('/api/register/imports', {
      config: { access: registerWriterRoles },
      bodyLimit: maxImportBytes,
      schema: {
        tags,
        summary:
          'Upload a CSV (UTF-8, comma or semicolon) or XLSX file as the raw body, up to 20 MB and 200 000 rows, within the association’s upload quota (413): columns, first rows, suggested mapping',
        querystring: uploadQuerySchema,
        response: { 201: uploadResponseSchema, ...errors, 413: problemSchema },
      },
      handler: async (request, reply) => {
        const body = request.body as Readable | undefined;
        if (!body || typeof (body as Readable).pipe !== 'function') {
          throw new AppError('validation_failed', undefined, {
            detail: 'import_file_missing',
            errors: [{ path: 'body', message: 'required' }],
          });
        }
        const declared = Number(request.headers['content-length']);
        try {
          const uploaded = await uploadImportFile(context, {
            store,
            actor: requireUser(request),
            body,
            declaredBytes: Number.isFinite(declared) ? declared : undefined,
            fileName: request.query.fileName,
          });
          return reply.status(201).send(uploaded);
        } catch (error) {
          // The client may still be sending: close the connection once the refusal is answered.
          reply.header('connection', 'close');
          throw error;
        }
      },
    });
  });

  app.get('/api/register/imports/:importId', {
    config: { access: registerWriterRoles },
    schema: {
      tags,
      summary: 'An import and how far its current run has gone (phase, processed, total)',
      params: importIdParams,
      response: { 200: importViewSchema, ...errors },
    },
    handler: async (request) =>
      getImport({ store, actor: requireUser(request), importId: request.params.importId }),
  });

  app.delete('/api/register/imports/:importId', {
    config: { access: registerWriterRoles },
    schema: {
      tags,
      summary: 'Discard an uploaded file',
      params: importIdParams,
      response: { 204: noContent, ...errors },
    },
    handler: async (request, reply) => {
      await discardImport({ store, actor: requireUser(request), importId: request.params.importId });
      return reply.status(204).send(null);
    },
  });

  app.post('/api/register/imports/:importId/dry-run', {
    config: { access: registerWriterRoles },
    schema: {
      tags,
      summary: 'Check every row and match it against the register; nothing is written',
      params: importIdParams,
      body: importRunSchema,
      response: { 200: importReportSchema, ...errors },
    },
    handler: async (request) =>
      checkImport(context, {
        store,
        actor: requireUser(request),
        importId: request.params.importId,
        mapping: request.body.mapping,
        language: requestLanguage(request),
      }),
  });

  app.post('/api/register/imports/:importId/commit', {
    config: { access: registerWriterRoles },
    schema: {
      tags,
      summary: 'Import the file in one transaction; refused whole (400) if any row is invalid',
      params: importIdParams,
      body: importRunSchema,
      response: { 200: importResultSchema, ...errors },
    },
    handler: async (request) =>
      commitImport(context, {
        store,
        actor: requireUser(request),
        importId: request.params.importId,
        mapping: request.body.mapping,
        language: requestLanguage(request),
      }),
  });

  app.post('/api/register/paste', {
    config: { access: registerWriterRoles },
    schema: {
      tags,
      summary:
        'Match pasted attendance lines ("DUPONT Marie - Mairie de Lyon") and, unless dryRun, add what is missing',
      body: pasteInputSchema,
      response: { 200: pasteReportSchema, ...errors },
    },
    handler: async (request) =>
      pasteRegisterLines(context, {
        actor: requireUser(request),
        text: request.body.text,
        isDryRun: request.body.dryRun,
      }),
  });

  app.get('/api/register/export.csv', {
    config: { access: registerReaderRoles },
    schema: {
      tags,
      summary: 'The register as CSV (";", UTF-8): one row per person, with the membership of ?year=',
      querystring: exportQuerySchema,
      response: { 200: fileResponse('text/csv', 'The register, a CSV file'), ...errors },
    },
    handler: async (request, reply) => {
      const stream = await exportRegisterCsv(context, {
        actor: requireUser(request),
        year: request.query.year,
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="registre-${day()}.csv"`)
        .send(stream);
    },
  });

  app.get('/api/register/export.xlsx', {
    config: { access: registerReaderRoles },
    schema: {
      tags,
      summary: 'The register as an XLSX workbook: one row per person, with the membership of ?year=',
      querystring: exportQuerySchema,
      response: {
        200: fileResponse(
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'The register, an XLSX workbook',
        ),
        ...errors,
      },
    },
    handler: async (request, reply) => {
      const workbook = await exportRegisterXlsx(context, {
        actor: requireUser(request),
        year: request.query.year,
      });
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="registre-${day()}.xlsx"`)
        .send(workbook);
    },
  });
}
