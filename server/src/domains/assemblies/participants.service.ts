import type { ConvocationView, ParticipantView } from '../../../../common/assemblies.schemas.ts';
import { dayIn, zonedTimeToUtc } from '../../../../common/time-zones.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { AppError, invalidField } from '../../http/app-error.ts';
import { hashToken, newId, newSecretToken, nowIso } from '../../ids.ts';
import { getAssociation } from '../association/association.service.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import { presentAssembly } from './assemblies.service.ts';
import { assemblyState, publishAssemblyState } from './assembly-state.ts';
import { computeSheet, giveProxy } from './attendance.service.ts';
import { findAssemblyById, nextAttendancePosition, type AssemblyRow } from './assemblies.repository.ts';
import { findAttendanceOfPerson, insertAttendance, updateAttendance } from './attendance.repository.ts';
import {
  findConvocationByTokenHash,
  findLiveParticipantSession,
  insertParticipantSession,
  updateConvocation,
} from './convocations.repository.ts';

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
  const convocation = await findConvocationByTokenHash(db, hashToken(token));
  if (!convocation || convocation.expires_at <= nowIso()) throw new AppError('convocation_link_invalid');
  return { convocation, assembly: await requireAssemblyById(db, convocation.assembly_id) };
}

async function requireAssemblyById(db: DbOrTransaction, id: string): Promise<AssemblyRow> {
  const assembly = await findAssemblyById(db, id);
  if (!assembly) throw new Error(`assembly ${id} of a convocation or session vanished`);
  return assembly;
}

export async function describeConvocation(context: ServiceContext, token: string): Promise<ConvocationView> {
  const { convocation, assembly } = await liveConvocation(context, token);
  const sheet = await computeSheet(context.database.db, assembly);
  const association = await getAssociation(context);
  const me = sheet.votingMembers.find((member) => member.membershipId === convocation.membership_id);
  const proxy = sheet.proxies.find((entry) => entry.giverMembershipId === convocation.membership_id);
  return {
    assembly: await presentAssembly(context, assembly),
    memberName: me?.memberName ?? '',
    answer: convocation.answer as ConvocationView['answer'],
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
  if (assembly.actual_end_at) throw new AppError('session_closed');
  if (answer === 'proxy') {
    if (!holderMembershipId) throw invalidField('body.holderMembershipId', 'proxy_holder_required');
    await giveProxy(context, {
      actor: null,
      slug: assembly.slug,
      proxy: { giverMembershipId: convocation.membership_id, holderMembershipId, source: 'convocation' },
    });
  }
  await db.transaction().execute(async (transaction) => {
    if (answer === 'excused' && convocation.person_id) {
      const row = await findAttendanceOfPerson(transaction, assembly.id, convocation.person_id);
      if (row) await updateAttendance(transaction, row.id, { status: 'excused', updated_at: nowIso() });
      else
        await insertAttendance(transaction, {
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
        });
    }
    await updateConvocation(transaction, convocation.id, { answer, answered_at: nowIso() });
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
    throw new AppError('participant_sign_in_not_today', { day: assembly.held_on });
  }
  const sessionToken = newSecretToken();
  await insertParticipantSession(context.database.db, {
    id: hashToken(sessionToken),
    assembly_id: assembly.id,
    convocation_id: convocation.id,
    csrf_token: newSecretToken(),
    created_at: nowIso(),
    expires_at: zonedTimeToUtc(assembly.held_on, '23:59', association.timeZone),
  });
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
  const row = await findLiveParticipantSession(context.database.db, id, nowIso());
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
export async function participantView(
  context: ServiceContext,
  participant: Participant,
): Promise<ParticipantView> {
  const assembly = await requireAssemblyById(context.database.db, participant.assemblyId);
  const sheet = await computeSheet(context.database.db, assembly);
  const me = sheet.votingMembers.find((member) => member.membershipId === participant.membershipId);
  return {
    assembly: await presentAssembly(context, assembly),
    memberName: me?.memberName ?? '',
    state: await assemblyState(context, assembly.slug),
    csrfToken: participant.csrfToken,
  };
}

/** The slug of the participant's assembly, whose events their phone follows. */
export async function participantAssemblySlug(
  context: ServiceContext,
  participant: Participant,
): Promise<string> {
  return (await requireAssemblyById(context.database.db, participant.assemblyId)).slug;
}
