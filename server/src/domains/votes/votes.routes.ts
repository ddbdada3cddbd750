import { z } from 'zod';
import { signedInRoles, staffRoles } from '../../../../common/roles.ts';
import {
  boardCompositionSchema,
  boardRoleInputSchema,
  boardRoleListSchema,
  boardRoleViewSchema,
  electionShowOfHandsSchema,
  mandateUpdateSchema,
  boardQuerySchema,
  castReceiptSchema,
  castSchema,
  electionInputSchema,
  electionListSchema,
  electionViewSchema,
  endMandateSchema,
  mandateInputSchema,
  mandateListSchema,
  mandateViewSchema,
  namedVoteListSchema,
  openPollSchema,
  participantPollSchema,
  pollAuditSchema,
  pollListSchema,
  pollViewSchema,
  proclaimSchema,
  resolutionInputSchema,
  resolutionListSchema,
  resolutionViewSchema,
  showOfHandsSchema,
} from '../../../../common/votes.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import { requireParticipant, requireUser } from '../../http/auth.ts';
import {
  expectedVersion,
  ifMatchHeaders,
  staleProblemSchema,
  tagVersion,
} from '../../http/record-version.ts';
import { requestLanguage } from '../../http/problem.ts';
import { fileResponse, problemSchema, type App } from '../../http/routes.ts';
import { providePollState } from '../../realtime/poll-state.ts';
import {
  addBoardRole,
  addMandate,
  boardComposition,
  createElection,
  editMandate,
  endMandate,
  listBoardRoles,
  listElections,
  listMandates,
  proclaimElected,
  recordElectionShowOfHands,
} from './board.service.ts';
import { castBallots } from './casts.service.ts';
import { pollResultCsv, pollResultPdf } from './poll-result.service.ts';
import {
  cancelPoll,
  closePoll,
  listNamedVotes,
  listPollEvents,
  listPolls,
  openPoll,
  participantPoll,
  pollState,
} from './polls.service.ts';
import {
  createResolution,
  listResolutions,
  recordShowOfHands,
  undoShowOfHands,
} from './resolutions.service.ts';

const tags = ['votes'];
const errors = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
};
const slugParams = z.object({ slug: z.string().min(1).max(60) });
const pollParams = slugParams.extend({ pollId: z.string().min(1) });
/** Who decides what the tally and the board say: the secretary and the administrator. */
const runnerRoles = staffRoles;

export function votesRoutes(app: App, context: ServiceContext): void {
  // The assemblies' streams start with the poll state; they read it through the realtime module.
  providePollState(pollState);

  app.get('/api/assemblies/:slug/resolutions', {
    config: { access: signedInRoles },
    schema: {
      tags,
      summary: 'The resolutions of an assembly, with their outcome worded as the minutes print it',
      params: slugParams,
      response: { 200: resolutionListSchema, ...errors },
    },
    handler: async (request) => ({ resolutions: await listResolutions(context, request.params.slug) }),
  });

  app.post('/api/assemblies/:slug/resolutions', {
    config: { access: runnerRoles },
    schema: {
      tags,
      summary: 'Add a resolution to a deliberative agenda item (majority defaults to the statutes’)',
      params: slugParams,
      body: resolutionInputSchema,
      response: { 201: resolutionViewSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply.status(201).send(
        await createResolution(context, {
          actor: requireUser(request),
          slug: request.params.slug,
          resolution: request.body,
        }),
      ),
  });

  app.post('/api/assemblies/:slug/resolutions/:resolutionId/show-of-hands', {
    config: { access: runnerRoles },
    schema: {
      tags,
      summary:
        'Record a show of hands: counts, unanimous, or only adopted / rejected; again to correct it, until the minutes are approved',
      params: slugParams.extend({ resolutionId: z.string().min(1) }),
      body: showOfHandsSchema,
      response: { 200: resolutionViewSchema, ...errors },
    },
    handler: async (request) =>
      recordShowOfHands(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        resolutionId: request.params.resolutionId,
        input: request.body,
      }),
  });

  app.delete('/api/assemblies/:slug/resolutions/:resolutionId/show-of-hands', {
    config: { access: runnerRoles },
    schema: {
      tags,
      summary:
        'Undo a show of hands recorded by mistake (the resolution is undecided again); refused with 409 once the minutes are approved',
      params: slugParams.extend({ resolutionId: z.string().min(1) }),
      response: { 200: resolutionViewSchema, ...errors },
    },
    handler: async (request) =>
      undoShowOfHands(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        resolutionId: request.params.resolutionId,
      }),
  });

  app.get('/api/assemblies/:slug/polls', {
    config: { access: signedInRoles },
    schema: {
      tags,
      summary: 'The electronic polls of an assembly, with progress and results',
      params: slugParams,
      response: { 200: pollListSchema, ...errors },
    },
    handler: async (request) => ({ polls: await listPolls(context, request.params.slug) }),
  });

  app.post('/api/assemblies/:slug/polls', {
    config: { access: runnerRoles },
    schema: {
      tags,
      summary: 'Open an electronic poll on a resolution or an election; eligibility is frozen now',
      params: slugParams,
      body: openPollSchema,
      response: { 201: pollViewSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply.status(201).send(
        await openPoll(context, {
          actor: requireUser(request),
          slug: request.params.slug,
          ...request.body,
        }),
      ),
  });

  app.post('/api/assemblies/:slug/polls/:pollId/close', {
    config: { access: runnerRoles },
    schema: {
      tags,
      summary: 'Close a poll and count it',
      params: pollParams,
      response: { 200: pollViewSchema, ...errors },
    },
    handler: async (request) =>
      closePoll(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        pollId: request.params.pollId,
      }),
  });

  app.post('/api/assemblies/:slug/polls/:pollId/cancel', {
    config: { access: runnerRoles },
    schema: {
      tags,
      summary: 'Cancel an open poll',
      params: pollParams,
      response: { 200: pollViewSchema, ...errors },
    },
    handler: async (request) =>
      cancelPoll(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        pollId: request.params.pollId,
      }),
  });

  app.get('/api/assemblies/:slug/polls/:pollId/votes', {
    config: { access: runnerRoles },
    schema: {
      tags,
      summary: 'A named poll’s votes, member by member (annex of the minutes); refused for a secret poll',
      params: pollParams,
      response: { 200: namedVoteListSchema, ...errors },
    },
    handler: async (request) => ({
      votes: await listNamedVotes(context, { ...request.params, language: requestLanguage(request) }),
    }),
  });

  app.get('/api/assemblies/:slug/polls/:pollId/audit', {
    config: { access: runnerRoles },
    schema: {
      tags,
      summary: 'The poll’s events (opened, closed, result, cancelled), who and when; append-only',
      params: pollParams,
      response: { 200: pollAuditSchema, ...errors },
    },
    handler: async (request) => ({ events: await listPollEvents(context, request.params) }),
  });

  app.get('/api/assemblies/:slug/polls/:pollId/result.csv', {
    config: { access: signedInRoles },
    schema: {
      tags,
      summary: 'A poll’s result as CSV (with the named votes of a named poll)',
      params: pollParams,
      response: { 200: fileResponse('text/csv', 'The result, a CSV file') },
    },
    handler: async (request, reply) => {
      const csv = await pollResultCsv(context, { ...request.params, language: requestLanguage(request) });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="scrutin-${request.params.pollId}.csv"`)
        .send(`\ufeff${csv}`);
    },
  });

  app.get('/api/assemblies/:slug/polls/:pollId/result.pdf', {
    config: { access: signedInRoles },
    schema: {
      tags,
      summary: 'A poll’s result as PDF',
      params: pollParams,
      response: { 200: fileResponse('application/pdf', 'The result, a PDF file') },
    },
    handler: async (request, reply) => {
      const pdf = await pollResultPdf(context, { ...request.params, language: requestLanguage(request) });
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="scrutin-${request.params.pollId}.pdf"`)
        .send(pdf);
    },
  });

  app.get('/api/assemblies/:slug/elections', {
    config: { access: signedInRoles },
    schema: {
      tags,
      summary: 'Board elections of an assembly: candidates, seats, poll and ranking',
      params: slugParams,
      response: { 200: electionListSchema, ...errors },
    },
    handler: async (request) => ({ elections: await listElections(context, request.params.slug) }),
  });

  app.post('/api/assemblies/:slug/elections', {
    config: { access: runnerRoles },
    schema: {
      tags,
      summary: 'Add a board election: candidates and seats (each voter chooses up to that many)',
      params: slugParams,
      body: electionInputSchema,
      response: { 201: electionViewSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply.status(201).send(
        await createElection(context, {
          actor: requireUser(request),
          slug: request.params.slug,
          election: request.body,
        }),
      ),
  });

  app.post('/api/assemblies/:slug/elections/:electionId/show-of-hands', {
    config: { access: runnerRoles },
    schema: {
      tags,
      summary:
        'Record an election by show of hands: the list’s counts (or unanimous, adopted, rejected), or each candidate’s',
      params: slugParams.extend({ electionId: z.string().min(1) }),
      body: electionShowOfHandsSchema,
      response: { 200: electionViewSchema, ...errors },
    },
    handler: async (request) =>
      recordElectionShowOfHands(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        electionId: request.params.electionId,
        input: request.body,
      }),
  });

  app.post('/api/assemblies/:slug/elections/:electionId/proclaim', {
    config: { access: runnerRoles },
    schema: {
      tags,
      summary: 'Proclaim the elected (the chair settles a tie): each gets a board mandate',
      params: slugParams.extend({ electionId: z.string().min(1) }),
      body: proclaimSchema,
      response: { 200: mandateListSchema, ...errors },
    },
    handler: async (request) => ({
      mandates: await proclaimElected(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        electionId: request.params.electionId,
        candidateIds: request.body.candidateIds,
      }),
    }),
  });

  app.get('/api/board', {
    config: { access: signedInRoles },
    schema: {
      tags,
      summary: 'The board and the délégué général on a day (today by default)',
      querystring: boardQuerySchema,
      response: { 200: boardCompositionSchema, ...errors },
    },
    handler: async (request) =>
      boardComposition(context, request.query.at ?? new Date().toISOString().slice(0, 10)),
  });

  app.get('/api/mandates', {
    config: { access: signedInRoles },
    schema: {
      tags,
      summary: 'Every board mandate, past and present',
      response: { 200: mandateListSchema, ...errors },
    },
    handler: async () => ({ mandates: await listMandates(context) }),
  });

  app.post('/api/mandates', {
    config: { access: runnerRoles },
    schema: {
      tags,
      summary:
        'Enter a mandate directly (président, trésorier, secrétaire, administrateur, délégué général…)',
      body: mandateInputSchema,
      response: { 201: mandateViewSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await addMandate(context, { actor: requireUser(request), mandate: request.body })),
  });

  app.put('/api/mandates/:mandateId', {
    config: { access: runnerRoles },
    schema: {
      tags,
      summary:
        'Correct a mandate: role, title form, dates, name as printed (If-Match: the version read; a stale one is refused with the mandate as it now is)',
      params: z.object({ mandateId: z.string().min(1) }),
      headers: ifMatchHeaders,
      body: mandateUpdateSchema,
      response: { 200: mandateViewSchema, ...errors, 409: staleProblemSchema(mandateViewSchema) },
    },
    handler: async (request, reply) =>
      tagVersion(
        reply,
        await editMandate(context, {
          actor: requireUser(request),
          mandateId: request.params.mandateId,
          mandate: request.body,
          expectedVersion: expectedVersion(request),
        }),
      ),
  });

  app.get('/api/board-roles', {
    config: { access: signedInRoles },
    schema: {
      tags,
      summary: 'The board roles: the built-in ones and those the association added, labels in each form',
      response: { 200: boardRoleListSchema, ...errors },
    },
    handler: async () => ({ roles: await listBoardRoles(context) }),
  });

  app.post('/api/board-roles', {
    config: { access: runnerRoles },
    schema: {
      tags,
      summary:
        'Add a board role: its code and its French and English labels (masculine, feminine, inclusive)',
      body: boardRoleInputSchema,
      response: { 201: boardRoleViewSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await addBoardRole(context, { actor: requireUser(request), role: request.body })),
  });

  app.post('/api/mandates/:mandateId/end', {
    config: { access: runnerRoles },
    schema: {
      tags,
      summary: 'End a mandate on a day',
      params: z.object({ mandateId: z.string().min(1) }),
      body: endMandateSchema,
      response: { 200: mandateViewSchema, ...errors },
    },
    handler: async (request) =>
      endMandate(context, {
        actor: requireUser(request),
        mandateId: request.params.mandateId,
        endsOn: request.body.endsOn,
      }),
  });

  app.get('/api/participant/poll', {
    config: { access: 'participant' },
    schema: {
      tags,
      summary: 'The poll on the participant’s phone, with the ballots they carry (theirs and their proxies’)',
      response: { 200: participantPollSchema, ...errors },
    },
    handler: async (request) => participantPoll(context, requireParticipant(request)),
  });

  app.post('/api/participant/polls/:pollId/ballots', {
    config: { access: 'participant' },
    schema: {
      tags,
      summary: 'Cast: one ballot per member carried; answered once on disk; the same key again is harmless',
      params: z.object({ pollId: z.string().min(1) }),
      body: castSchema,
      response: { 200: castReceiptSchema, ...errors },
    },
    handler: async (request) =>
      castBallots(context, {
        participant: requireParticipant(request),
        pollId: request.params.pollId,
        cast: request.body,
      }),
  });
}
