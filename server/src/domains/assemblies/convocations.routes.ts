import { z } from 'zod';
import { tokenSchema } from '../../../../common/auth.schemas.ts';
import {
  convocationAnswers,
  convocationPreviewSchema,
  convocationProgressSchema,
  convocationViewSchema,
  joinLinkSchema,
  participantSignInSchema,
  participantViewSchema,
  sendConvocationsResultSchema,
  sendRemindersResultSchema,
} from '../../../../common/assemblies.schemas.ts';
import { assemblyChannel } from '../../../../common/events.ts';
import { signedInRoles, staffRoles } from '../../../../common/roles.ts';
import type { ServiceContext } from '../../context.ts';
import { participantCookie, requireParticipant, requireUser } from '../../http/auth.ts';
import { requestLanguage } from '../../http/problem.ts';
import { limitedBy } from '../../http/rate-limits.ts';
import {
  eventStreamResponse,
  fileResponse,
  type App,
  problemResponses,
  slugParams,
} from '../../http/routes.ts';
import { streamEvents } from '../../realtime/sse.ts';
import { pollState } from '../../realtime/poll-state.ts';
import { latestState } from '../../realtime/latest-state.ts';
import { assemblyState } from './assembly-state.ts';
import { joinLink } from './join-link.ts';
import {
  convocationProgress,
  previewConvocation,
  printConvocationLetters,
  remindConvocations,
  sendConvocations,
} from './convocations.service.ts';
import {
  answerConvocation,
  describeConvocation,
  participantAssemblySlug,
  participantView,
  signInParticipant,
} from './participants.service.ts';

const tags = ['convocations'];
const errors = problemResponses(400, 401, 403, 404, 409, 410);
/** A personal link's token travels in the request body, never in a path or query that gets logged. */
const tokenBody = z.object({ token: tokenSchema });

export function convocationsRoutes(app: App, context: ServiceContext): void {
  app.post('/api/assemblies/:slug/convocations', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary:
        'E-mail the convocation to every voting member (or again to those that failed); sending goes on in the background. Refused (409) on a closed or past assembly',
      params: slugParams,
      body: z.object({ onlyFailed: z.boolean().default(false) }),
      response: { 202: sendConvocationsResultSchema, ...errors },
    },
    handler: async (request, reply) => {
      const { queued, warning } = await sendConvocations(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        onlyFailed: request.body.onlyFailed,
        language: requestLanguage(request),
      });
      return reply.status(202).send({ queued, warning });
    },
  });

  app.get('/api/assemblies/:slug/convocations/preview', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary:
        'Before sending: the exact e-mail (HTML and text, a sample member’s), its sender, how many it reaches, the members needing a printed letter, the late-notice warning, whether sending is open',
      params: slugParams,
      response: { 200: convocationPreviewSchema, ...errors },
    },
    handler: async (request) =>
      previewConvocation(context, { slug: request.params.slug, language: requestLanguage(request) }),
  });

  app.post('/api/assemblies/:slug/convocations/reminders', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary:
        'E-mail a reminder, with a new personal link, to the members convened by e-mail who have not answered; in the background',
      params: slugParams,
      body: z.object({}).strict(),
      response: { 202: sendRemindersResultSchema, ...errors },
    },
    handler: async (request, reply) => {
      const { queued } = await remindConvocations(context, {
        actor: requireUser(request),
        slug: request.params.slug,
      });
      return reply.status(202).send({ queued });
    },
  });

  app.post('/api/assemblies/:slug/convocations/letters', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary:
        'The printed convocations (PDF) of the voting members without an e-mail address, each with its personal link as a QR code; each printing gives new links',
      params: slugParams,
      body: z.object({}).strict(),
      response: { 200: fileResponse('application/pdf', 'The letters, a PDF file'), ...errors },
    },
    handler: async (request, reply) => {
      const pdf = await printConvocationLetters(context, {
        actor: requireUser(request),
        slug: request.params.slug,
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="convocations-${request.params.slug}.pdf"`)
        .send(pdf);
    },
  });

  app.get('/api/assemblies/:slug/convocations', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Each recipient’s sending status and answer, with the counts',
      params: slugParams,
      response: { 200: convocationProgressSchema, ...errors },
    },
    handler: async (request) => convocationProgress(context, request.params.slug),
  });

  app.post('/api/convocations/view', {
    config: { access: 'public' },
    // A hall's phones may share one address (the venue's Wi-Fi): the address limit is wide, the
    // link's own narrow.
    preHandler: limitedBy(
      app,
      { name: 'convocation-view', by: 'address', max: 600, timeWindow: '1 minute' },
      { name: 'convocation-view', by: 'token', max: 20, timeWindow: '1 minute' },
    ),
    schema: {
      tags,
      summary: 'What a personal convocation link is for (the link’s token in the body)',
      body: tokenBody,
      response: { 200: convocationViewSchema, ...errors },
    },
    handler: async (request) => describeConvocation(context, request.body.token),
  });

  app.post('/api/convocations/answer', {
    config: { access: 'public' },
    // A hall's phones may share one address (the venue's Wi-Fi): the address limit is wide, the
    // link's own narrow.
    preHandler: limitedBy(
      app,
      { name: 'convocation-answer', by: 'address', max: 600, timeWindow: '1 minute' },
      { name: 'convocation-answer', by: 'token', max: 20, timeWindow: '1 minute' },
    ),
    schema: {
      tags,
      summary: 'Answer a convocation: attending, excused, or a proxy to a named member',
      body: tokenBody.extend({
        answer: z.enum(convocationAnswers),
        holderMembershipId: z.string().min(1).optional(),
      }),
      response: { 200: convocationViewSchema, ...errors },
    },
    handler: async (request) => answerConvocation(context, request.body),
  });

  app.get('/api/convocations/join', {
    config: { access: signedInRoles },
    schema: {
      tags,
      summary:
        'For the projector: the page where members sign in on their phone with their own personal link, and its QR code (SVG)',
      response: { 200: joinLinkSchema, ...errors },
    },
    handler: async () => joinLink(context.config.publicUrl),
  });

  app.post('/api/convocations/sign-in', {
    config: { access: 'public' },
    // A hall's phones may share one address (the venue's Wi-Fi): the address limit is wide, the
    // link's own narrow.
    preHandler: limitedBy(
      app,
      { name: 'convocation-sign-in', by: 'address', max: 600, timeWindow: '1 minute' },
      { name: 'convocation-sign-in', by: 'token', max: 20, timeWindow: '1 minute' },
    ),
    schema: {
      tags,
      summary: 'On the day, sign in on the phone for this assembly only',
      body: tokenBody,
      response: { 200: participantSignInSchema, ...errors },
    },
    handler: async (request, reply) => {
      const { sessionToken, slug } = await signInParticipant(context, request.body.token);
      reply.setCookie(participantCookie, sessionToken, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: context.config.publicUrl.startsWith('https://'),
        maxAge: 24 * 3600,
      });
      return { slug };
    },
  });

  app.get('/api/participant', {
    config: { access: 'participant' },
    schema: {
      tags,
      summary: 'The participant’s assembly: agenda and where the session stands',
      response: { 200: participantViewSchema, ...errors },
    },
    handler: async (request) => participantView(context, requireParticipant(request)),
  });

  app.get('/api/participant/events', {
    config: { access: 'participant' },
    schema: {
      tags,
      summary: 'Server-Sent Events of the participant’s assembly',
      response: { 200: eventStreamResponse('assembly.state and poll.state events (common/events.ts)') },
    },
    handler: async (request, reply) => {
      const slug = await participantAssemblySlug(context, requireParticipant(request));
      await streamEvents(request, reply, {
        hub: context.realtime,
        channel: assemblyChannel(slug),
        initial: async () => {
          const channel = assemblyChannel(slug);
          return [
            await latestState(context.realtime, channel, 'assembly.state', () =>
              assemblyState(context, slug),
            ),
            await latestState(context.realtime, channel, 'poll.state', () => pollState(context, slug)),
          ];
        },
      });
    },
  });
}
