import { z } from 'zod';
import {
  registerFieldEditSchema,
  registerFieldInputSchema,
  registerFieldListSchema,
  registerFieldSchema,
} from '../../../../common/register-fields.schemas.ts';
import { registerReaderRoles } from '../../../../common/roles.ts';
import type { ServiceContext } from '../../context.ts';
import { requireUser } from '../../http/auth.ts';
import { expectedVersion, ifMatchHeaders, staleProblemSchema } from '../../http/record-version.ts';
import { requestLanguage } from '../../http/problem.ts';
import { problemResponses, problemSchema, type App } from '../../http/routes.ts';
import {
  addRegisterField,
  archiveRegisterField,
  editRegisterField,
  listRegisterFields,
  removeRegisterField,
} from './register-fields.service.ts';

const tags = ['register'];
const errors = problemResponses(400, 401, 403, 404);
const administrator = ['administrator'] as const;
const codeParams = z.object({ code: z.string().max(40) });

/** The register's own fields (text, date, choice): administrators define them, the register's readers read them. */
export function registerFieldsRoutes(app: App, context: ServiceContext): void {
  app.get('/api/register-fields', {
    config: { access: registerReaderRoles },
    schema: {
      tags,
      summary: 'The register’s own fields in order (archived ones included), with how many records fill each',
      response: { 200: registerFieldListSchema, ...errors },
    },
    handler: async (request) => ({
      fields: await listRegisterFields(context.database.db, requestLanguage(request)),
    }),
  });

  app.post('/api/register-fields', {
    config: { access: administrator },
    schema: {
      tags,
      summary: 'Add a field to the register: text, date, or a choice among options',
      body: registerFieldInputSchema,
      response: { 201: registerFieldListSchema, ...errors, 409: problemSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send({
        fields: await addRegisterField(context, {
          actor: requireUser(request),
          input: request.body,
          language: requestLanguage(request),
        }),
      }),
  });

  app.put('/api/register-fields/:code', {
    config: { access: administrator },
    schema: {
      tags,
      summary:
        'Reword a field or change a choice’s options (its code and type stay; If-Match: the field’s version as listed, a stale one is refused with the field as it now is)',
      params: codeParams,
      headers: ifMatchHeaders,
      body: registerFieldEditSchema,
      response: { 200: registerFieldListSchema, ...errors, 409: staleProblemSchema(registerFieldSchema) },
    },
    handler: async (request) => ({
      fields: await editRegisterField(context, {
        actor: requireUser(request),
        code: request.params.code,
        input: request.body,
        language: requestLanguage(request),
        expectedVersion: expectedVersion(request),
      }),
    }),
  });

  app.put('/api/register-fields/:code/archived', {
    config: { access: administrator },
    schema: {
      tags,
      summary: 'Archive a field (its values stay, it takes no new one) or bring it back',
      params: codeParams,
      body: z.object({ isArchived: z.boolean() }),
      response: { 200: registerFieldListSchema, ...errors },
    },
    handler: async (request) => ({
      fields: await archiveRegisterField(context, {
        actor: requireUser(request),
        code: request.params.code,
        isArchived: request.body.isArchived,
        language: requestLanguage(request),
      }),
    }),
  });

  app.delete('/api/register-fields/:code', {
    config: { access: administrator },
    schema: {
      tags,
      summary: 'Delete a field no record has a value in (one in use is archived instead: 409)',
      params: codeParams,
      response: { 200: registerFieldListSchema, ...errors, 409: problemSchema },
    },
    handler: async (request) => ({
      fields: await removeRegisterField(context, {
        actor: requireUser(request),
        code: request.params.code,
        language: requestLanguage(request),
      }),
    }),
  });
}
