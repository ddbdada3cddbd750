import { dayIn, zonedTimeToUtc } from '../../../../common/time-zones.ts';
import type { ServiceContext } from '../../context.ts';
import { AppError } from '../../http/app-error.ts';
import { hashToken, newId, newSecretToken, nowIso } from '../../ids.ts';
import { getAssociation } from '../association/association.service.ts';
import { recordAuditEvent } from '../audit/audit.repository.ts';
import { presentAssembly } from './assemblies.service.ts';
import { assemblyState, publishAssemblyState } from './assembly-state.ts';
import { computeSheet, giveProxy } from './attendance.service.ts';
import { nextAttendancePosition } from './assemblies.repository.ts';

/** A participant on their phone: signed in by their convocation link, for one assembly only. */
export interface Participant {
  sessionId: string;
  csrfToken: string;
  assemblyId: string;
  convocationId: string;
  membershipId: string;
  personId: string | null;
}

async function liveConvocation(context: ServiceContext, token: string) {
  const { db } = context.database;
  const convocation = await db
    .selectFrom('convocations')
    .selectAll()
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!convocation || convocation.expires_at <= nowIso()) {
    throw new AppError(
      'token_invalid',
      'Ce lien de convocation n’est pas valable ou a expiré après l’assemblée.',
    );
  }
  const assembly = await db
    .selectFrom('assemblies')
    .selectAll()
    .where('id', '=', convocation.assembly_id)
    .executeTakeFirstOrThrow();
  return { convocation, assembly };
}

export async function describeConvocation(context: ServiceContext, token: string) {
  const { convocation, assembly } = await liveConvocation(context, token);
  const sheet = await computeSheet(context.database.db, assembly);
  const association = await getAssociation(context);
  const me = sheet.votingMembers.find((member) => member.membershipId === convocation.membership_id);
  const proxy = sheet.proxies.find((entry) => entry.giverMembershipId === convocation.membership_id);
  return {
    assembly: await presentAssembly(context, assembly),
    memberName: me?.memberName ?? '',
    answer: convocation.answer,
    proxyHolder: proxy ? { membershipId: proxy.holderMembershipId, memberName: proxy.holderName } : null,
    isToday: dayIn(association.timeZone) === assembly.held_on,
    proxyHolders: sheet.votingMembers
      .filter((member) => member.membershipId !== convocation.membership_id)
      .map((member) => ({ membershipId: member.membershipId, memberName: member.memberName })),
  };
}

/** The member says whether they attend, are excused, or give a proxy; each is recorded on the sheet. */
export async function answerConvocation(
  context: ServiceContext,
  {
    token,
    answer,
    holderMembershipId,
  }: { token: string; answer: 'attending' | 'excused' | 'proxy'; holderMembershipId?: string | undefined },
) {
  const { convocation, assembly } = await liveConvocation(context, token);
  const { db } = context.database;
  if (assembly.actual_end_at) throw new AppError('conflict', 'La séance est close.');
  if (answer === 'proxy') {
    if (!holderMembershipId) {
      throw new AppError('validation_failed', 'Choisissez le membre à qui donner pouvoir.', {
        errors: [{ path: 'body.holderMembershipId', message: 'required' }],
      });
    }
    await giveProxy(context, {
      actor: null,
      slug: assembly.slug,
      proxy: { giverMembershipId: convocation.membership_id, holderMembershipId, source: 'convocation' },
    });
  }
  await db.transaction().execute(async (transaction) => {
    if (answer === 'excused' && convocation.person_id) {
      const row = await transaction
        .selectFrom('attendances')
        .select('id')
        .where('assembly_id', '=', assembly.id)
        .where('person_id', '=', convocation.person_id)
        .executeTakeFirst();
      if (row)
        await transaction
          .updateTable('attendances')
          .set({ status: 'excused', updated_at: nowIso() })
          .where('id', '=', row.id)
          .execute();
      else
        await transaction
          .insertInto('attendances')
          .values({
            id: newId(),
            assembly_id: assembly.id,
            person_id: convocation.person_id,
            organisation_id: null,
            membership_id: convocation.membership_id,
            label: null,
            role: 'voting_member',
            status: 'excused',
            position: await nextAttendancePosition(transaction, assembly.id),
            arrived_at: null,
            left_at: null,
            updated_at: nowIso(),
          })
          .execute();
    }
    await transaction
      .updateTable('convocations')
      .set({ answer, answered_at: nowIso() })
      .where('id', '=', convocation.id)
      .execute();
    await recordAuditEvent(transaction, {
      actorUserId: null,
      action: 'convocation.answered',
      subjectType: 'assembly',
      subjectId: assembly.id,
      details: { convocationId: convocation.id, answer },
    });
  });
  await publishAssemblyState(context, assembly.slug);
  return describeConvocation(context, token);
}

/** On the day, the link signs its member in on their phone, for this assembly only. */
export async function signInParticipant(
  context: ServiceContext,
  token: string,
): Promise<{ sessionToken: string; slug: string }> {
  const { convocation, assembly } = await liveConvocation(context, token);
  const association = await getAssociation(context);
  if (dayIn(association.timeZone) !== assembly.held_on) {
    throw new AppError(
      'conflict',
      `Ce lien connecte à la séance le jour de l’assemblée (${assembly.held_on}).`,
    );
  }
  const sessionToken = newSecretToken();
  await context.database.db
    .insertInto('participant_sessions')
    .values({
      id: hashToken(sessionToken),
      assembly_id: assembly.id,
      convocation_id: convocation.id,
      csrf_token: newSecretToken(),
      created_at: nowIso(),
      expires_at: zonedTimeToUtc(assembly.held_on, '23:59', association.timeZone),
    })
    .execute();
  return { sessionToken, slug: assembly.slug };
}

// Every cast and every stream of a phone starts by finding its session: during a vote that is
// thousands a second. Found sessions are kept for a few seconds per database (sessions are never
// revoked before they expire; the expiry is still checked on each use).
const sessionCacheMs = 30_000;
const maxCachedSessions = 50_000;
const sessionCaches = new WeakMap<
  ServiceContext['database'],
  Map<string, { participant: Participant; expiresAt: string; cachedAt: number }>
>();

export async function loadParticipant(
  context: ServiceContext,
  sessionToken: string,
): Promise<Participant | undefined> {
  const id = hashToken(sessionToken);
  let cache = sessionCaches.get(context.database);
  if (!cache) {
    cache = new Map();
    sessionCaches.set(context.database, cache);
  }
  const cached = cache.get(id);
  if (cached && Date.now() - cached.cachedAt < sessionCacheMs && cached.expiresAt > nowIso()) {
    return cached.participant;
  }
  const participant = await findParticipant(context, id);
  if (participant) {
    if (cache.size >= maxCachedSessions) cache.clear();
    cache.set(id, { ...participant, cachedAt: Date.now() });
  } else {
    cache.delete(id);
  }
  return participant?.participant;
}

async function findParticipant(context: ServiceContext, id: string) {
  const row = await context.database.db
    .selectFrom('participant_sessions')
    .innerJoin('convocations', 'convocations.id', 'participant_sessions.convocation_id')
    .select([
      'participant_sessions.id',
      'participant_sessions.csrf_token',
      'participant_sessions.assembly_id',
      'participant_sessions.convocation_id',
      'participant_sessions.expires_at',
      'convocations.membership_id',
      'convocations.person_id',
    ])
    .where('participant_sessions.id', '=', id)
    .where('participant_sessions.expires_at', '>', nowIso())
    .executeTakeFirst();
  if (!row) return undefined;
  const participant: Participant = {
    sessionId: row.id,
    csrfToken: row.csrf_token,
    assemblyId: row.assembly_id,
    convocationId: row.convocation_id,
    membershipId: row.membership_id,
    personId: row.person_id,
  };
  return { participant, expiresAt: row.expires_at };
}

/** What a participant's phone shows: the agenda and where the session stands. */
export async function participantView(context: ServiceContext, participant: Participant) {
  const assembly = await context.database.db
    .selectFrom('assemblies')
    .selectAll()
    .where('id', '=', participant.assemblyId)
    .executeTakeFirstOrThrow();
  const sheet = await computeSheet(context.database.db, assembly);
  const me = sheet.votingMembers.find((member) => member.membershipId === participant.membershipId);
  return {
    assembly: await presentAssembly(context, assembly),
    memberName: me?.memberName ?? '',
    state: await assemblyState(context, assembly.slug),
    csrfToken: participant.csrfToken,
  };
}
