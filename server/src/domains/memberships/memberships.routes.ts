import { z } from 'zod';
import { membershipStatuses } from '../../../../common/memberships.ts';
import {
  feeGridViewSchema,
  membershipDetailSchema,
  membershipHistorySchema,
  membershipListSchema,
  membershipSummarySchema,
  membershipYearsSchema,
} from '../../../../common/memberships.schemas.ts';
import {
  feeCallInputSchema,
  feeGridSchema,
  membershipInputSchema,
  paymentInputSchema,
  statusChangeInputSchema,
  summaryQuerySchema,
  yearSchema,
} from '../../../../common/register.schemas.ts';
import { feeKeeperRoles, registerReaderRoles, registerWriterRoles } from '../../../../common/roles.ts';
import type { ServiceContext } from '../../context.ts';
import { requireUser } from '../../http/auth.ts';
import { expectedVersion, ifMatchHeaders, staleProblemSchema } from '../../http/record-version.ts';
import { type App, fileResponse, idParams, problemResponses, problemSchema } from '../../http/routes.ts';
import {
  callFee,
  changeMembershipStatus,
  createMembership,
  getFeeGrid,
  getMembership,
  listMemberships,
  membershipHistory,
  listYears,
  membershipSummary,
  paymentReceipt,
  recordPayment,
  setFeeGrid,
} from './memberships.service.ts';

const tags = ['memberships'];
const errors = problemResponses(400, 401, 403, 404);

export function membershipsRoutes(app: App, context: ServiceContext): void {
  app.get('/api/memberships', {
    config: { access: registerReaderRoles },
    schema: {
      tags,
      summary: 'Memberships with their current status and what is owed',
      querystring: z.object({
        year: yearSchema.optional(),
        personId: z.string().min(1).max(100).optional(),
        organisationId: z.string().min(1).max(100).optional(),
        category: z.string().max(40).optional(),
        status: z.enum(membershipStatuses).optional(),
        unpaid: z
          .enum(['true', 'false'])
          .transform((value) => value === 'true')
          .optional(),
      }),
      response: { 200: membershipListSchema, ...errors },
    },
    handler: async (request) => ({
      memberships: await listMemberships(context, { ...request.query, isUnpaid: request.query.unpaid }),
    }),
  });

  app.post('/api/memberships', {
    config: { access: registerWriterRoles },
    schema: {
      tags,
      summary: 'Record a membership for a year, with its first status',
      body: membershipInputSchema,
      response: { 201: membershipDetailSchema, ...errors, 409: problemSchema },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await createMembership(context, { actor: requireUser(request), membership: request.body })),
  });

  app.get('/api/memberships/summary', {
    config: { access: registerReaderRoles },
    schema: {
      tags,
      summary: 'Counts per category and status at a date, and expected fee income',
      querystring: summaryQuerySchema,
      response: { 200: membershipSummarySchema, ...errors },
    },
    handler: async (request) => membershipSummary(context, request.query),
  });

  app.get('/api/memberships/years', {
    config: { access: registerReaderRoles },
    schema: {
      tags,
      summary: 'The years that have memberships, newest first',
      response: { 200: membershipYearsSchema, ...errors },
    },
    handler: async () => ({ years: await listYears(context) }),
  });

  app.get('/api/memberships/history', {
    config: { access: registerReaderRoles },
    schema: {
      tags,
      summary: 'Validated memberships per category, year by year',
      response: { 200: membershipHistorySchema, ...errors },
    },
    handler: async () => ({ years: await membershipHistory(context) }),
  });

  app.get('/api/memberships/:id', {
    config: { access: registerReaderRoles },
    schema: {
      tags,
      summary: 'A membership with its history, fee calls and payments',
      params: idParams,
      response: { 200: membershipDetailSchema, ...errors },
    },
    handler: async (request) => getMembership(context, request.params.id),
  });

  app.post('/api/memberships/:id/status', {
    config: { access: registerWriterRoles },
    schema: {
      tags,
      summary: 'Change a membership’s status from a date',
      params: idParams,
      body: statusChangeInputSchema,
      response: { 200: membershipDetailSchema, ...errors },
    },
    handler: async (request) =>
      changeMembershipStatus(context, {
        actor: requireUser(request),
        membershipId: request.params.id,
        ...request.body,
      }),
  });

  app.post('/api/memberships/:id/fee-calls', {
    config: { access: feeKeeperRoles },
    schema: {
      tags,
      summary: 'Call the fee (the grid’s amount unless given)',
      params: idParams,
      body: feeCallInputSchema,
      response: { 201: membershipDetailSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply.status(201).send(
        await callFee(context, {
          actor: requireUser(request),
          membershipId: request.params.id,
          call: request.body,
        }),
      ),
  });

  app.post('/api/memberships/:id/payments', {
    config: { access: feeKeeperRoles },
    schema: {
      tags,
      summary: 'Record a payment; a numbered receipt is issued',
      description:
        'The amount is at most what is still owed (400 payment_above_owed, payment_nothing_owed on body.amountCents). ' +
        'If-Match: the membership’s version read; a stale one is refused (409 stale_version) with the membership as it now is.',
      params: idParams,
      headers: ifMatchHeaders,
      body: paymentInputSchema,
      response: { 201: membershipDetailSchema, ...errors, 409: staleProblemSchema(membershipDetailSchema) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(
        await recordPayment(context, {
          actor: requireUser(request),
          membershipId: request.params.id,
          payment: request.body,
          expectedVersion: expectedVersion(request),
        }),
      ),
  });

  app.get('/api/payments/:id/receipt.pdf', {
    config: { access: feeKeeperRoles },
    schema: {
      tags,
      summary: 'The PDF receipt of a payment',
      params: idParams,
      response: { 200: fileResponse('application/pdf', 'The receipt, a PDF file'), ...errors },
    },
    handler: async (request, reply) => {
      const receipt = await paymentReceipt(context, request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${receipt.fileName}"`)
        .send(receipt.pdf);
    },
  });

  app.get('/api/fee-grids/:year', {
    config: { access: registerReaderRoles },
    schema: {
      tags,
      summary: 'The fee grid of a year, in cents',
      params: z.object({ year: yearSchema }),
      response: { 200: feeGridViewSchema, ...errors },
    },
    handler: async (request) => getFeeGrid(context, request.params.year),
  });

  app.put('/api/fee-grids/:year', {
    config: { access: feeKeeperRoles },
    schema: {
      tags,
      summary: 'Set the fee of each category for a year',
      params: z.object({ year: yearSchema }),
      body: feeGridSchema,
      response: { 200: feeGridViewSchema, ...errors },
    },
    handler: async (request) =>
      setFeeGrid(context, {
        actor: requireUser(request),
        year: request.params.year,
        entries: request.body.entries,
      }),
  });
}
