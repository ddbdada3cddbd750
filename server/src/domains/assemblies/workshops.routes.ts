import { signedInRoles, staffRoles } from '../../../../common/roles.ts';
import type { ServiceContext } from '../../context.ts';
import { requireUser } from '../../http/auth.ts';
import { requestLanguage } from '../../http/problem.ts';
import { type App, problemResponses, slugParams } from '../../http/routes.ts';
import { listQuestions, saveQuestions } from './questions.service.ts';
import {
  groupSizeSchema,
  questionsInputSchema,
  workshopMemberInputSchema,
  workshopsInputSchema,
  workshopsSplitSchema,
  workshopsViewSchema,
  questionsViewSchema,
} from '../../../../common/assemblies.schemas.ts';
import {
  listWorkshops,
  moveWorkshopMember,
  saveWorkshops,
  splitWorkshopMembers,
} from './workshops.service.ts';

const tags = ['assemblies'];
const errors = problemResponses(400, 401, 403, 404);

export function workshopsRoutes(app: App, context: ServiceContext): void {
  app.get('/api/assemblies/:slug/workshops', {
    config: { access: signedInRoles },
    schema: {
      tags,
      summary: 'The workshops: topic, length, problems and proposals, members',
      params: slugParams,
      response: { 200: workshopsViewSchema, ...errors },
    },
    handler: async (request) => listWorkshops(context, request.params.slug),
  });

  app.put('/api/assemblies/:slug/workshops', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Save the list of workshops whole: those named by id keep their members, the others go',
      params: slugParams,
      body: workshopsInputSchema,
      response: { 200: workshopsViewSchema, ...errors },
    },
    handler: async (request) =>
      saveWorkshops(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        workshops: request.body.workshops,
      }),
  });

  app.post('/api/assemblies/:slug/workshops/split', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary:
        'Split the people present (members and guests, not the team) into the workshops, colleagues apart',
      params: slugParams,
      body: groupSizeSchema,
      response: { 200: workshopsSplitSchema, ...errors },
    },
    handler: async (request) =>
      splitWorkshopMembers(context, {
        actor: requireUser(request),
        language: requestLanguage(request),
        slug: request.params.slug,
        ...request.body,
      }),
  });

  app.put('/api/assemblies/:slug/workshops/members', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Move one person into a workshop, or out of every workshop (workshopId null)',
      params: slugParams,
      body: workshopMemberInputSchema,
      response: { 200: workshopsViewSchema, ...errors },
    },
    handler: async (request) =>
      moveWorkshopMember(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        ...request.body,
      }),
  });

  app.get('/api/assemblies/:slug/questions', {
    config: { access: signedInRoles },
    schema: {
      tags,
      summary: 'The questions asked at the assembly and their answers, in order',
      params: slugParams,
      response: { 200: questionsViewSchema, ...errors },
    },
    handler: async (request) => listQuestions(context, request.params.slug),
  });

  app.put('/api/assemblies/:slug/questions', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Save the questions and answers whole',
      params: slugParams,
      body: questionsInputSchema,
      response: { 200: questionsViewSchema, ...errors },
    },
    handler: async (request) =>
      saveQuestions(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        questions: request.body.questions,
      }),
  });
}
