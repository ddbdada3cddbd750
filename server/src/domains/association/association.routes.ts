import { signedInRoles } from '../../../../common/roles.ts';
import {
  associationPatchSchema,
  associationSchema,
  associationSettingsSchema,
  associationYearsSchema,
  logoMediaTypes,
  maxLogoBytes,
  setupChecklistSchema,
} from '../../../../common/association.schemas.ts';
import { twoFactorRequirementSchema } from '../../../../common/two-factor.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import { setTwoFactorRequirement } from '../accounts/two-factor.service.ts';
import { AppError } from '../../http/app-error.ts';
import { requireUser } from '../../http/auth.ts';
import {
  expectedVersion,
  ifMatchHeaders,
  staleProblemSchema,
  tagVersion,
} from '../../http/record-version.ts';
import { fileResponse, problemSchema, type App } from '../../http/routes.ts';
import { associationYears } from './association-years.service.ts';
import {
  associationLogo,
  getAssociation,
  removeLogo,
  saveAssociation,
  saveLogo,
  updateAssociationIdentity,
} from './association.service.ts';
import { setupChecklist } from './setup-checklist.service.ts';

const tags = ['association'];
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema };

export function associationRoutes(app: App, context: ServiceContext): void {
  app.get('/api/association', {
    config: { access: 'public' },
    schema: {
      tags,
      summary:
        'The association: name, time zone, language, legal identity, founding year, logo (its version also as the ETag)',
      response: { 200: associationSchema },
    },
    handler: async (_request, reply) => tagVersion(reply, await getAssociation(context)),
  });

  app.put('/api/association', {
    config: { access: ['administrator'] },
    schema: {
      tags,
      summary:
        'Change the association’s name, time zone or language (If-Match: the version read; a stale one is refused with the association as it now is)',
      headers: ifMatchHeaders,
      body: associationSettingsSchema,
      response: { 200: associationSchema, ...errors, 409: staleProblemSchema(associationSchema) },
    },
    handler: async (request, reply) =>
      tagVersion(
        reply,
        await saveAssociation(context, {
          actor: requireUser(request),
          association: request.body,
          expectedVersion: expectedVersion(request),
        }),
      ),
  });

  app.patch('/api/association', {
    config: { access: ['administrator'] },
    schema: {
      tags,
      summary:
        'Change the fields given of the association’s identity (RNA: W + 9 digits; SIRET: 14 digits, Luhn-checked; ' +
        'If-Match: the version read, a stale one is refused with the association as it now is)',
      headers: ifMatchHeaders,
      body: associationPatchSchema,
      response: { 200: associationSchema, ...errors, 409: staleProblemSchema(associationSchema) },
    },
    handler: async (request, reply) =>
      tagVersion(
        reply,
        await updateAssociationIdentity(context, {
          actor: requireUser(request),
          changes: request.body,
          expectedVersion: expectedVersion(request),
        }),
      ),
  });

  app.put('/api/association/two-factor', {
    config: { access: ['administrator'] },
    schema: {
      tags,
      summary:
        'Require (or not) two-factor sign-in of administrators and treasurers; to turn it on, the administrator must have it',
      body: twoFactorRequirementSchema,
      response: { 200: associationSchema, ...errors },
    },
    handler: async (request) =>
      setTwoFactorRequirement(context, { actor: requireUser(request), required: request.body.required }),
  });

  app.get('/api/association/logo', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'The association’s logo (PNG or JPEG)',
      response: { 200: fileResponse(logoMediaTypes, 'The logo'), 404: problemSchema },
    },
    handler: async (_request, reply) => {
      const logo = await associationLogo(context);
      if (!logo) throw new AppError('logo_not_found');
      return reply.type(logo.mediaType).header('cache-control', 'private, max-age=3600').send(logo.bytes);
    },
  });

  // The logo is the raw body, whatever type the browser claims: the bytes are checked.
  void app.register(async (scope: App) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    scope.put('/api/association/logo', {
      config: { access: ['administrator'] },
      bodyLimit: maxLogoBytes * 4,
      schema: {
        tags,
        summary: `Upload the logo as the raw body: PNG or JPEG, at most ${maxLogoBytes / 1024} KB`,
        response: { 200: associationSchema, ...errors, 413: problemSchema },
      },
      handler: async (request) => {
        const body = request.body;
        return saveLogo(context, {
          actor: requireUser(request),
          bytes: body instanceof Uint8Array ? body : new Uint8Array(),
        });
      },
    });
  });

  app.delete('/api/association/logo', {
    config: { access: ['administrator'] },
    schema: { tags, summary: 'Remove the logo', response: { 200: associationSchema, ...errors } },
    handler: async (request) => removeLogo(context, { actor: requireUser(request) }),
  });

  app.get('/api/association/years', {
    config: { access: signedInRoles },
    schema: {
      tags,
      summary:
        'The years a year field offers: from the founding year (or the first year with data) to next year',
      response: { 200: associationYearsSchema, 401: problemSchema },
    },
    handler: async () => associationYears(context),
  });

  app.get('/api/association/checklist', {
    config: { access: ['administrator'] },
    schema: {
      tags,
      summary:
        'The first-run checklist: identity, statutes, fees, board, members, first assembly — each done or not',
      response: { 200: setupChecklistSchema, ...errors },
    },
    handler: async () => setupChecklist(context),
  });
}
