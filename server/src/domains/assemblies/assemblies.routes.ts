import { z } from 'zod';
import {
  assemblyInputSchema,
  assemblyListSchema,
  assemblyUpdateSchema,
  attendanceCorrectionSchema,
  presenceInputSchema,
  proxyCorrectionSchema,
  sessionTimeInputSchema,
  timelineSchema,
  assemblyStateSchema,
  assemblyViewSchema,
  attendanceSheetSchema,
  attendeeInputSchema,
  checkInInputSchema,
  checkInSearchSchema,
  pasteAttendanceResultSchema,
  pasteAttendanceSchema,
  proxyInputSchema,
  quorumStandingSchema,
  statutesInputSchema,
  statutesListSchema,
  statutesViewSchema,
} from '../../../../common/assemblies.schemas.ts';
import { signedInRoles, staffRoles } from '../../../../common/roles.ts';
import type { ServiceContext } from '../../context.ts';
import { assemblyChannel, pollProgressChannel } from '../../../../common/events.ts';
import { requireUser } from '../../http/auth.ts';
import {
  expectedVersion,
  ifMatchHeaders,
  staleProblemSchema,
  tagVersion,
} from '../../http/record-version.ts';
import { streamEvents } from '../../realtime/sse.ts';
import { pollState } from '../../realtime/poll-state.ts';
import { latestState } from '../../realtime/latest-state.ts';
import { assemblyState } from './assembly-state.ts';
import {
  eventStreamResponse,
  fileResponse,
  type App,
  noContent,
  problemResponses,
  slugParams,
} from '../../http/routes.ts';
import {
  closeSession,
  createAssembly,
  deleteAssembly,
  editAssembly,
  getAssembly,
  listAssemblies,
  openSession,
  requireAssembly,
  setCurrentAgendaItem,
} from './assemblies.service.ts';
import { renderAttendanceSheetCsv, renderAttendanceSheetPdf } from './attendance-sheet.document.ts';
import {
  addAttendee,
  attendanceSheetModel,
  correctAttendance,
  correctProxy,
  getSheet,
  giveProxy,
  quorumStanding,
  setPresence,
  withdrawProxy,
} from './attendance.service.ts';
import { sessionTimeline } from './timeline.service.ts';
import { checkIn, searchCheckIn, undoCheckIn } from './check-in.service.ts';
import { pasteAttendance } from './attendance-paste.service.ts';
import { addStatutesVersion, listStatutes } from './statutes.service.ts';

const tags = ['assemblies'];
const errors = problemResponses(400, 401, 403, 404, 409);

export function assembliesRoutes(app: App, context: ServiceContext): void {
  app.get('/api/statutes', {
    config: { access: signedInRoles },
    schema: {
      tags,
      summary: 'Every version of the statutes, newest first, with the rules of each kind of meeting',
      response: { 200: statutesListSchema, ...errors },
    },
    handler: async () => ({ versions: await listStatutes(context) }),
  });

  app.post('/api/statutes', {
    config: { access: ['administrator'] },
    schema: {
      tags,
      summary: 'Add a version of the statutes, in force from a date',
      description:
        'meetingRules gives the rules of each kind of meeting (ordinary, extraordinary, board, bureau): quorum and ' +
        'whom it counts, proxies and their limit, remote participation, correspondence votes, agenda changes, ' +
        'default majority and its base, who votes, notice. A kind left out takes the general fields.',
      body: statutesInputSchema,
      response: { 201: statutesViewSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await addStatutesVersion(context, { actor: requireUser(request), statutes: request.body })),
  });

  app.get('/api/assemblies', {
    config: { access: signedInRoles },
    schema: {
      tags,
      summary: 'General assemblies and board meetings',
      response: { 200: assemblyListSchema, ...errors },
    },
    handler: async () => ({ assemblies: await listAssemblies(context) }),
  });

  app.post('/api/assemblies', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Create an assembly with its agenda',
      body: assemblyInputSchema,
      response: { 201: assemblyViewSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await createAssembly(context, { actor: requireUser(request), assembly: request.body })),
  });

  app.get('/api/assemblies/:slug', {
    config: { access: signedInRoles },
    schema: {
      tags,
      summary: 'An assembly: date, place, times, agenda (its version also as the ETag)',
      params: slugParams,
      response: { 200: assemblyViewSchema, ...errors },
    },
    handler: async (request, reply) => tagVersion(reply, await getAssembly(context, request.params.slug)),
  });

  app.patch('/api/assemblies/:slug', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Edit an assembly until its minutes are signed',
      description:
        'Kind, title, date, place, video link, planned times, opening and closing times as recorded, chair, ' +
        'secretary, scrutineers, membership year, agenda. A field left out is kept; the agenda, when given, is ' +
        'the whole new agenda in order (items with an id are kept and moved, without one added, left out ' +
        'removed unless they carry votes). Refused with assembly_minutes_signed once the minutes are signed. ' +
        'If-Match: the version read; a stale one is refused (409 stale_version) with the assembly as it now is.',
      params: slugParams,
      headers: ifMatchHeaders,
      body: assemblyUpdateSchema,
      response: { 200: assemblyViewSchema, ...errors, 409: staleProblemSchema(assemblyViewSchema) },
    },
    handler: async (request, reply) =>
      tagVersion(
        reply,
        await editAssembly(context, {
          actor: requireUser(request),
          slug: request.params.slug,
          changes: request.body,
          expectedVersion: expectedVersion(request),
        }),
      ),
  });

  app.delete('/api/assemblies/:slug', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary:
        'Delete an assembly with nothing recorded (no attendance, proxy, vote, convocation sent, minutes)',
      params: slugParams,
      response: { 204: noContent, ...errors },
    },
    handler: async (request, reply) => {
      await deleteAssembly(context, { actor: requireUser(request), slug: request.params.slug });
      return reply.status(204).send(null);
    },
  });

  app.get('/api/assemblies/:slug/timeline', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'The voters present and represented at each moment of the session something changed',
      params: slugParams,
      response: { 200: timelineSchema, ...errors },
    },
    handler: async (request) => sessionTimeline(context, request.params.slug),
  });

  app.get('/api/assemblies/:slug/quorum', {
    config: { access: signedInRoles },
    schema: {
      tags,
      summary: 'The quorum as it stands (or as frozen at the opening), with its statement',
      params: slugParams,
      response: { 200: quorumStandingSchema, ...errors },
    },
    handler: async (request) => quorumStanding(context, request.params.slug),
  });

  app.get('/api/assemblies/:slug/events', {
    config: { access: signedInRoles },
    schema: {
      tags,
      summary: 'Server-Sent Events: the session’s state (agenda item, quorum), now and at every change',
      params: slugParams,
      response: { 200: eventStreamResponse('assembly.state and poll.state events (common/events.ts)') },
    },
    handler: async (request, reply) => {
      await requireAssembly(context.database.db, request.params.slug);
      await streamEvents(request, reply, {
        hub: context.realtime,
        channel: assemblyChannel(request.params.slug),
        alsoChannels: [pollProgressChannel(request.params.slug)],
        initial: async () => {
          const channel = assemblyChannel(request.params.slug);
          return [
            await latestState(context.realtime, channel, 'assembly.state', () =>
              assemblyState(context, request.params.slug),
            ),
            await latestState(context.realtime, channel, 'poll.state', () =>
              pollState(context, request.params.slug),
            ),
          ];
        },
      });
    },
  });

  app.get('/api/assemblies/:slug/attendance', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'The attendance sheet: voting members, staff, guests, proxies, quorum',
      params: slugParams,
      response: { 200: attendanceSheetSchema, ...errors },
    },
    handler: async (request) => getSheet(context, request.params.slug),
  });

  app.post('/api/assemblies/:slug/attendance', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Add someone to the sheet',
      params: slugParams,
      body: attendeeInputSchema,
      response: { 201: attendanceSheetSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply.status(201).send(
        await addAttendee(context, {
          actor: requireUser(request),
          slug: request.params.slug,
          attendee: request.body,
        }),
      ),
  });

  app.post('/api/assemblies/:slug/attendance/:attendanceId/presence', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary:
        'Check in (in the room or remotely), record a departure or an excuse, at the time typed or now; undo an arrival ' +
        'or an excuse (undo) or a departure (undo_leave), refused with 409 once the frozen quorum or a vote counted it',
      params: slugParams.extend({ attendanceId: z.string().min(1) }),
      body: presenceInputSchema,
      response: { 200: attendanceSheetSchema, ...errors },
    },
    handler: async (request) =>
      setPresence(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        attendanceId: request.params.attendanceId,
        action: request.body.action,
        time: request.body.time,
      }),
  });

  app.patch('/api/assemblies/:slug/attendance/:attendanceId', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Correct a row of the sheet: arrival, departure, the vote it carries and from when (audited)',
      params: slugParams.extend({ attendanceId: z.string().min(1) }),
      body: attendanceCorrectionSchema,
      response: { 200: attendanceSheetSchema, ...errors },
    },
    handler: async (request) =>
      correctAttendance(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        attendanceId: request.params.attendanceId,
        correction: request.body,
      }),
  });

  app.patch('/api/assemblies/:slug/proxies/:proxyId', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Correct the time a proxy starts (audited)',
      params: slugParams.extend({ proxyId: z.string().min(1) }),
      body: proxyCorrectionSchema,
      response: { 200: attendanceSheetSchema, ...errors },
    },
    handler: async (request) =>
      correctProxy(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        proxyId: request.params.proxyId,
        time: request.body.time,
      }),
  });

  app.post('/api/assemblies/:slug/proxies', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Record a proxy (refused past the statutes’ limit, to a non-member or in a chain)',
      params: slugParams,
      body: proxyInputSchema,
      response: { 201: attendanceSheetSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply.status(201).send(
        await giveProxy(context, {
          actor: requireUser(request),
          slug: request.params.slug,
          proxy: request.body,
        }),
      ),
  });

  app.delete('/api/assemblies/:slug/proxies/:proxyId', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Withdraw a proxy',
      params: slugParams.extend({ proxyId: z.string().min(1) }),
      response: { 200: attendanceSheetSchema, ...errors },
    },
    handler: async (request) =>
      withdrawProxy(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        proxyId: request.params.proxyId,
      }),
  });

  app.post('/api/assemblies/:slug/attendance/paste', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary:
        'Fill the sheet from pasted lines ("DUPONT Marie - Présidente de l’Association des Amis du Parc"), matching the register; a dry run reports only',
      params: slugParams,
      body: pasteAttendanceSchema,
      response: { 200: pasteAttendanceResultSchema, ...errors },
    },
    handler: async (request) =>
      pasteAttendance(context, { actor: requireUser(request), slug: request.params.slug, ...request.body }),
  });

  app.get('/api/assemblies/:slug/check-in', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Check-in at the door: people found by name as one types, with the votes they may carry',
      params: slugParams,
      querystring: z.object({ q: z.string().trim().max(100).default('') }),
      response: { 200: checkInSearchSchema, ...errors },
    },
    handler: async (request) => searchCheckIn(context, { slug: request.params.slug, q: request.query.q }),
  });

  app.post('/api/assemblies/:slug/check-in', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary:
        'One tap: the person is present, carrying the vote chosen (or none); answers the session’s new state',
      params: slugParams,
      body: checkInInputSchema,
      response: { 200: assemblyStateSchema, ...errors },
    },
    handler: async (request) =>
      checkIn(context, { actor: requireUser(request), slug: request.params.slug, ...request.body }),
  });

  app.delete('/api/assemblies/:slug/check-in/:personId', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary:
        'Undo the person’s check-in (a wrong tap at the door); refused with 409 once the frozen quorum or a vote counted it',
      params: slugParams.extend({ personId: z.string().min(1) }),
      response: { 200: assemblyStateSchema, ...errors },
    },
    handler: async (request) =>
      undoCheckIn(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        personId: request.params.personId,
      }),
  });

  app.get('/api/assemblies/:slug/attendance.pdf', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'The printable attendance sheet, with a signature column',
      params: slugParams,
      response: { 200: fileResponse('application/pdf', 'The attendance sheet, a PDF file') },
    },
    handler: async (request, reply) => {
      const pdf = await renderAttendanceSheetPdf(await attendanceSheetModel(context, request.params.slug));
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="emargement-${request.params.slug}.pdf"`)
        .send(pdf);
    },
  });

  app.get('/api/assemblies/:slug/attendance.csv', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'The attendance sheet as CSV',
      params: slugParams,
      response: { 200: fileResponse('text/csv', 'The attendance sheet, a CSV file') },
    },
    handler: async (request, reply) => {
      const csv = renderAttendanceSheetCsv(await attendanceSheetModel(context, request.params.slug));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="emargement-${request.params.slug}.csv"`)
        .send(`\ufeff${csv}`);
    },
  });

  app.post('/api/assemblies/:slug/open', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Open the session: start time recorded (typed, or now), quorum frozen as it stood then',
      params: slugParams,
      body: sessionTimeInputSchema.nullish(),
      response: { 200: assemblyViewSchema, ...errors },
    },
    handler: async (request) =>
      openSession(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        time: request.body?.time,
      }),
  });

  app.post('/api/assemblies/:slug/close', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Close the session: end time recorded (typed, or now)',
      params: slugParams,
      body: sessionTimeInputSchema.nullish(),
      response: { 200: assemblyViewSchema, ...errors },
    },
    handler: async (request) =>
      closeSession(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        time: request.body?.time,
      }),
  });

  app.put('/api/assemblies/:slug/current-item', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'The agenda item the room is on (shown on the projector)',
      params: slugParams,
      body: z.object({ agendaItemId: z.string().min(1).nullable() }),
      response: { 200: assemblyViewSchema, ...errors },
    },
    handler: async (request) =>
      setCurrentAgendaItem(context, { slug: request.params.slug, agendaItemId: request.body.agendaItemId }),
  });
}
