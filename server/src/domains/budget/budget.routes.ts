import { z } from 'zod';
import {
  budgetActualToDateSchema,
  budgetCheckSchema,
  budgetCreateSchema,
  budgetEditSchema,
  budgetLineInputSchema,
  budgetListSchema,
  budgetTableSchema,
  budgetYearSchema,
} from '../../../../common/budget.schemas.ts';
import { budgetEditorRoles, budgetReaderRoles } from '../../../../common/roles.ts';
import type { ServiceContext } from '../../context.ts';
import { requireUser } from '../../http/auth.ts';
import {
  expectedVersion,
  ifMatchHeaders,
  staleProblemSchema,
  tagVersion,
} from '../../http/record-version.ts';
import { fileResponse, problemSchema, type App } from '../../http/routes.ts';
import {
  addBudgetLine,
  createBudget,
  removeActualToDate,
  removeBudgetLine,
  setActualToDate,
} from './budget-structure.service.ts';
import { budgetTable, checkBudget, editBudget, exportBudget, listBudgets } from './budget.service.ts';

const tags = ['budget'];
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const yearParams = z.object({ year: budgetYearSchema });
const lineParams = z.object({ year: budgetYearSchema, lineId: z.string().min(1).max(100) });

export function budgetRoutes(app: App, context: ServiceContext): void {
  app.get('/api/budgets', {
    config: { access: budgetReaderRoles },
    schema: {
      tags,
      summary: 'The budgets Quorum holds, newest first',
      response: { 200: budgetListSchema, ...errors },
    },
    handler: async () => ({ budgets: await listBudgets(context) }),
  });

  app.get('/api/budgets/:year', {
    config: { access: budgetReaderRoles },
    schema: {
      tags,
      summary:
        'A budget beside the previous year’s actual: lines, computed and declared figures, differences',
      params: yearParams,
      response: { 200: budgetTableSchema, ...errors },
    },
    handler: async (request, reply) => tagVersion(reply, await budgetTable(context, request.params.year)),
  });

  app.patch('/api/budgets/:year', {
    config: { access: budgetEditorRoles },
    schema: {
      tags,
      summary:
        'Change several amounts, declared totals and fee counts at once, all or nothing (If-Match: the budget’s version read; a stale one is refused with the budget as it now is)',
      params: yearParams,
      headers: ifMatchHeaders,
      body: budgetEditSchema,
      response: { 200: budgetTableSchema, ...errors, 409: staleProblemSchema(budgetTableSchema) },
    },
    handler: async (request, reply) =>
      tagVersion(
        reply,
        await editBudget(context, {
          actor: requireUser(request),
          year: request.params.year,
          edit: request.body,
          expectedVersion: expectedVersion(request),
        }),
      ),
  });

  app.post('/api/budgets', {
    config: { access: budgetEditorRoles },
    schema: {
      tags,
      summary:
        'Create a year’s budget, empty or copying the previous year’s lines, beside the previous year’s actual',
      body: budgetCreateSchema,
      response: { 201: budgetTableSchema, 409: problemSchema, ...errors },
    },
    handler: async (request, reply) => {
      const table = await createBudget(context, { actor: requireUser(request), input: request.body });
      return reply.status(201).send(table);
    },
  });

  app.post('/api/budgets/:year/lines', {
    config: { access: budgetEditorRoles },
    schema: {
      tags,
      summary: 'Add a line under another, or a family at the top of a side, checked against the chart',
      params: yearParams,
      body: budgetLineInputSchema,
      response: { 201: budgetTableSchema, ...errors },
    },
    handler: async (request, reply) => {
      const table = await addBudgetLine(context, {
        actor: requireUser(request),
        year: request.params.year,
        input: request.body,
      });
      return reply.status(201).send(table);
    },
  });

  app.delete('/api/budgets/:year/lines/:lineId', {
    config: { access: budgetEditorRoles },
    schema: {
      tags,
      summary: 'Remove a line with its amounts; refused while lines stand beneath it',
      params: lineParams,
      response: { 200: budgetTableSchema, 409: problemSchema, ...errors },
    },
    handler: async (request) =>
      removeBudgetLine(context, {
        actor: requireUser(request),
        year: request.params.year,
        lineId: request.params.lineId,
      }),
  });

  app.put('/api/budgets/:year/actual-to-date', {
    config: { access: budgetEditorRoles },
    schema: {
      tags,
      summary:
        'Add the budget’s own year’s actual as it stands on a day, in a column of its own, or move that day',
      params: yearParams,
      body: budgetActualToDateSchema,
      response: { 200: budgetTableSchema, ...errors },
    },
    handler: async (request) =>
      setActualToDate(context, {
        actor: requireUser(request),
        year: request.params.year,
        input: request.body,
      }),
  });

  app.delete('/api/budgets/:year/actual-to-date', {
    config: { access: budgetEditorRoles },
    schema: {
      tags,
      summary: 'Remove the actual-to-date column and the amounts typed in it',
      params: yearParams,
      response: { 200: budgetTableSchema, ...errors },
    },
    handler: async (request) =>
      removeActualToDate(context, { actor: requireUser(request), year: request.params.year }),
  });

  app.get('/api/budgets/:year/check', {
    config: { access: budgetReaderRoles },
    schema: {
      tags,
      summary: 'Each column’s totals computed and declared, whether it balances, and every difference',
      params: yearParams,
      response: { 200: budgetCheckSchema, ...errors },
    },
    handler: async (request) => checkBudget(context, request.params.year),
  });
}

export function budgetExportRoutes(app: App, context: ServiceContext): void {
  const formats = {
    csv: { type: 'text/csv; charset=utf-8', summary: 'The budget as CSV (amounts in cents)' },
    xlsx: {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      summary: 'The budget as an XLSX workbook',
    },
    pdf: { type: 'application/pdf', summary: 'The budget laid out like the CERFA 12156 budget table' },
  } as const;
  for (const [format, { type, summary }] of Object.entries(formats) as [
    keyof typeof formats,
    (typeof formats)[keyof typeof formats],
  ][]) {
    app.get(`/api/budgets/:year/export.${format}`, {
      config: { access: budgetReaderRoles },
      schema: {
        tags,
        summary,
        params: yearParams,
        response: {
          200: fileResponse(type.split(';')[0] ?? type, `The budget, a ${format.toUpperCase()} file`),
        },
      },
      handler: async (request, reply) => {
        const file = await exportBudget(context, { year: request.params.year, format });
        return reply
          .type(type)
          .header('content-disposition', `attachment; filename="budget-${request.params.year}.${format}"`)
          .send(file);
      },
    });
  }
}
