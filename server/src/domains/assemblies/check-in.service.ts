import type { CheckInSearch, SheetRow } from '../../../../common/assemblies.schemas.ts';
import { formatAdministrativeName, normalizeName } from '../../../../common/names.ts';
import type { ServiceContext } from '../../context.ts';
import { AppError } from '../../http/app-error.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { findAssemblyBySlug } from './assemblies.repository.ts';
import { requireVoteOfPerson, writeAttendee, writePresence } from './attendance.service.ts';
import { assemblyState } from './assembly-state.ts';
import { assemblyChannel } from '../../../../common/events.ts';
import {
  findAttendanceOfPerson,
  listAffiliationsOfPersons,
  listAttendancesOfPersonsOrMemberships,
  searchPersonsByName,
} from './attendance.repository.ts';
import { requireStatutes } from './statutes.service.ts';
import { meetingRulesFor } from './statutes.ts';
import { listVotingMembers } from './voting-members.ts';

/**
 * Check-in at the door: people found by name as the tablet types, each with the votes they may
 * carry (their own membership, or that of an organisation they speak for) and their row if any.
 */
export async function searchCheckIn(
  context: ServiceContext,
  { slug, q }: { slug: string; q: string },
): Promise<CheckInSearch> {
  const { db } = context.database;
  const assembly = await findAssemblyBySlug(db, slug);
  if (!assembly) throw new AppError('assembly_not_found', { slug });
  const tokens = normalizeName(q).split(' ').filter(Boolean);
  if (tokens.length === 0) return { candidates: [], isRemoteAllowed: false };
  const persons = await searchPersonsByName(db, tokens, 15);
  if (persons.length === 0) return { candidates: [], isRemoteAllowed: false };
  const ids = persons.map((person) => person.id);
  const affiliations = await listAffiliationsOfPersons(db, ids);
  const statutes = await requireStatutes(db, assembly.held_on);
  const votes = await listVotingMembers(db, {
    year: assembly.membership_year,
    day: assembly.held_on,
    statutes,
    kind: assembly.kind,
    only: {
      personIds: ids,
      organisationIds: [...new Set(affiliations.map((entry) => entry.organisation_id))],
    },
  });
  const rows = await listAttendancesOfPersonsOrMemberships(db, assembly.id, {
    personIds: ids,
    membershipIds: votes.map((vote) => vote.membershipId),
  });
  const presenceOf = (membershipId: string): 'present' | 'remote' | 'absent' => {
    const row = rows.find((entry) => entry.membership_id === membershipId && !entry.left_at);
    return row?.status === 'present' || row?.status === 'remote' ? row.status : 'absent';
  };
  return {
    isRemoteAllowed: meetingRulesFor(statutes, assembly.kind).isRemoteAllowed,
    candidates: persons.map((person) => {
      const organisations = new Set(
        affiliations.filter((entry) => entry.person_id === person.id).map((entry) => entry.organisation_id),
      );
      const row = rows.find((entry) => entry.person_id === person.id);
      return {
        personId: person.id,
        administrativeName: formatAdministrativeName({
          firstName: person.first_name,
          lastName: person.last_name,
        }),
        votes: votes
          .filter(
            (member) =>
              member.personId === person.id ||
              (member.organisationId !== null && organisations.has(member.organisationId)),
          )
          .map((member) => ({
            membershipId: member.membershipId,
            memberName: member.memberName,
            presence: presenceOf(member.membershipId),
          })),
        attendance: row
          ? {
              id: row.id,
              status: row.status as SheetRow['status'],
              hasLeft: row.left_at !== null,
              membershipId: row.membership_id,
            }
          : null,
      };
    }),
  };
}

/**
 * One tap at the door: the person is on the sheet and present (or attending remotely, where the statutes
 * allow it), carrying the vote chosen, at the time typed or now. A person already on the sheet (checked in
 * without a vote, then undone) is checked in again on their row, which then carries the vote chosen.
 */
export async function checkIn(
  context: ServiceContext,
  {
    actor,
    slug,
    personId,
    membershipId,
    isRemote = false,
    time,
  }: {
    actor: SessionUser | null;
    slug: string;
    personId: string;
    membershipId: string | null;
    isRemote?: boolean;
    time?: string | null;
  },
) {
  const { db } = context.database;
  const assembly = await findAssemblyBySlug(db, slug);
  if (!assembly) throw new AppError('assembly_not_found', { slug });
  const row = await findAttendanceOfPerson(db, assembly.id, personId);
  if (row) {
    if ((row.status === 'present' || row.status === 'remote') && !row.left_at) {
      throw new AppError('already_checked_in');
    }
    await writePresence(context, {
      actor,
      slug,
      attendanceId: row.id,
      action: isRemote ? 'check_in_remote' : 'check_in',
      time,
      membershipId,
    });
    return announce(context, slug);
  }
  if (membershipId) await requireVoteOfPerson(db, assembly, personId, membershipId);
  await writeAttendee(context, {
    actor,
    slug,
    attendee: {
      personId,
      membershipId,
      role: membershipId ? 'voting_member' : 'guest',
      status: isRemote ? 'remote' : 'present',
      label: null,
      time,
    },
  });
  return announce(context, slug);
}

/**
 * The door's "Annuler" right after a tap: the person's check-in is undone, as from the attendance sheet,
 * refused (409) once the frozen quorum or a vote counted it.
 */
export async function undoCheckIn(
  context: ServiceContext,
  { actor, slug, personId }: { actor: SessionUser | null; slug: string; personId: string },
) {
  const assembly = await findAssemblyBySlug(context.database.db, slug);
  if (!assembly) throw new AppError('assembly_not_found', { slug });
  const row = await findAttendanceOfPerson(context.database.db, assembly.id, personId);
  if (!row || (row.status !== 'present' && row.status !== 'remote') || row.left_at) {
    throw new AppError('not_checked_in');
  }
  await writePresence(context, { actor, slug, attendanceId: row.id, action: 'undo' });
  return announce(context, slug);
}

/** After a check-in, one computation of the state serves the tablet's answer and every screen. */
async function announce(context: ServiceContext, slug: string) {
  const state = await assemblyState(context, slug);
  await context.realtime.publish(assemblyChannel(slug), state).catch((error: unknown) => {
    context.logger.error({ err: error, slug }, 'could not publish the assembly state');
  });
  return state;
}
