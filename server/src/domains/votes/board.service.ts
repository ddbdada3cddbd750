import type {
  BoardComposition,
  BoardRole,
  ElectionInput,
  ElectionView,
  MandateInput,
  MandateView,
} from '../../../../common/votes.schemas.ts';
import { formatDisplayName } from '../../../../common/names.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { AppError, invalidField } from '../../http/app-error.ts';
import { translate } from '../../i18n/translate.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import { requireAssembly } from '../assemblies/assemblies.service.ts';
import {
  findElectionPoll,
  findMandate,
  hasMandatesOfElection,
  insertElection,
  insertMandates,
  listElectionCandidates,
  listElectionRows,
  listMandateRows,
  listPersonNames,
  nextMandatePosition,
  setMandateEnd,
  type MandateRow,
} from './board.repository.ts';
import { presentPoll } from './polls.service.ts';
import { findAgendaItem } from './votes.repository.ts';

function presentMandate(row: MandateRow & { first_name: string; last_name: string }): MandateView {
  const personName = formatDisplayName({ firstName: row.first_name, lastName: row.last_name });
  return {
    id: row.id,
    personId: row.person_id,
    personName,
    printedName: row.printed_name ?? personName,
    printedLine: `${row.printed_name ?? personName}${row.organisation_label ? ` (${row.organisation_label})` : ''}`,
    organisationLabel: row.organisation_label,
    role: row.role as BoardRole,
    roleLabel: {
      fr: translate('fr', `votes:role_${row.role}`),
      en: translate('en', `votes:role_${row.role}`),
    },
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
export async function boardComposition(context: ServiceContext, atDay: string): Promise<BoardComposition> {
  const mandates = (await listMandateRows(context.database.db, atDay)).map(presentMandate);
  return {
    atDay,
    board: mandates.filter((mandate) => mandate.role !== 'executive_director'),
    executiveDirectors: mandates.filter((mandate) => mandate.role === 'executive_director'),
  };
}

export async function listMandates(context: ServiceContext): Promise<MandateView[]> {
  return (await listMandateRows(context.database.db, null)).map(presentMandate);
}

/** A mandate entered directly, as the reference presents its board without an election. */
export async function addMandate(
  context: ServiceContext,
  { actor, mandate }: { actor: SessionUser | null; mandate: MandateInput },
) {
  const { db } = context.database;
  if ((await listPersonNames(db, [mandate.personId])).length === 0)
    throw invalidField('body.personId', 'mandate_person_unknown');
  if (mandate.endsOn && mandate.endsOn < mandate.startsOn) {
    throw invalidField('body.endsOn', 'mandate_ends_before_start');
  }
  const id = newId();
  await db.transaction().execute(async (transaction) => {
    await insertMandates(transaction, [
      {
        id,
        person_id: mandate.personId,
        role: mandate.role,
        printed_name: mandate.printedName ?? null,
        organisation_label: mandate.organisationLabel ?? null,
        position: await nextMandatePosition(transaction),
        starts_on: mandate.startsOn,
        ends_on: mandate.endsOn ?? null,
        election_id: null,
        created_at: nowIso(),
      },
    ]);
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
  const row = await findMandate(db, mandateId);
  if (!row) throw new AppError('mandate_not_found');
  if (endsOn < row.starts_on) throw invalidField('body.endsOn', 'mandate_ends_before_start');
  await db.transaction().execute(async (transaction) => {
    await setMandateEnd(transaction, mandateId, endsOn);
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
  const item = await findAgendaItem(db, assembly.id, election.agendaItemId);
  if (!item) throw invalidField('body.agendaItemId', 'election_item_unknown');
  const personIds = election.candidates.map((candidate) => candidate.personId);
  if (new Set(personIds).size !== personIds.length) {
    throw invalidField('body.candidates', 'duplicate_candidate');
  }
  const byId = new Map((await listPersonNames(db, personIds)).map((person) => [person.id, person]));
  election.candidates.forEach((candidate, index) => {
    if (!byId.has(candidate.personId)) {
      throw invalidField(`body.candidates.${index}.personId`, 'candidate_person_unknown');
    }
  });
  const id = newId();
  await db.transaction().execute(async (transaction) => {
    await insertElection(
      transaction,
      {
        id,
        assembly_id: assembly.id,
        agenda_item_id: item.id,
        title: election.title,
        seats: election.seats,
        is_secret: election.isSecret ? 1 : 0,
        mandate_starts_on: election.mandateStartsOn,
        mandate_ends_on: election.mandateEndsOn ?? null,
        created_at: nowIso(),
      },
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
    );
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

export async function listElections(context: ServiceContext, slug: string): Promise<ElectionView[]> {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  const elections = await listElectionRows(db, assembly.id);
  return Promise.all(
    elections.map(async (election) => {
      const candidates = await listElectionCandidates(db, election.id);
      const poll = await findElectionPoll(db, election.id);
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
  if (!election) throw new AppError('election_not_found');
  const result = election.poll?.result;
  if (!election.poll || election.poll.status !== 'closed' || result?.kind !== 'election') {
    throw new AppError('election_without_result');
  }
  if (candidateIds.length > election.seats) {
    throw invalidField('body.candidateIds', 'too_many_elected', { seats: election.seats });
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
      throw invalidField(`body.candidateIds.${index}`, 'not_elected');
    }
  });
  if (await hasMandatesOfElection(db, electionId)) throw new AppError('election_already_proclaimed');
  await db.transaction().execute(async (transaction) => {
    const first = await nextMandatePosition(transaction);
    await insertMandates(
      transaction,
      candidateIds.map((candidateId, index) => {
        const candidate = election.candidates.find((entry) => entry.id === candidateId)!;
        return {
          id: newId(),
          person_id: candidate.personId,
          role: 'board_member',
          printed_name: candidate.label,
          organisation_label: null,
          position: first + index,
          starts_on: election.mandateStartsOn,
          ends_on: election.mandateEndsOn,
          election_id: electionId,
          created_at: nowIso(),
        };
      }),
    );
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

/** The persons on the board on a day, the executive director apart: who votes at a board meeting or a bureau. */
export async function boardMemberIdsOn(db: DbOrTransaction, atDay: string): Promise<string[]> {
  const rows = await listMandateRows(db, atDay);
  return [...new Set(rows.filter((row) => row.role !== 'executive_director').map((row) => row.person_id))];
}
