import { z } from 'zod';
import {
  affiliationInputSchema,
  duplicatesSchema,
  mergeInputSchema,
  mergePreviewSchema,
  organisationDetailSchema,
  organisationInputSchema,
  organisationListSchema,
  organisationViewSchema,
  ownPersonInputSchema,
  personDataExportSchema,
  personInputSchema,
  personSearchResultSchema,
  personViewSchema,
  registerQuerySchema,
} from '../../../../common/register.schemas.ts';
import { registerReaderRoles, registerWriterRoles, signedInRoles } from '../../../../common/roles.ts';
import type { ServiceContext } from '../../context.ts';
import { requireUser } from '../../http/auth.ts';
import {
  expectedVersion,
  ifMatchHeaders,
  staleProblemSchema,
  tagVersion,
} from '../../http/record-version.ts';
import { type App, idParams, noContent, problemResponses, problemSchema } from '../../http/routes.ts';
import { findDuplicates, mergePersons, previewMerge } from './duplicates.service.ts';
import {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  updateOrganisation,
} from './organisations.service.ts';
import {
  addAffiliation,
  createPerson,
  erasePerson,
  exportOwnData,
  exportPersonData,
  getOwnPerson,
  getPerson,
  removeAffiliation,
  searchPersons,
  updateOwnPerson,
  updatePerson,
} from './persons.service.ts';

const tags = ['register'];
const errors = problemResponses(400, 401, 403, 404);

export function registerRoutes(app: App, context: ServiceContext): void {
  app.get('/api/persons', {
    config: { access: registerReaderRoles },
    schema: {
      tags,
      summary: 'Search the register: name, organisation or e-mail, accents ignored; filter by membership',
      querystring: registerQuerySchema,
      response: { 200: personSearchResultSchema, ...errors },
    },
    handler: async (request) => searchPersons(context, request.query),
  });

  app.post('/api/persons', {
    config: { access: registerWriterRoles },
    schema: {
      tags,
      summary: 'Add a person',
      body: personInputSchema,
      response: { 201: personViewSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await createPerson(context, { actor: requireUser(request), person: request.body })),
  });

  app.get('/api/persons/:id', {
    config: { access: registerReaderRoles },
    schema: {
      tags,
      summary: 'A person with affiliations and memberships',
      params: idParams,
      response: { 200: personViewSchema, ...errors },
    },
    handler: async (request, reply) => tagVersion(reply, await getPerson(context, request.params.id)),
  });

  app.put('/api/persons/:id', {
    config: { access: registerWriterRoles },
    schema: {
      tags,
      summary: 'Change a person (If-Match: the version read; a stale one is refused with the current record)',
      params: idParams,
      headers: ifMatchHeaders,
      body: personInputSchema,
      response: { 200: personViewSchema, ...errors, 409: staleProblemSchema(personViewSchema) },
    },
    handler: async (request, reply) =>
      tagVersion(
        reply,
        await updatePerson(context, {
          actor: requireUser(request),
          personId: request.params.id,
          person: request.body,
          expectedVersion: expectedVersion(request),
        }),
      ),
  });

  app.post('/api/persons/:id/affiliations', {
    config: { access: registerWriterRoles },
    schema: {
      tags,
      summary: 'Say that a person speaks for an organisation, with a title',
      params: idParams,
      body: affiliationInputSchema,
      response: { 201: personViewSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply.status(201).send(
        await addAffiliation(context, {
          actor: requireUser(request),
          personId: request.params.id,
          affiliation: request.body,
        }),
      ),
  });

  app.delete('/api/affiliations/:id', {
    config: { access: registerWriterRoles },
    schema: {
      tags,
      summary: 'Remove an affiliation',
      params: idParams,
      response: { 204: noContent, ...errors },
    },
    handler: async (request, reply) => {
      await removeAffiliation(context, { actor: requireUser(request), affiliationId: request.params.id });
      return reply.status(204).send(null);
    },
  });

  app.get('/api/persons/:id/export', {
    config: { access: registerWriterRoles },
    schema: {
      tags,
      summary: 'Everything held about a person, as one JSON file (RGPD access)',
      params: idParams,
      response: { 200: personDataExportSchema, ...errors },
    },
    handler: async (request, reply) => {
      const data = await exportPersonData(context, request.params.id, requireUser(request));
      return reply
        .header('content-disposition', `attachment; filename="personne-${request.params.id}.json"`)
        .send(data);
    },
  });

  app.post('/api/persons/:id/erase', {
    config: { access: ['administrator'] },
    schema: {
      tags,
      summary: 'Erase a person (RGPD): anonymised, counts and votes kept',
      params: idParams,
      response: { 200: personViewSchema, ...errors },
    },
    handler: async (request) =>
      erasePerson(context, { actor: requireUser(request), personId: request.params.id }),
  });

  app.get('/api/me/person', {
    config: { access: signedInRoles },
    schema: {
      tags,
      summary: 'My own record in the register',
      response: { 200: personViewSchema, ...errors },
    },
    handler: async (request, reply) => tagVersion(reply, await getOwnPerson(context, requireUser(request))),
  });

  app.put('/api/me/person', {
    config: { access: signedInRoles },
    schema: {
      tags,
      summary: 'Change my own record (not the staff’s notes; If-Match: the version read)',
      headers: ifMatchHeaders,
      body: ownPersonInputSchema,
      response: { 200: personViewSchema, ...errors, 409: staleProblemSchema(personViewSchema) },
    },
    handler: async (request, reply) =>
      tagVersion(
        reply,
        await updateOwnPerson(context, {
          actor: requireUser(request),
          person: request.body,
          expectedVersion: expectedVersion(request),
        }),
      ),
  });

  app.get('/api/me/person/export', {
    config: { access: signedInRoles },
    schema: {
      tags,
      summary: 'Everything held about me, as one JSON file',
      response: { 200: personDataExportSchema, ...errors },
    },
    handler: async (request, reply) => {
      const data = await exportOwnData(context, requireUser(request));
      return reply.header('content-disposition', 'attachment; filename="mes-donnees.json"').send(data);
    },
  });

  app.get('/api/organisations', {
    config: { access: registerReaderRoles },
    schema: {
      tags,
      summary: 'Organisations, found by any of their names',
      querystring: z.object({ q: z.string().trim().max(200).optional() }),
      response: { 200: organisationListSchema, ...errors },
    },
    handler: async (request) => ({ organisations: await listOrganisations(context, request.query.q) }),
  });

  app.post('/api/organisations', {
    config: { access: registerWriterRoles },
    schema: {
      tags,
      summary: 'Add an organisation',
      body: organisationInputSchema,
      response: { 201: organisationViewSchema, ...errors, 409: problemSchema },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await createOrganisation(context, { actor: requireUser(request), organisation: request.body })),
  });

  app.get('/api/organisations/:id', {
    config: { access: registerReaderRoles },
    schema: {
      tags,
      summary: 'An organisation and the people who speak for it',
      params: idParams,
      response: { 200: organisationDetailSchema, ...errors },
    },
    handler: async (request, reply) => tagVersion(reply, await getOrganisation(context, request.params.id)),
  });

  app.put('/api/organisations/:id', {
    config: { access: registerWriterRoles },
    schema: {
      tags,
      summary:
        'Change an organisation (its former name stays an alias; If-Match: the version read, a stale one is refused)',
      params: idParams,
      headers: ifMatchHeaders,
      body: organisationInputSchema,
      response: { 200: organisationViewSchema, ...errors, 409: staleProblemSchema(organisationDetailSchema) },
    },
    handler: async (request, reply) =>
      tagVersion(
        reply,
        await updateOrganisation(context, {
          actor: requireUser(request),
          organisationId: request.params.id,
          organisation: request.body,
          expectedVersion: expectedVersion(request),
        }),
      ),
  });

  app.get('/api/duplicates', {
    config: { access: registerWriterRoles },
    schema: {
      tags,
      summary: 'Likely duplicate persons',
      response: { 200: duplicatesSchema, ...errors },
    },
    handler: async () => ({ pairs: await findDuplicates(context) }),
  });

  app.get('/api/duplicates/preview', {
    config: { access: registerWriterRoles },
    schema: {
      tags,
      summary: 'What merging two persons would do',
      querystring: mergeInputSchema,
      response: { 200: mergePreviewSchema, ...errors },
    },
    handler: async (request) => previewMerge(context, request.query),
  });

  app.post('/api/duplicates/merge', {
    config: { access: registerWriterRoles },
    schema: {
      tags,
      summary: 'Merge one person into another, moving every link',
      body: mergeInputSchema,
      response: { 200: personViewSchema, ...errors },
    },
    handler: async (request) => mergePersons(context, { actor: requireUser(request), ...request.body }),
  });
}
