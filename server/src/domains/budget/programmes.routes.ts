import { z } from 'zod';
import { budgetYearSchema, yearListSchema } from '../../../../common/budget.schemas.ts';
import { programmeYearSchema, projectInputSchema } from '../../../../common/programmes.schemas.ts';
import { budgetEditorRoles, budgetReaderRoles } from '../../../../common/roles.ts';
import type { ServiceContext } from '../../context.ts';
import { requireUser } from '../../http/auth.ts';
import { problemSchema, type App } from '../../http/routes.ts';
import { addProject, programmesOfYear, programmeYears } from './programmes.service.ts';

const tags = ['programmes'];
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

export function programmesRoutes(app: App, context: ServiceContext): void {
  app.get('/api/programmes', {
    config: { access: budgetReaderRoles },
    schema: {
      tags,
      summary: 'The years with projects, events or publications, newest first',
      response: { 200: yearListSchema, ...errors },
    },
    handler: async () => ({ years: await programmeYears(context) }),
  });

  app.get('/api/programmes/:year', {
    config: { access: budgetReaderRoles },
    schema: {
      tags,
      summary:
        'Each programme’s projects of a year with partners, the agreements covering it, its events and publications',
      params: z.object({ year: budgetYearSchema }),
      response: { 200: programmeYearSchema, ...errors },
    },
    handler: async (request) => programmesOfYear(context, request.params.year),
  });

  app.post('/api/projects', {
    config: { access: budgetEditorRoles },
    schema: {
      tags,
      summary: 'Add a project to a programme with its partners from the register',
      body: projectInputSchema,
      response: { 201: programmeYearSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await addProject(context, { actor: requireUser(request), input: request.body })),
  });
}
