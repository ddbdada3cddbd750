import { formatAdministrativeName, normalizeName } from '../../../../common/names.ts';
import type { ServiceContext } from '../../context.ts';
import { AppError, invalidField } from '../../http/app-error.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { findAssemblyBySlug } from './assemblies.repository.ts';
import { writeAttendee, writePresence } from './attendance.service.ts';
import { assemblyState } from './assembly-state.ts';
import { assemblyChannel } from '../../../../common/events.ts';
import { requireStatutes } from './statutes.service.ts';
import { listVotingMembers } from './voting-members.ts';
import { notFound } from '../../http/app-error.ts';

/**
 * Check-in at the door: people found by name as the tablet types, each with the votes they may
 * carry (their own membership, or that of an organisation they speak for) and their row if any.
 */
export async function searchCheckIn(context: ServiceContext, { slug, q }: { slug: string; q: string }) {
  const { db } = context.database;
  const assembly = await findAssemblyBySlug(db, slug);
  if (!assembly) throw notFound(`Assemblée « ${slug} »`);
  const tokens = normalizeName(q).split(' ').filter(Boolean);
  if (tokens.length === 0) return { candidates: [] };
  let query = db
    .selectFrom('persons')
    .select(['id', 'first_name', 'last_name'])
    .where('merged_into_id', 'is', null);
  for (const token of tokens) query = query.where('search_text', 'like', `%${token}%`);
  const persons = await query.orderBy('last_name').orderBy('first_name').limit(15).execute();
  if (persons.length === 0) return { candidates: [] };
  const ids = persons.map((person) => person.id);
  const affiliations = await db
    .selectFrom('affiliations')
    .select(['person_id', 'organisation_id'])
    .where('person_id', 'in', ids)
    .execute();
  const statutes = await requireStatutes(db, assembly.held_on);
  const votes = await listVotingMembers(db, {
    year: assembly.membership_year,
    day: assembly.held_on,
    statutes,
    only: {
      personIds: ids,
      organisationIds: [...new Set(affiliations.map((entry) => entry.organisation_id))],
    },
  });
  const rows = await db
    .selectFrom('attendances')
    .select(['id', 'person_id', 'status', 'left_at', 'membership_id'])
    .where('assembly_id', '=', assembly.id)
    .where((eb) =>
      eb.or([
        eb('person_id', 'in', ids),
        ...(votes.length
          ? [
              eb(
                'membership_id',
                'in',
                votes.map((vote) => vote.membershipId),
              ),
            ]
          : []),
      ]),
    )
    .execute();
  const presenceOf = (membershipId: string) => {
    const row = rows.find((entry) => entry.membership_id === membershipId && !entry.left_at);
    return row?.status === 'present' || row?.status === 'remote' ? row.status : 'absent';
  };
  return {
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
          ? { id: row.id, status: row.status, hasLeft: row.left_at !== null, membershipId: row.membership_id }
          : null,
      };
    }),
  };
}

/** One tap at the door: the person is on the sheet and present, carrying the vote chosen. */
export async function checkIn(
  context: ServiceContext,
  {
    actor,
    slug,
    personId,
    membershipId,
  }: { actor: SessionUser | null; slug: string; personId: string; membershipId: string | null },
) {
  const { db } = context.database;
  const assembly = await findAssemblyBySlug(db, slug);
  if (!assembly) throw notFound(`Assemblée « ${slug} »`);
  const row = await db
    .selectFrom('attendances')
    .select(['id', 'status', 'left_at'])
    .where('assembly_id', '=', assembly.id)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (row) {
    if ((row.status === 'present' || row.status === 'remote') && !row.left_at) {
      throw new AppError('conflict', 'Cette personne est déjà pointée présente.');
    }
    await writePresence(context, { actor, slug, attendanceId: row.id, action: 'check_in' });
    return announce(context, slug);
  }
  if (membershipId) {
    const statutes = await requireStatutes(db, assembly.held_on);
    const organisations = await db
      .selectFrom('affiliations')
      .select('organisation_id')
      .where('person_id', '=', personId)
      .execute();
    const votes = await listVotingMembers(db, {
      year: assembly.membership_year,
      day: assembly.held_on,
      statutes,
      only: { personIds: [personId], organisationIds: organisations.map((row) => row.organisation_id) },
    });
    if (!votes.some((member) => member.membershipId === membershipId)) {
      throw invalidField(
        'body.membershipId',
        'not_voting',
        'Ce membre n’a pas droit de vote à cette assemblée.',
      );
    }
  }
  await writeAttendee(context, {
    actor,
    slug,
    attendee: {
      personId,
      membershipId,
      role: membershipId ? 'voting_member' : 'guest',
      status: 'present',
      label: null,
    },
  });
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
