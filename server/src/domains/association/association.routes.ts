import { associationSchema } from '../../../../common/association.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import { requireUser } from '../../http/auth.ts';
import { problemSchema, type App } from '../../http/routes.ts';
import { getAssociation, saveAssociation } from './association.service.ts';

const tags = ['association'];

export function associationRoutes(app: App, context: ServiceContext): void {
  app.get('/api/association', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'The association: name, time zone, language',
      response: { 200: associationSchema },
    },
    handler: async () => getAssociation(context),
  });

  app.put('/api/association', {
    config: { access: ['administrator'] },
    schema: {
      tags,
      summary: 'Change the association’s name, time zone or language',
      body: associationSchema,
      response: { 200: associationSchema, 400: problemSchema, 401: problemSchema, 403: problemSchema },
    },
    handler: async (request) =>
      saveAssociation(context, { actor: requireUser(request), association: request.body }),
  });
}
