import { z } from 'zod';
import {
  itemNoteInputSchema,
  minutesDocumentQuerySchema,
  minutesItemNoteSchema,
  minutesRegisterSchema,
  minutesSchema,
  minutesSectionSchema,
  sectionOrderInputSchema,
  sectionTextInputSchema,
  writtenSectionInputSchema,
} from '../../../../common/minutes.schemas.ts';
import { signedInRoles, staffRoles } from '../../../../common/roles.ts';
import type { ServiceContext } from '../../context.ts';
import { allowFramingBySelf } from '../../http/security-headers.ts';
import { expectedVersion, ifMatchHeaders, staleProblemSchema } from '../../http/record-version.ts';
import { requireUser } from '../../http/auth.ts';
import { fileResponse, problemSchema, type App } from '../../http/routes.ts';
import {
  addWrittenSection,
  approveMinutes,
  correctMinutes,
  createMinutes,
  getMinutes,
  listMinutesRegister,
  removeWrittenSection,
  renderMinutesFile,
  reorderSections,
  revertSection,
  saveItemNote,
  saveSectionText,
  signMinutes,
} from './minutes.service.ts';

const tags = ['minutes'];
const errors = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
};
const slugParams = z.object({ slug: z.string().min(1).max(60) });
const sectionParams = slugParams.extend({ sectionId: z.string().min(1).max(60) });
const noteParams = slugParams.extend({ agendaItemId: z.string().min(1).max(60) });
const base = '/api/assemblies/:slug/minutes';

export function minutesRoutes(app: App, context: ServiceContext): void {
  app.get('/api/minutes', {
    config: { access: signedInRoles },
    schema: {
      tags,
      summary: 'The register of minutes: every assembly, the state of its minutes and their versions',
      response: { 200: minutesRegisterSchema, ...errors },
    },
    handler: async () => listMinutesRegister(context),
  });

  app.get(base, {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'The current version of the minutes, each section with what the data gives now',
      params: slugParams,
      response: { 200: minutesSchema, ...errors },
    },
    handler: async (request) =>
      getMinutes(context, { actor: requireUser(request), slug: request.params.slug }),
  });

  app.post(base, {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Start the minutes of an assembly: every generated section and the prose sections to write',
      params: slugParams,
      response: { 200: minutesSchema, ...errors },
    },
    handler: async (request) =>
      createMinutes(context, { actor: requireUser(request), slug: request.params.slug }),
  });

  app.get(`${base}/document`, {
    config: { access: signedInRoles },
    schema: {
      tags,
      summary: 'The minutes as md, html, pdf or docx; members get signed minutes only, the PDF as signed',
      params: slugParams,
      querystring: minutesDocumentQuerySchema,
      response: {
        200: fileResponse(
          [
            'text/markdown',
            'text/html',
            'application/pdf',
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          ],
          'The minutes in the format asked for',
        ),
      },
    },
    handler: async (request, reply) => {
      const { format, lang, version, preview } = request.query;
      const file = await renderMinutesFile(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        format,
        lang,
        version,
        isPreview: preview === '1',
      });
      const disposition = format === 'html' ? 'inline' : 'attachment';
      if (format === 'html') allowFramingBySelf(reply);
      return reply
        .type(file.contentType)
        .header('content-disposition', `${disposition}; filename="${file.fileName}"`)
        .send(file.body);
    },
  });

  app.put(`${base}/order`, {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Reorder the sections',
      params: slugParams,
      body: sectionOrderInputSchema,
      response: { 200: minutesSchema, ...errors },
    },
    handler: async (request) =>
      reorderSections(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        sectionIds: request.body.sectionIds,
      }),
  });

  app.post(`${base}/sections`, {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Add a written section, before the closing of the session',
      params: slugParams,
      body: writtenSectionInputSchema,
      response: { 200: minutesSchema, ...errors },
    },
    handler: async (request) =>
      addWrittenSection(context, { actor: requireUser(request), slug: request.params.slug, ...request.body }),
  });

  app.put(`${base}/sections/:sectionId`, {
    config: { access: staffRoles },
    schema: {
      tags,
      summary:
        'Write a written section, or override the wording of a generated one (Markdown; If-Match: the section’s version read, a stale one is refused with the section as it now is)',
      params: sectionParams,
      headers: ifMatchHeaders,
      body: sectionTextInputSchema,
      response: { 200: minutesSchema, ...errors, 409: staleProblemSchema(minutesSectionSchema) },
    },
    handler: async (request) =>
      saveSectionText(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        sectionId: request.params.sectionId,
        ...request.body,
        expectedVersion: expectedVersion(request),
      }),
  });

  app.put(`${base}/notes/:agendaItemId`, {
    config: { access: staffRoles },
    schema: {
      tags,
      summary:
        'Write the notes under an agenda item, as the meeting goes (Markdown, printed under the item; If-Match: the note’s version read, 0 for a note not yet written; a stale one is refused with the note as it now is)',
      params: noteParams,
      headers: ifMatchHeaders,
      body: itemNoteInputSchema,
      response: { 200: minutesSchema, ...errors, 409: staleProblemSchema(minutesItemNoteSchema) },
    },
    handler: async (request) =>
      saveItemNote(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        agendaItemId: request.params.agendaItemId,
        markdown: request.body.markdown,
        expectedVersion: expectedVersion(request),
      }),
  });

  app.delete(`${base}/sections/:sectionId`, {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Remove a written section',
      params: sectionParams,
      response: { 200: minutesSchema, ...errors },
    },
    handler: async (request) =>
      removeWrittenSection(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        sectionId: request.params.sectionId,
      }),
  });

  app.delete(`${base}/sections/:sectionId/override`, {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Revert a generated section to the wording the data gives',
      params: sectionParams,
      response: { 200: minutesSchema, ...errors },
    },
    handler: async (request) =>
      revertSection(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        sectionId: request.params.sectionId,
      }),
  });

  for (const [path, summary, action] of [
    ['approve', 'Approve the draft (by whom, when)', approveMinutes],
    ['sign', 'Sign the approved minutes: the PDF and its SHA-256 are frozen', signMinutes],
    ['versions', 'Correct signed minutes with a new draft version pointing to them', correctMinutes],
  ] as const) {
    app.post(`${base}/${path}`, {
      config: { access: staffRoles },
      schema: { tags, summary, params: slugParams, response: { 200: minutesSchema, ...errors } },
      handler: async (request) => action(context, { actor: requireUser(request), slug: request.params.slug }),
    });
  }
}
