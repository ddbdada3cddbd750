import { z } from 'zod';
import {
  acceptInvitationSchema,
  changePasswordSchema,
  firstRunSchema,
  invitationSchema,
  inviteUserSchema,
  requestPasswordResetSchema,
  resetPasswordSchema,
  sessionSchema,
  signedInSessionSchema,
  signInSchema,
  tokenSchema,
  updateUserSchema,
  userEnvelopeSchema,
  userListSchema,
} from '../../../../common/auth.schemas.ts';
import { signedInRoles } from '../../../../common/roles.ts';
import {
  recoveryCodesSchema,
  renewRecoveryCodesSchema,
  twoFactorChallengeSchema,
  twoFactorConfirmSchema,
  twoFactorDisableSchema,
  twoFactorSetupSchema,
  twoFactorSignInSchema,
  twoFactorStatusSchema,
} from '../../../../common/two-factor.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import { clearSessionCookie, requireUser, setSessionCookie } from '../../http/auth.ts';
import { limitedBy } from '../../http/rate-limits.ts';
import { type App, noContent, problemResponses, problemSchema } from '../../http/routes.ts';
import { presentUser } from './accounts.ts';
import {
  acceptInvitation,
  changePassword,
  currentSession,
  describeInvitation,
  firstRunState,
  inviteUser,
  listUserAccounts,
  requestPasswordReset,
  resetPassword,
  signIn,
  signOut,
  signedInView,
  updateUserAccount,
} from './accounts.service.ts';
import {
  completeTwoFactorSignIn,
  confirmTwoFactorEnrolment,
  disableTwoFactor,
  renewRecoveryCodes,
  startTwoFactorEnrolment,
  twoFactorStatus,
} from './two-factor.service.ts';

const tags = ['accounts'];

/**
 * Guessing passwords is slowed per address and account: ten tries a minute for one e-mail from one
 * IP. Counted once the body is parsed, so that the e-mail is known.
 */
const errors = problemResponses(400, 401, 403);

export function accountsRoutes(app: App, context: ServiceContext): void {
  app.get('/api/session', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'The signed-in account, if any, and its CSRF token',
      response: { 200: sessionSchema },
    },
    handler: async (request) => currentSession(context, request.user, request.csrfToken),
  });

  app.get('/api/first-run', {
    config: { access: 'public' },
    schema: {
      tags,
      summary:
        'Whether any account exists yet (none: the first administrator is created with `quorum admin create`)',
      response: { 200: firstRunSchema },
    },
    handler: async () => firstRunState(context),
  });

  app.post('/api/session', {
    config: { access: 'public' },
    preHandler: limitedBy(
      app,
      { name: 'sign-in', by: 'address', max: 30, timeWindow: '1 minute' },
      { name: 'sign-in', by: 'account', max: 10, timeWindow: '15 minutes' },
    ),
    schema: {
      tags,
      summary: 'Sign in',
      description:
        'An account with two-factor sign-in gets 202 and a challenge, and no session: the second step ' +
        '(POST /api/session/two-factor) takes it with a code.',
      body: signInSchema,
      response: {
        200: signedInSessionSchema,
        202: twoFactorChallengeSchema,
        ...errors,
        429: problemSchema,
      },
    },
    handler: async (request, reply) => {
      const opened = await signIn(context, request.body);
      if ('twoFactorChallenge' in opened) return reply.status(202).send(opened);
      setSessionCookie(reply, context, opened);
      return signedInView(context, opened);
    },
  });

  app.post('/api/session/two-factor', {
    config: { access: 'public' },
    preHandler: limitedBy(
      app,
      { name: 'two-factor', by: 'address', max: 30, timeWindow: '1 minute' },
      { name: 'two-factor', by: 'account', max: 10, timeWindow: '15 minutes' },
    ),
    schema: {
      tags,
      summary: 'Sign in, second step: the challenge and a code from the app (or a recovery code)',
      body: twoFactorSignInSchema,
      response: { 200: signedInSessionSchema, ...errors, 410: problemSchema, 429: problemSchema },
    },
    handler: async (request, reply) => {
      const opened = await completeTwoFactorSignIn(context, request.body);
      setSessionCookie(reply, context, opened);
      return signedInView(context, opened);
    },
  });

  app.get('/api/account/two-factor', {
    config: { access: signedInRoles, beforeTwoFactor: true },
    schema: {
      tags,
      summary: 'Whether my account signs in with a second factor, and how many recovery codes are left',
      response: { 200: twoFactorStatusSchema, ...errors },
    },
    handler: async (request) => twoFactorStatus(context, requireUser(request).id),
  });

  app.post('/api/account/two-factor/setup', {
    config: { access: signedInRoles, beforeTwoFactor: true },
    schema: {
      tags,
      summary: 'Start enrolling: a new secret, its otpauth:// URI and QR code (shown until confirmed)',
      response: { 200: twoFactorSetupSchema, ...errors, 409: problemSchema },
    },
    handler: async (request) => startTwoFactorEnrolment(context, { actor: requireUser(request) }),
  });

  app.post('/api/account/two-factor/confirm', {
    config: { access: signedInRoles, beforeTwoFactor: true },
    preHandler: limitedBy(app, {
      name: 'two-factor-confirm',
      by: 'address',
      max: 10,
      timeWindow: '1 minute',
    }),
    schema: {
      tags,
      summary: 'Confirm enrolment with a first code; answers the eight recovery codes, shown this once',
      body: twoFactorConfirmSchema,
      response: { 200: recoveryCodesSchema, ...errors, 409: problemSchema, 429: problemSchema },
    },
    handler: async (request) =>
      confirmTwoFactorEnrolment(context, {
        actor: requireUser(request),
        sessionId: request.sessionId ?? '',
        code: request.body.code,
      }),
  });

  app.post('/api/account/two-factor/recovery-codes', {
    config: { access: signedInRoles, beforeTwoFactor: true },
    preHandler: limitedBy(app, {
      name: 'two-factor-recovery-codes',
      by: 'address',
      max: 10,
      timeWindow: '1 minute',
    }),
    schema: {
      tags,
      summary:
        'Renew my recovery codes, with a current code from the app or my password: answers eight new ' +
        'codes, shown this once; the old ones stop working',
      body: renewRecoveryCodesSchema,
      response: { 200: recoveryCodesSchema, ...errors, 409: problemSchema, 429: problemSchema },
    },
    handler: async (request) => renewRecoveryCodes(context, { actor: requireUser(request), ...request.body }),
  });

  app.post('/api/account/two-factor/disable', {
    config: { access: signedInRoles, beforeTwoFactor: true },
    preHandler: limitedBy(app, {
      name: 'two-factor-disable',
      by: 'address',
      max: 10,
      timeWindow: '1 minute',
    }),
    schema: {
      tags,
      summary: 'Turn two-factor sign-in off, with my password and a current code',
      body: twoFactorDisableSchema,
      response: { 204: noContent, ...errors, 409: problemSchema, 429: problemSchema },
    },
    handler: async (request, reply) => {
      await disableTwoFactor(context, { actor: requireUser(request), ...request.body });
      return reply.status(204).send(null);
    },
  });

  app.delete('/api/session', {
    config: { access: signedInRoles, beforeTwoFactor: true },
    schema: { tags, summary: 'Sign out', response: { 204: noContent, ...errors } },
    handler: async (request, reply) => {
      await signOut(context, request.sessionId ?? '');
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  });

  app.post('/api/account/password', {
    config: { access: signedInRoles },
    preHandler: limitedBy(app, { name: 'password-change', by: 'address', max: 10, timeWindow: '1 minute' }),
    schema: {
      tags,
      summary: 'Change my password',
      body: changePasswordSchema,
      response: { 204: noContent, ...errors },
    },
    handler: async (request, reply) => {
      const user = requireUser(request);
      await changePassword(context, { userId: user.id, sessionId: request.sessionId ?? '', ...request.body });
      return reply.status(204).send(null);
    },
  });

  app.post('/api/password-resets', {
    config: { access: 'public' },
    preHandler: limitedBy(
      app,
      { name: 'password-reset', by: 'address', max: 20, timeWindow: '1 hour' },
      { name: 'password-reset', by: 'account', max: 5, timeWindow: '1 hour' },
    ),
    schema: {
      tags,
      summary: 'E-mail a single-use link to choose a new password',
      body: requestPasswordResetSchema,
      response: { 202: noContent, 400: problemSchema, 429: problemSchema },
    },
    handler: async (request, reply) => {
      await requestPasswordReset(context, request.body);
      return reply.status(202).send(null);
    },
  });

  app.post('/api/password-resets/confirm', {
    config: { access: 'public' },
    preHandler: limitedBy(
      app,
      { name: 'password-reset-confirm', by: 'address', max: 30, timeWindow: '1 minute' },
      { name: 'password-reset-confirm', by: 'token', max: 10, timeWindow: '1 minute' },
    ),
    schema: {
      tags,
      summary: 'Choose a new password with an e-mailed link',
      body: resetPasswordSchema,
      response: { 204: noContent, 400: problemSchema, 410: problemSchema },
    },
    handler: async (request, reply) => {
      await resetPassword(context, request.body);
      return reply.status(204).send(null);
    },
  });

  app.post('/api/invitations/view', {
    config: { access: 'public' },
    preHandler: limitedBy(
      app,
      { name: 'invitation-view', by: 'address', max: 30, timeWindow: '1 minute' },
      { name: 'invitation-view', by: 'token', max: 10, timeWindow: '1 minute' },
    ),
    schema: {
      tags,
      summary: 'Who an invitation link is for (the link’s token in the body)',
      body: z.object({ token: tokenSchema }),
      response: {
        200: invitationSchema,
        400: problemSchema,
        410: problemSchema,
      },
    },
    handler: async (request) => describeInvitation(context, request.body.token),
  });

  app.post('/api/invitations/accept', {
    config: { access: 'public' },
    preHandler: limitedBy(
      app,
      { name: 'invitation-accept', by: 'address', max: 30, timeWindow: '1 minute' },
      { name: 'invitation-accept', by: 'token', max: 10, timeWindow: '1 minute' },
    ),
    schema: {
      tags,
      summary: 'Set a password from an invitation, and sign in',
      body: acceptInvitationSchema,
      response: { 200: signedInSessionSchema, 400: problemSchema, 410: problemSchema },
    },
    handler: async (request, reply) => {
      const opened = await acceptInvitation(context, request.body);
      setSessionCookie(reply, context, opened);
      return signedInView(context, opened);
    },
  });

  app.get('/api/users', {
    config: { access: ['administrator'] },
    schema: {
      tags,
      summary: 'Every account',
      response: { 200: userListSchema, ...errors },
    },
    handler: async () => listUserAccounts(context),
  });

  app.put('/api/users/:id', {
    config: { access: ['administrator'] },
    schema: {
      tags,
      summary: 'Change an account’s role, or the register record it is for',
      params: z.object({ id: z.string().min(1).max(100) }),
      body: updateUserSchema,
      response: { 200: userEnvelopeSchema, ...errors, 404: problemSchema },
    },
    handler: async (request) => {
      const user = await updateUserAccount(context, {
        actor: requireUser(request),
        userId: request.params.id,
        ...request.body,
      });
      return { user: presentUser(user) };
    },
  });

  app.post('/api/users/invitations', {
    config: { access: ['administrator'] },
    schema: {
      tags,
      summary: 'Invite someone by e-mail to create an account',
      body: inviteUserSchema,
      response: { 201: userEnvelopeSchema, ...errors, 409: problemSchema, 503: problemSchema },
    },
    handler: async (request, reply) => {
      const user = await inviteUser(context, { actor: requireUser(request), ...request.body });
      return reply.status(201).send({ user: presentUser(user) });
    },
  });
}
