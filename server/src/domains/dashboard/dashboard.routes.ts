import { dashboardSchema } from '../../../../common/dashboard.schemas.ts';
import { signedInRoles } from '../../../../common/roles.ts';
import type { ServiceContext } from '../../context.ts';
import { requireUser } from '../../http/auth.ts';
import { problemResponses, type App } from '../../http/routes.ts';
import { computeDashboard } from './dashboard.service.ts';

export function dashboardRoutes(app: App, context: ServiceContext): void {
  app.get('/api/dashboard', {
    config: { access: signedInRoles },
    schema: {
      tags: ['dashboard'],
      summary:
        'What the signed-in role has to do now: the next assembly’s timeline (staff) and the counts of work waiting that the role may do',
      response: { 200: dashboardSchema, ...problemResponses(401, 403) },
    },
    handler: async (request) => computeDashboard(context, { role: requireUser(request).role }),
  });
}
