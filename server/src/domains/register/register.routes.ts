import { z } from 'zod';
import {
  organisationViewSchema,
  pageQuerySchema,
  personViewSchema,
} from '../../../../common/register.schemas.ts';
import { staffRoles } from '../../../../common/roles.ts';
import type { ServiceContext } from '../../context.ts';
import { problemSchema, type App } from '../../http/routes.ts';
import { listOrganisations, listPersons } from './register.service.ts';

const tags = ['register'];
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema };

/** The register's persons hold personal data: staff only. */
export function registerRoutes(app: App, context: ServiceContext): void {
  app.get('/api/persons', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Persons of the register, by last name',
      querystring: pageQuerySchema,
      response: { 200: z.object({ persons: z.array(personViewSchema), total: z.number().int() }), ...errors },
    },
    handler: async (request) => listPersons(context, request.query),
  });

  app.get('/api/organisations', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Organisations of the register with their other names',
      response: { 200: z.object({ organisations: z.array(organisationViewSchema) }), ...errors },
    },
    handler: async () => ({ organisations: await listOrganisations(context) }),
  });
}
