import { z } from 'zod';
import {
  staffFigureInputSchema,
  staffFiguresSchema,
  staffFunctionInputSchema,
  staffFunctionLabelsSchema,
  staffFunctionListSchema,
  staffFunctionOrderSchema,
  staffFunctionSchema,
  staffHistorySchema,
  staffMemberInputSchema,
  staffMemberListSchema,
  staffMemberSchema,
} from '../../../../common/staff.schemas.ts';
import { budgetEditorRoles, budgetReaderRoles } from '../../../../common/roles.ts';
import type { ServiceContext } from '../../context.ts';
import { requireUser } from '../../http/auth.ts';
import { expectedVersion, ifMatchHeaders, staleProblemSchema } from '../../http/record-version.ts';
import { requestLanguage } from '../../http/problem.ts';
import { problemSchema, type App } from '../../http/routes.ts';
import {
  addStaffFunction,
  addStaffMember,
  listStaffFunctions,
  removeStaffFunction,
  renameStaffFunction,
  reorderStaffFunctions,
  recordStaffFigure,
  staffFigures,
  staffHistory,
  staffMembers,
} from './staff.service.ts';

const tags = ['staff'];
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const codeParams = z.object({ code: z.string().max(40) });

export function staffRoutes(app: App, context: ServiceContext): void {
  app.get('/api/staff', {
    config: { access: budgetReaderRoles },
    schema: {
      tags,
      summary: 'Headcount, FTE and interns on a day, the team by function, and the figure recorded then',
      querystring: z.object({
        at: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
          .optional()
          .describe('The day, today by default'),
      }),
      response: { 200: staffFiguresSchema, ...errors },
    },
    handler: async (request) =>
      staffFigures(
        context,
        request.query.at ?? new Date().toISOString().slice(0, 10),
        requestLanguage(request),
      ),
  });

  app.get('/api/staff/members', {
    config: { access: budgetReaderRoles },
    schema: {
      tags,
      summary: 'Employees and interns with function, contract, dates and FTE',
      response: { 200: staffMemberListSchema, ...errors },
    },
    handler: async (request) => ({ members: await staffMembers(context, requestLanguage(request)) }),
  });

  app.post('/api/staff/members', {
    config: { access: budgetEditorRoles },
    schema: {
      tags,
      summary: 'Add an employee or an intern',
      body: staffMemberInputSchema,
      response: { 201: staffMemberSchema, ...errors },
    },
    handler: async (request, reply) => {
      const member = await addStaffMember(context, {
        actor: requireUser(request),
        input: request.body,
        language: requestLanguage(request),
      });
      return reply.status(201).send(member);
    },
  });

  app.get('/api/staff/history', {
    config: { access: budgetReaderRoles },
    schema: {
      tags,
      summary: 'Recorded figures and the figure computed at each change of the team, in day order',
      response: { 200: staffHistorySchema, ...errors },
    },
    handler: async (request) => staffHistory(context, requestLanguage(request)),
  });

  app.post('/api/staff/figures', {
    config: { access: budgetEditorRoles },
    schema: {
      tags,
      summary: 'Record a figure of the history ("3,3 ETP en 2012"), replacing the one of that day',
      body: staffFigureInputSchema,
      response: { 200: staffHistorySchema, ...errors },
    },
    handler: async (request) =>
      recordStaffFigure(context, {
        actor: requireUser(request),
        input: request.body,
        language: requestLanguage(request),
      }),
  });

  app.get('/api/staff/functions', {
    config: { access: budgetReaderRoles },
    schema: {
      tags,
      summary: 'The association’s staff functions in order: code, French and English labels, headcount',
      response: { 200: staffFunctionListSchema, ...errors },
    },
    handler: async (request) => ({ functions: await listStaffFunctions(context, requestLanguage(request)) }),
  });

  app.post('/api/staff/functions', {
    config: { access: budgetEditorRoles },
    schema: {
      tags,
      summary: 'Add a staff function at the end of the list',
      body: staffFunctionInputSchema,
      response: { 201: staffFunctionListSchema, ...errors, 409: problemSchema },
    },
    handler: async (request, reply) => {
      const functions = await addStaffFunction(context, {
        actor: requireUser(request),
        input: request.body,
        language: requestLanguage(request),
      });
      return reply.status(201).send({ functions });
    },
  });

  app.put('/api/staff/functions/:code', {
    config: { access: budgetEditorRoles },
    schema: {
      tags,
      summary:
        'Reword a staff function (French and English labels; If-Match: the function’s version as listed, a stale one is refused with the function as it now is)',
      params: codeParams,
      headers: ifMatchHeaders,
      body: staffFunctionLabelsSchema,
      response: { 200: staffFunctionListSchema, ...errors, 409: staleProblemSchema(staffFunctionSchema) },
    },
    handler: async (request) => ({
      functions: await renameStaffFunction(context, {
        actor: requireUser(request),
        code: request.params.code,
        labels: request.body,
        language: requestLanguage(request),
        expectedVersion: expectedVersion(request),
      }),
    }),
  });

  app.delete('/api/staff/functions/:code', {
    config: { access: budgetEditorRoles },
    schema: {
      tags,
      summary: 'Remove a staff function nobody holds',
      params: codeParams,
      response: { 200: staffFunctionListSchema, ...errors, 409: problemSchema },
    },
    handler: async (request) => ({
      functions: await removeStaffFunction(context, {
        actor: requireUser(request),
        code: request.params.code,
        language: requestLanguage(request),
      }),
    }),
  });

  app.put('/api/staff/functions/order', {
    config: { access: budgetEditorRoles },
    schema: {
      tags,
      summary: 'Put the staff functions in a new order (every code once)',
      body: staffFunctionOrderSchema,
      response: { 200: staffFunctionListSchema, ...errors },
    },
    handler: async (request) => ({
      functions: await reorderStaffFunctions(context, {
        actor: requireUser(request),
        codes: request.body.codes,
        language: requestLanguage(request),
      }),
    }),
  });
}
