import { signedInRoles, staffRoles } from '../../../../common/roles.ts';
import {
  participantSpeakerListSchema,
  participantSpeakerParamsSchema,
  speakerAddSchema,
  speakerItemParamsSchema,
  speakerListSettingsSchema,
  speakerListViewSchema,
  speakerOrderSchema,
  speakerParamsSchema,
  speakerTimeSchema,
} from '../../../../common/speakers.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import { requireParticipant, requireUser } from '../../http/auth.ts';
import { problemResponses, type App } from '../../http/routes.ts';
import {
  addSpeaker,
  askToSpeak,
  getParticipantSpeakerList,
  getSpeakerList,
  orderSpeakers,
  removeSpeaker,
  setSpeakerListSettings,
  setSpeakerTime,
  startSpeaker,
  stopSpeaker,
  withdrawFromSpeaking,
} from './speakers.service.ts';

const tags = ['speakers'];
const errors = problemResponses(400, 401, 403, 404, 409);
const base = '/api/assemblies/:slug/agenda/:itemId/speakers';

/**
 * The speaker list of each agenda item. Every write answers the list as it now is and sends it to
 * every screen following the assembly (`speakers.state` events on the assembly's stream).
 */
export function speakersRoutes(app: App, context: ServiceContext): void {
  app.get(base, {
    config: { access: signedInRoles },
    schema: {
      tags,
      summary: 'An agenda item’s speaker list: who spoke, who speaks (until when), who waits',
      params: speakerItemParamsSchema,
      response: { 200: speakerListViewSchema, ...errors },
    },
    handler: async (request) =>
      getSpeakerList(context, { slug: request.params.slug, agendaItemId: request.params.itemId }),
  });

  app.patch(base, {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Keep the list in the minutes or not; the time each speaker gets (those waiting too)',
      params: speakerItemParamsSchema,
      body: speakerListSettingsSchema,
      response: { 200: speakerListViewSchema, ...errors },
    },
    handler: async (request) =>
      setSpeakerListSettings(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        agendaItemId: request.params.itemId,
        settings: request.body,
      }),
  });

  app.post(base, {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Add someone present (a row of the attendance sheet) to the queue',
      params: speakerItemParamsSchema,
      body: speakerAddSchema,
      response: { 200: speakerListViewSchema, ...errors },
    },
    handler: async (request) =>
      addSpeaker(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        agendaItemId: request.params.itemId,
        attendanceId: request.body.attendanceId,
      }),
  });

  app.put(`${base}/order`, {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Order the queue: every waiting speaker, once each',
      params: speakerItemParamsSchema,
      body: speakerOrderSchema,
      response: { 200: speakerListViewSchema, ...errors },
    },
    handler: async (request) =>
      orderSpeakers(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        agendaItemId: request.params.itemId,
        speakerIds: request.body.speakerIds,
      }),
  });

  app.post(`${base}/:speakerId/start`, {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Give the floor (the current item, while the session is open); whoever was speaking is done',
      params: speakerParamsSchema,
      response: { 200: speakerListViewSchema, ...errors },
    },
    handler: async (request) =>
      startSpeaker(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        agendaItemId: request.params.itemId,
        speakerId: request.params.speakerId,
      }),
  });

  app.post(`${base}/:speakerId/stop`, {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'End an intervention',
      params: speakerParamsSchema,
      response: { 200: speakerListViewSchema, ...errors },
    },
    handler: async (request) =>
      stopSpeaker(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        agendaItemId: request.params.itemId,
        speakerId: request.params.speakerId,
      }),
  });

  app.put(`${base}/:speakerId/time`, {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'The time one speaker gets, before or while they speak',
      params: speakerParamsSchema,
      body: speakerTimeSchema,
      response: { 200: speakerListViewSchema, ...errors },
    },
    handler: async (request) =>
      setSpeakerTime(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        agendaItemId: request.params.itemId,
        speakerId: request.params.speakerId,
        allottedSeconds: request.body.allottedSeconds,
      }),
  });

  app.delete(`${base}/:speakerId`, {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'Take someone off the list (not while they speak)',
      params: speakerParamsSchema,
      response: { 200: speakerListViewSchema, ...errors },
    },
    handler: async (request) =>
      removeSpeaker(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        agendaItemId: request.params.itemId,
        speakerId: request.params.speakerId,
      }),
  });

  app.get('/api/participant/agenda/:itemId/speakers', {
    config: { access: 'participant' },
    schema: {
      tags,
      summary: 'The speaker list of an item of the participant’s assembly, with their own row on the sheet',
      params: participantSpeakerParamsSchema,
      response: { 200: participantSpeakerListSchema, ...errors },
    },
    handler: async (request) =>
      getParticipantSpeakerList(context, {
        participant: requireParticipant(request),
        agendaItemId: request.params.itemId,
      }),
  });

  app.post('/api/participant/agenda/:itemId/speakers', {
    config: { access: 'participant' },
    schema: {
      tags,
      summary: 'Ask for the floor on the item under discussion (present, not already waiting)',
      params: participantSpeakerParamsSchema,
      response: { 200: participantSpeakerListSchema, ...errors },
    },
    handler: async (request) =>
      askToSpeak(context, { participant: requireParticipant(request), agendaItemId: request.params.itemId }),
  });

  app.delete('/api/participant/agenda/:itemId/speakers', {
    config: { access: 'participant' },
    schema: {
      tags,
      summary: 'Withdraw one’s request to speak while still waiting',
      params: participantSpeakerParamsSchema,
      response: { 200: participantSpeakerListSchema, ...errors },
    },
    handler: async (request) =>
      withdrawFromSpeaking(context, {
        participant: requireParticipant(request),
        agendaItemId: request.params.itemId,
      }),
  });
}
