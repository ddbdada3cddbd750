import { z } from 'zod';
import {
  categoryInputSchema,
  categoryOrderSchema,
  categoryEditSchema,
  membershipCategoryListSchema,
  membershipCategorySchema,
  membershipRateSchema,
  rateInputSchema,
  yearRatesSchema,
} from '../../../../common/membership-categories.schemas.ts';
import { yearSchema } from '../../../../common/register.schemas.ts';
import { feeKeeperRoles, signedInRoles } from '../../../../common/roles.ts';
import type { ServiceContext } from '../../context.ts';
import { requireUser } from '../../http/auth.ts';
import { expectedVersion, ifMatchHeaders, staleProblemSchema } from '../../http/record-version.ts';
import { requestLanguage } from '../../http/problem.ts';
import { problemResponses, problemSchema, type App } from '../../http/routes.ts';
import {
  addCategory,
  archiveCategory,
  editCategory,
  listCategories,
  removeCategory,
  reorderCategories,
} from './categories.service.ts';
import { addRate, editRate, removeRate, yearRates } from './rates.service.ts';

const tags = ['memberships'];
const errors = problemResponses(400, 401, 403, 404);
const administrator = ['administrator'] as const;
const codeParams = z.object({ code: z.string().max(40) });
const yearParams = z.object({ year: yearSchema });
const rateParams = z.object({ year: yearSchema, id: z.string().max(100) });

/** The association's membership categories and each year's rates. */
export function categoriesRoutes(app: App, context: ServiceContext): void {
  app.get('/api/membership-categories', {
    config: { access: signedInRoles },
    schema: {
      tags,
      summary:
        'The association’s membership categories in order, archived ones included, with their memberships',
      response: { 200: membershipCategoryListSchema, ...errors },
    },
    handler: async (request) => ({
      categories: await listCategories(context.database.db, requestLanguage(request)),
    }),
  });

  app.post('/api/membership-categories', {
    config: { access: administrator },
    schema: {
      tags,
      summary: 'Add a category at the end of the list',
      body: categoryInputSchema,
      response: { 201: membershipCategoryListSchema, ...errors, 409: problemSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send({
        categories: await addCategory(context, {
          actor: requireUser(request),
          input: request.body,
          language: requestLanguage(request),
        }),
      }),
  });

  app.put('/api/membership-categories/order', {
    config: { access: administrator },
    schema: {
      tags,
      summary: 'Put the categories in a new order (every code once)',
      body: categoryOrderSchema,
      response: { 200: membershipCategoryListSchema, ...errors },
    },
    handler: async (request) => ({
      categories: await reorderCategories(context, {
        actor: requireUser(request),
        codes: request.body.codes,
        language: requestLanguage(request),
      }),
    }),
  });

  app.put('/api/membership-categories/:code', {
    config: { access: administrator },
    schema: {
      tags,
      summary:
        'Reword a category, change whether and how much its members vote, or its code and kind while no membership uses it ' +
        '(If-Match: the category’s version as listed; a stale one is refused with the category as it now is)',
      params: codeParams,
      headers: ifMatchHeaders,
      body: categoryEditSchema,
      response: {
        200: membershipCategoryListSchema,
        ...errors,
        409: staleProblemSchema(membershipCategorySchema),
      },
    },
    handler: async (request) => ({
      categories: await editCategory(context, {
        actor: requireUser(request),
        code: request.params.code,
        input: request.body,
        language: requestLanguage(request),
        expectedVersion: expectedVersion(request),
      }),
    }),
  });

  app.put('/api/membership-categories/:code/archived', {
    config: { access: administrator },
    schema: {
      tags,
      summary: 'Archive a category (it takes no new membership) or bring it back',
      params: codeParams,
      body: z.object({ isArchived: z.boolean() }),
      response: { 200: membershipCategoryListSchema, ...errors },
    },
    handler: async (request) => ({
      categories: await archiveCategory(context, {
        actor: requireUser(request),
        code: request.params.code,
        isArchived: request.body.isArchived,
        language: requestLanguage(request),
      }),
    }),
  });

  app.delete('/api/membership-categories/:code', {
    config: { access: administrator },
    schema: {
      tags,
      summary: 'Delete a category nothing uses (one in use is archived instead: 409)',
      params: codeParams,
      response: { 200: membershipCategoryListSchema, ...errors, 409: problemSchema },
    },
    handler: async (request) => ({
      categories: await removeCategory(context, {
        actor: requireUser(request),
        code: request.params.code,
        language: requestLanguage(request),
      }),
    }),
  });

  app.get('/api/membership-rates/:year', {
    config: { access: signedInRoles },
    schema: {
      tags,
      summary: 'A year’s rates per category: the fee grid’s full rate, reduced, free and "from X €" rates',
      params: yearParams,
      response: { 200: yearRatesSchema, ...errors },
    },
    handler: async (request) => yearRates(context.database.db, request.params.year, requestLanguage(request)),
  });

  app.post('/api/membership-rates/:year', {
    config: { access: feeKeeperRoles },
    schema: {
      tags,
      summary: 'Add a reduced, free or "from X €" rate of a category for the year',
      params: yearParams,
      body: rateInputSchema,
      response: { 201: yearRatesSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply.status(201).send(
        await addRate(context, {
          actor: requireUser(request),
          year: request.params.year,
          input: request.body,
          language: requestLanguage(request),
        }),
      ),
  });

  app.put('/api/membership-rates/:year/:id', {
    config: { access: feeKeeperRoles },
    schema: {
      tags,
      summary:
        'Change a rate’s amount or who qualifies (If-Match: the rate’s version as listed; a stale one is refused with the rate as it now is)',
      params: rateParams,
      headers: ifMatchHeaders,
      body: rateInputSchema,
      response: { 200: yearRatesSchema, ...errors, 409: staleProblemSchema(membershipRateSchema) },
    },
    handler: async (request) =>
      editRate(context, {
        actor: requireUser(request),
        rateId: request.params.id,
        input: request.body,
        language: requestLanguage(request),
        expectedVersion: expectedVersion(request),
      }),
  });

  app.delete('/api/membership-rates/:year/:id', {
    config: { access: feeKeeperRoles },
    schema: {
      tags,
      summary: 'Remove a rate no membership chose',
      params: rateParams,
      response: { 200: yearRatesSchema, ...errors, 409: problemSchema },
    },
    handler: async (request) =>
      removeRate(context, {
        actor: requireUser(request),
        rateId: request.params.id,
        language: requestLanguage(request),
      }),
  });
}
