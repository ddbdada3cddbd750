import { z } from 'zod';
import {
  annualAccountsEditSchema,
  annualAccountsSchema,
} from '../../../../common/annual-accounts.schemas.ts';
import { budgetYearSchema, yearListSchema } from '../../../../common/budget.schemas.ts';
import { budgetEditorRoles, budgetReaderRoles } from '../../../../common/roles.ts';
import type { ServiceContext } from '../../context.ts';
import { requireUser } from '../../http/auth.ts';
import {
  expectedVersion,
  ifMatchHeaders,
  staleProblemSchema,
  tagVersion,
} from '../../http/record-version.ts';
import { problemSchema, type App } from '../../http/routes.ts';
import { annualAccounts, listAnnualAccounts, recordAnnualAccounts } from './annual-accounts.service.ts';

const tags = ['budget'];
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const yearParams = z.object({ year: budgetYearSchema });

export function annualAccountsRoutes(app: App, context: ServiceContext): void {
  app.get('/api/annual-accounts', {
    config: { access: budgetReaderRoles },
    schema: {
      tags,
      summary: 'The years whose accounts are recorded, newest first',
      response: { 200: yearListSchema, ...errors },
    },
    handler: async () => ({ years: await listAnnualAccounts(context) }),
  });

  app.get('/api/annual-accounts/:year', {
    config: { access: budgetReaderRoles },
    schema: {
      tags,
      summary:
        'A closed year’s accounts: recorded result, equity and balance-sheet total, the actual summed from its lines, and the shares of products (their version also as the ETag)',
      params: yearParams,
      response: { 200: annualAccountsSchema, ...errors },
    },
    handler: async (request, reply) => tagVersion(reply, await annualAccounts(context, request.params.year)),
  });

  app.put('/api/annual-accounts/:year', {
    config: { access: budgetEditorRoles },
    schema: {
      tags,
      summary:
        'Record a year’s accounts with the shares of products to state, all or nothing (If-Match: the version read, 0 when none were recorded; a stale one is refused with the accounts as they now are)',
      params: yearParams,
      headers: ifMatchHeaders,
      body: annualAccountsEditSchema,
      response: { 200: annualAccountsSchema, ...errors, 409: staleProblemSchema(annualAccountsSchema) },
    },
    handler: async (request, reply) =>
      tagVersion(
        reply,
        await recordAnnualAccounts(context, {
          actor: requireUser(request),
          year: request.params.year,
          edit: request.body,
          expectedVersion: expectedVersion(request),
        }),
      ),
  });
}
