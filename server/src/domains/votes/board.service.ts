import type { BoardRole, ElectionInput, MandateInput } from '../../../../common/votes.schemas.ts';
import { formatDisplayName } from '../../../../common/names.ts';
import type { ServiceContext } from '../../context.ts';
import { AppError, invalidField, notFound } from '../../http/app-error.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.repository.ts';
import { requireAssembly } from '../assemblies/assemblies.service.ts';
import { presentPoll } from './polls.service.ts';
import { listMandateRows, type MandateRow } from './votes.repository.ts';

export const boardRoleLabels: Record<BoardRole, { fr: string; en: string }> = {
  president: { fr: 'Président', en: 'Chair' },
  vice_president: { fr: 'Vice-président', en: 'Vice-chair' },
  treasurer: { fr: 'Trésorier', en: 'Treasurer' },
  secretary: { fr: 'Secrétaire', en: 'Secretary' },
  board_member: { fr: 'Administrateur', en: 'Board member' },
  executive_director: { fr: 'Délégué général', en: 'Executive director' },
};

function presentMandate(row: MandateRow & { first_name: string; last_name: string }) {
  const personName = formatDisplayName({ firstName: row.first_name, lastName: row.last_name });
  return {
    id: row.id,
    personId: row.person_id,
    personName,
    /** As the minutes print it: "Caroline Porot (Représentante de la ville de Mulhouse)". */
    printedName: row.printed_name ?? personName,
    /** The line the minutes print: the name, and the organisation in brackets. */
    printedLine: `${row.printed_name ?? personName}${row.organisation_label ? ` (${row.organisation_label})` : ''}`,
    organisationLabel: row.organisation_label,
    role: row.role as BoardRole,
    roleLabel: boardRoleLabels[row.role as BoardRole],
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    electionId: row.election_id,
  };
}

/**
 * The board on a day, in the order entered, and the délégué général apart (staff, not a board
 * member): what the minutes print under "COMPOSITION DU CONSEIL D'ADMINISTRATION" and
 * "DÉLÉGUÉ GÉNÉRAL DE L'ASSOCIATION".
 */
export async function boardComposition(context: ServiceContext, atDay: string) {
  const mandates = (await listMandateRows(context.database.db, atDay)).map(presentMandate);
  return {
    atDay,
    board: mandates.filter((mandate) => mandate.role !== 'executive_director'),
    executiveDirectors: mandates.filter((mandate) => mandate.role === 'executive_director'),
  };
}

export async function listMandates(context: ServiceContext) {
  return (await listMandateRows(context.database.db, null)).map(presentMandate);
}

/** A mandate entered directly, as the reference presents its board without an election. */
export async function addMandate(
  context: ServiceContext,
  { actor, mandate }: { actor: SessionUser | null; mandate: MandateInput },
) {
  const { db } = context.database;
  const person = await db
    .selectFrom('persons')
    .select('id')
    .where('id', '=', mandate.personId)
    .executeTakeFirst();
  if (!person)
    throw invalidField('body.personId', 'unknown_person', 'Personne introuvable dans le registre.');
  if (mandate.endsOn && mandate.endsOn < mandate.startsOn) {
    throw invalidField('body.endsOn', 'before_start', 'La fin du mandat précède son début.');
  }
  const id = newId();
  await db.transaction().execute(async (transaction) => {
    const last = await transaction
      .selectFrom('mandates')
      .select((eb) => eb.fn.max('position').as('last'))
      .executeTakeFirst();
    await transaction
      .insertInto('mandates')
      .values({
        id,
        person_id: mandate.personId,
        role: mandate.role,
        printed_name: mandate.printedName ?? null,
        organisation_label: mandate.organisationLabel ?? null,
        position: Number(last?.last ?? 0) + 1,
        starts_on: mandate.startsOn,
        ends_on: mandate.endsOn ?? null,
        election_id: null,
        created_at: nowIso(),
      })
      .execute();
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'mandate.added',
      subjectType: 'mandate',
      subjectId: id,
      details: { personId: mandate.personId, role: mandate.role },
    });
  });
  return (await listMandates(context)).find((entry) => entry.id === id)!;
}

export async function endMandate(
  context: ServiceContext,
  { actor, mandateId, endsOn }: { actor: SessionUser; mandateId: string; endsOn: string },
) {
  const { db } = context.database;
  const row = await db.selectFrom('mandates').selectAll().where('id', '=', mandateId).executeTakeFirst();
  if (!row) throw notFound('Mandat');
  if (endsOn < row.starts_on)
    throw invalidField('body.endsOn', 'before_start', 'La fin du mandat précède son début.');
  await db.transaction().execute(async (transaction) => {
    await transaction.updateTable('mandates').set({ ends_on: endsOn }).where('id', '=', mandateId).execute();
    await recordAuditEvent(transaction, {
      actorUserId: actor.id,
      action: 'mandate.ended',
      subjectType: 'mandate',
      subjectId: mandateId,
      details: { endsOn },
    });
  });
  return (await listMandates(context)).find((entry) => entry.id === mandateId)!;
}

export async function createElection(
  context: ServiceContext,
  { actor, slug, election }: { actor: SessionUser; slug: string; election: ElectionInput },
) {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  const item = await db
    .selectFrom('agenda_items')
    .selectAll()
    .where('id', '=', election.agendaItemId)
    .where('assembly_id', '=', assembly.id)
    .executeTakeFirst();
  if (!item) {
    throw invalidField('body.agendaItemId', 'unknown_agenda_item', 'Ce point n’est pas à l’ordre du jour.');
  }
  const personIds = election.candidates.map((candidate) => candidate.personId);
  if (new Set(personIds).size !== personIds.length) {
    throw invalidField('body.candidates', 'duplicate_candidate', 'Un candidat figure deux fois.');
  }
  const persons = await db
    .selectFrom('persons')
    .select(['id', 'first_name', 'last_name'])
    .where('id', 'in', personIds)
    .execute();
  const byId = new Map(persons.map((person) => [person.id, person]));
  election.candidates.forEach((candidate, index) => {
    if (!byId.has(candidate.personId)) {
      throw invalidField(
        `body.candidates.${index}.personId`,
        'unknown_person',
        'Candidat introuvable dans le registre.',
      );
    }
  });
  const id = newId();
  await db.transaction().execute(async (transaction) => {
    await transaction
      .insertInto('elections')
      .values({
        id,
        assembly_id: assembly.id,
        agenda_item_id: item.id,
        title: election.title,
        seats: election.seats,
        is_secret: election.isSecret ? 1 : 0,
        mandate_starts_on: election.mandateStartsOn,
        mandate_ends_on: election.mandateEndsOn ?? null,
        created_at: nowIso(),
      })
      .execute();
    await transaction
      .insertInto('election_candidates')
      .values(
        election.candidates.map((candidate, index) => {
          const person = byId.get(candidate.personId)!;
          return {
            id: newId(),
            election_id: id,
            person_id: candidate.personId,
            label:
              candidate.label ??
              formatDisplayName({ firstName: person.first_name, lastName: person.last_name }),
            position: index + 1,
          };
        }),
      )
      .execute();
    await recordAuditEvent(transaction, {
      actorUserId: actor.id,
      action: 'election.created',
      subjectType: 'assembly',
      subjectId: assembly.id,
      details: { electionId: id, seats: election.seats },
    });
  });
  return (await listElections(context, slug)).find((entry) => entry.id === id)!;
}

export async function listElections(context: ServiceContext, slug: string) {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  const elections = await db
    .selectFrom('elections')
    .selectAll()
    .where('assembly_id', '=', assembly.id)
    .orderBy('created_at')
    .execute();
  return Promise.all(
    elections.map(async (election) => {
      const candidates = await db
        .selectFrom('election_candidates')
        .selectAll()
        .where('election_id', '=', election.id)
        .orderBy('position')
        .execute();
      const poll = await db
        .selectFrom('polls')
        .selectAll()
        .where('election_id', '=', election.id)
        .where('status', '!=', 'cancelled')
        .orderBy('opened_at', 'desc')
        .executeTakeFirst();
      return {
        id: election.id,
        agendaItemId: election.agenda_item_id,
        title: election.title,
        seats: election.seats,
        isSecret: election.is_secret === 1,
        mandateStartsOn: election.mandate_starts_on,
        mandateEndsOn: election.mandate_ends_on,
        candidates: candidates.map((candidate) => ({
          id: candidate.id,
          personId: candidate.person_id,
          label: candidate.label,
        })),
        poll: poll ? await presentPoll(db, poll) : null,
      };
    }),
  );
}

/**
 * The chair proclaims the elected (those the count elected, and whom they chose in a tie): each
 * gets a mandate as administrateur from the election's dates; roles are given afterwards.
 */
export async function proclaimElected(
  context: ServiceContext,
  {
    actor,
    slug,
    electionId,
    candidateIds,
  }: { actor: SessionUser; slug: string; electionId: string; candidateIds: string[] },
) {
  const { db } = context.database;
  const election = (await listElections(context, slug)).find((entry) => entry.id === electionId);
  if (!election) throw notFound('Élection');
  const result = election.poll?.result;
  if (!election.poll || election.poll.status !== 'closed' || result?.kind !== 'election') {
    throw new AppError('conflict', 'L’élection n’a pas encore de résultat.');
  }
  if (candidateIds.length > election.seats) {
    throw invalidField('body.candidateIds', 'too_many', `${election.seats} sièges seulement.`);
  }
  const optionToCandidate = new Map(election.poll.options.map((option) => [option.id, option.code]));
  const elected = new Set(
    result.candidates
      .filter((candidate) => candidate.isElected)
      .map((candidate) => optionToCandidate.get(candidate.optionId)),
  );
  const tied = new Set(
    result.candidates
      .filter((candidate) => candidate.isTied)
      .map((candidate) => optionToCandidate.get(candidate.optionId)),
  );
  candidateIds.forEach((candidateId, index) => {
    if (!elected.has(candidateId) && !tied.has(candidateId)) {
      throw invalidField(
        `body.candidateIds.${index}`,
        'not_elected',
        'Ce candidat n’est ni élu ni à égalité.',
      );
    }
  });
  const existing = await db
    .selectFrom('mandates')
    .select('id')
    .where('election_id', '=', electionId)
    .executeTakeFirst();
  if (existing) throw new AppError('conflict', 'Les élus de cette élection sont déjà proclamés.');
  await db.transaction().execute(async (transaction) => {
    const last = await transaction
      .selectFrom('mandates')
      .select((eb) => eb.fn.max('position').as('last'))
      .executeTakeFirst();
    let position = Number(last?.last ?? 0);
    for (const candidateId of candidateIds) {
      const candidate = election.candidates.find((entry) => entry.id === candidateId)!;
      position += 1;
      await transaction
        .insertInto('mandates')
        .values({
          id: newId(),
          person_id: candidate.personId,
          role: 'board_member',
          printed_name: candidate.label,
          organisation_label: null,
          position,
          starts_on: election.mandateStartsOn,
          ends_on: election.mandateEndsOn,
          election_id: electionId,
          created_at: nowIso(),
        })
        .execute();
    }
    await recordAuditEvent(transaction, {
      actorUserId: actor.id,
      action: 'election.proclaimed',
      subjectType: 'poll',
      subjectId: election.poll!.id,
      details: { candidateIds },
    });
  });
  return listMandates(context);
}
