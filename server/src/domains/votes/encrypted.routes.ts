import { z } from 'zod';
import {
  ballotBoxSchema,
  ceremonyAnswerSchema,
  ceremonyCreatedSchema,
  ceremonyInputSchema,
  certificateInputSchema,
  commitmentInputSchema,
  partialInputSchema,
  pollRecordSchema,
  trusteeLinkSchema,
  trusteeViewSchema,
  verificationKeyInputSchema,
} from '../../../../common/encrypted-polls.schemas.ts';
import { staffRoles } from '../../../../common/roles.ts';
import { pollViewSchema } from '../../../../common/votes.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import { requireUser } from '../../http/auth.ts';
import { limitedBy, trusteeToken, type Limit } from '../../http/rate-limits.ts';
import { problemSchema, type App } from '../../http/routes.ts';
import {
  getCeremony,
  publishStep,
  reissueTrusteeLink,
  startCeremony,
  trusteeView,
} from './ceremony.service.ts';
import { ballotBox, pollRecord } from './encrypted-polls.service.ts';
import { giveDecryption } from './polls.service.ts';

const tags = ['encrypted polls'];
const errors = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};
const slugParams = z.object({ slug: z.string().min(1).max(60) });

/** A trustee's device, limited as convocation links are: by address and by its token. */
function trusteeLimits(name: string): Limit[] {
  return [
    { name, by: 'address', max: 600, timeWindow: '1 minute' },
    { name, by: 'trustee', max: 60, timeWindow: '1 minute' },
  ];
}

/**
 * Encrypted secret polls: the staff start the key ceremony and hand out the trustees' links; each
 * trustee's device (header X-Trustee-Token, the link's fragment) publishes its steps and its partial
 * decryptions; anyone may read a poll's ballot box and, once decrypted, its public record.
 */
export function encryptedPollsRoutes(app: App, context: ServiceContext): void {
  app.get('/api/assemblies/:slug/ceremony', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'The assembly’s key ceremony: trustees, threshold, step of each, public key once ready',
      params: slugParams,
      response: { 200: ceremonyAnswerSchema, ...errors },
    },
    handler: async (request) => ({ ceremony: await getCeremony(context, request.params.slug) }),
  });

  app.post('/api/assemblies/:slug/ceremony', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary:
        'Start the key ceremony (the scrutineers, else the chair and the secretary, and the server); answers each member trustee’s link once',
      params: slugParams,
      body: ceremonyInputSchema,
      response: { 201: ceremonyCreatedSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply.status(201).send(
        await startCeremony(context, {
          actor: requireUser(request),
          slug: request.params.slug,
          input: request.body,
        }),
      ),
  });

  app.post('/api/assemblies/:slug/ceremony/trustees/:index/link', {
    config: { access: staffRoles },
    schema: {
      tags,
      summary: 'A new link for a member trustee; the old one stops working',
      params: slugParams.extend({ index: z.coerce.number().int().min(1).max(100) }),
      response: { 200: trusteeLinkSchema, ...errors },
    },
    handler: async (request) =>
      reissueTrusteeLink(context, {
        actor: requireUser(request),
        slug: request.params.slug,
        index: request.params.index,
      }),
  });

  app.get('/api/trustee', {
    config: { access: 'public' },
    preHandler: limitedBy(app, ...trusteeLimits('trustee-view')),
    schema: {
      tags,
      summary:
        'A trustee’s device (X-Trustee-Token): the ceremony, what the others published, the polls to decrypt',
      response: { 200: trusteeViewSchema, ...errors },
    },
    handler: async (request) => trusteeView(context, trusteeToken(request)),
  });

  app.post('/api/trustee/certificate', {
    config: { access: 'public' },
    preHandler: limitedBy(app, ...trusteeLimits('trustee-step')),
    schema: {
      tags,
      summary: 'Step 1: the trustee’s encryption key with its proof',
      body: certificateInputSchema,
      response: { 200: trusteeViewSchema, ...errors },
    },
    handler: async (request) =>
      publishStep(context, {
        token: trusteeToken(request),
        step: 'certificate',
        value: request.body.certificate,
      }),
  });

  app.post('/api/trustee/commitment', {
    config: { access: 'public' },
    preHandler: limitedBy(app, ...trusteeLimits('trustee-step')),
    schema: {
      tags,
      summary: 'Step 2: the trustee’s commitments and a share for every trustee, encrypted to each',
      body: commitmentInputSchema,
      response: { 200: trusteeViewSchema, ...errors },
    },
    handler: async (request) =>
      publishStep(context, {
        token: trusteeToken(request),
        step: 'commitment',
        value: request.body.commitment,
      }),
  });

  app.post('/api/trustee/verification-key', {
    config: { access: 'public' },
    preHandler: limitedBy(app, ...trusteeLimits('trustee-step')),
    schema: {
      tags,
      summary: 'Step 3: the trustee’s verification key, checked against every commitment',
      body: verificationKeyInputSchema,
      response: { 200: trusteeViewSchema, ...errors },
    },
    handler: async (request) =>
      publishStep(context, {
        token: trusteeToken(request),
        step: 'verification_key',
        value: request.body.verificationKey,
      }),
  });

  app.post('/api/trustee/decryptions/:pollId', {
    config: { access: 'public' },
    preHandler: limitedBy(app, ...trusteeLimits('trustee-decryption')),
    schema: {
      tags,
      summary:
        'A trustee’s partial decryption of a closed poll’s tally, with its proofs; the last one needed gives the result',
      params: z.object({ pollId: z.string().min(1) }),
      body: partialInputSchema,
      response: { 200: pollViewSchema, ...errors },
    },
    handler: async (request) =>
      giveDecryption(context, {
        token: trusteeToken(request),
        pollId: request.params.pollId,
        partial: request.body.partial,
      }),
  });

  app.get('/api/polls/:pollId/ballot-box', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'An encrypted poll’s ballot box: every tracker, sorted (no one’s name)',
      params: z.object({ pollId: z.string().min(1) }),
      response: { 200: ballotBoxSchema, ...errors },
    },
    handler: async (request) => ballotBox(context, request.params.pollId),
  });

  app.get('/api/polls/:pollId/record.json', {
    config: { access: 'public' },
    schema: {
      tags,
      summary:
        'An encrypted poll’s public record, once decrypted: anyone checks it with quorum votes verify or the verifier page',
      params: z.object({ pollId: z.string().min(1) }),
      response: { 200: pollRecordSchema, ...errors },
    },
    handler: async (request) => pollRecord(context, request.params.pollId),
  });
}
