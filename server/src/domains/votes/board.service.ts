import {
  boardRoles,
  type BoardComposition,
  type BoardRoleInput,
  type BoardRoleView,
  type ElectionInput,
  type ElectedMandateInput,
  type ElectionMethod,
  type ElectionShowOfHandsInput,
  type ElectionView,
  type Majority,
  type MandateInput,
  type MandateUpdate,
  type MandateView,
  type TitleForm,
} from '../../../../common/votes.schemas.ts';
import type { Locale } from '../../../../common/format.ts';
import { formatDisplayName, titleFormOfCivility } from '../../../../common/names.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { checkVersion, refusingStale, StaleVersionError } from '../../http/record-version.ts';
import { AppError, invalidField } from '../../http/app-error.ts';
import { translate } from '../../i18n/translate.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import { requireAssembly } from '../assemblies/assemblies.service.ts';
import { requireStatutes } from '../assemblies/statutes.service.ts';
import { decideMajority, type VoteCounts } from './majority.ts';
import { votersAt } from '../assemblies/timeline.service.ts';
import { presentAndAllWeights, voteInstant } from './resolutions.service.ts';
import {
  endMandatesBefore,
  findElection,
  insertBoardRole,
  insertElectionOutgoing,
  listBoardRoleRows,
  listElectionOutgoing,
  nextBoardRolePosition,
  updateCandidateShowOfHands,
  updateElectionShowOfHands,
  updateMandate,
  type BoardRoleRow,
  findElectionPoll,
  findMandate,
  hasMandatesOfElection,
  insertElection,
  insertMandates,
  listElectionCandidates,
  listElectionRows,
  listMandateRows,
  listMandatesOfElection,
  listPersonNames,
  nextMandatePosition,
  setMandateEnd,
  type MandateRow,
} from './board.repository.ts';
import { presentPoll } from './polls.service.ts';
import { findAgendaItem } from './votes.repository.ts';

const forms = ['masculine', 'feminine', 'neutral'] as const;

/** Every role: the built-in ones (labels from the catalog), then those the association added. */
function presentRoles(rows: BoardRoleRow[]): BoardRoleView[] {
  const labelsOf = (label: (locale: Locale, form: TitleForm) => string) => ({
    fr: Object.fromEntries(forms.map((form) => [form, label('fr', form)])) as Record<TitleForm, string>,
    en: Object.fromEntries(forms.map((form) => [form, label('en', form)])) as Record<TitleForm, string>,
  });
  return [
    ...boardRoles.map((code) => ({
      code,
      isBuiltIn: true,
      labels: labelsOf((locale, form) => translate(locale, `votes:role_${code}_${form}`)),
    })),
    ...rows.map((row) => ({
      code: row.code,
      isBuiltIn: false,
      labels: labelsOf((locale, form) => row[`label_${locale}_${form}`]),
    })),
  ];
}

export async function listBoardRoles(context: ServiceContext): Promise<BoardRoleView[]> {
  return presentRoles(await listBoardRoleRows(context.database.db));
}

async function rolesByCode(db: DbOrTransaction) {
  return new Map(presentRoles(await listBoardRoleRows(db)).map((role) => [role.code, role]));
}

type PersonMandateRow = MandateRow & { first_name: string; last_name: string; civility: string | null };

function presentMandate(row: PersonMandateRow, roles: Map<string, BoardRoleView>): MandateView {
  const personName = formatDisplayName({ firstName: row.first_name, lastName: row.last_name });
  const titleForm = (row.title_form as TitleForm | null) ?? null;
  const labels = roles.get(row.role)?.labels;
  // Unless the mandate says how to print the title, the civility the register holds says it.
  const form = titleForm ?? titleFormOfCivility(row.civility) ?? 'neutral';
  return {
    id: row.id,
    personId: row.person_id,
    personName,
    printedName: row.printed_name ?? personName,
    printedLine: `${row.printed_name ?? personName}${row.organisation_label ? ` (${row.organisation_label})` : ''}`,
    organisationLabel: row.organisation_label,
    role: row.role,
    titleForm,
    roleLabel: { fr: labels?.fr[form] ?? row.role, en: labels?.en[form] ?? row.role },
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    electionId: row.election_id,
    version: row.version,
  };
}

/** A role the association adds, with its labels in French and English in each form. */
export async function addBoardRole(
  context: ServiceContext,
  { actor, role }: { actor: SessionUser; role: BoardRoleInput },
): Promise<BoardRoleView> {
  const { db } = context.database;
  if ((await rolesByCode(db)).has(role.code)) throw invalidField('body.code', 'role_code_taken');
  await db.transaction().execute(async (transaction) => {
    await insertBoardRole(transaction, {
      id: newId(),
      code: role.code,
      label_fr_masculine: role.labels.fr.masculine,
      label_fr_feminine: role.labels.fr.feminine,
      label_fr_neutral: role.labels.fr.neutral,
      label_en_masculine: role.labels.en.masculine,
      label_en_feminine: role.labels.en.feminine,
      label_en_neutral: role.labels.en.neutral,
      position: await nextBoardRolePosition(transaction),
      created_at: nowIso(),
    });
    await recordAuditEvent(transaction, {
      actorUserId: actor.id,
      action: 'board_role.added',
      subjectType: 'board_role',
      subjectId: role.code,
      details: { ...role },
    });
  });
  return (await listBoardRoles(context)).find((entry) => entry.code === role.code)!;
}

/**
 * The board on a day, in the order entered, and the délégué général apart (staff, not a board
 * member): what the minutes print under "COMPOSITION DU CONSEIL D'ADMINISTRATION" and
 * "DÉLÉGUÉ GÉNÉRAL DE L'ASSOCIATION".
 */
export async function boardComposition(context: ServiceContext, atDay: string): Promise<BoardComposition> {
  const roles = await rolesByCode(context.database.db);
  const mandates = (await listMandateRows(context.database.db, atDay)).map((row) =>
    presentMandate(row, roles),
  );
  return {
    atDay,
    board: mandates.filter((mandate) => mandate.role !== 'executive_director'),
    executiveDirectors: mandates.filter((mandate) => mandate.role === 'executive_director'),
  };
}

export async function listMandates(context: ServiceContext): Promise<MandateView[]> {
  const roles = await rolesByCode(context.database.db);
  return (await listMandateRows(context.database.db, null)).map((row) => presentMandate(row, roles));
}

/** A mandate entered directly, as the reference presents its board without an election. */
export async function addMandate(
  context: ServiceContext,
  { actor, mandate }: { actor: SessionUser | null; mandate: MandateInput },
) {
  const { db } = context.database;
  if ((await listPersonNames(db, [mandate.personId])).length === 0)
    throw invalidField('body.personId', 'mandate_person_unknown');
  if (!(await rolesByCode(db)).has(mandate.role)) throw invalidField('body.role', 'role_unknown');
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
        title_form: mandate.titleForm ?? null,
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

/** A mandate corrected on the board page (role, title form, dates, name as printed); audited with its old values. */
export async function editMandate(
  context: ServiceContext,
  {
    actor,
    mandateId,
    mandate,
    expectedVersion,
  }: {
    actor: SessionUser;
    mandateId: string;
    mandate: MandateUpdate;
    /** The version the correction was made on (If-Match); a stale one is refused with the mandate as it now is. */
    expectedVersion?: number | undefined;
  },
) {
  const { db } = context.database;
  const row = await findMandate(db, mandateId);
  if (!row) throw new AppError('mandate_not_found');
  if (!(await rolesByCode(db)).has(mandate.role)) throw invalidField('body.role', 'role_unknown');
  if (mandate.endsOn && mandate.endsOn < mandate.startsOn) {
    throw invalidField('body.endsOn', 'mandate_ends_before_start');
  }
  const values = {
    role: mandate.role,
    title_form: mandate.titleForm,
    printed_name: mandate.printedName === undefined ? row.printed_name : mandate.printedName,
    organisation_label:
      mandate.organisationLabel === undefined ? row.organisation_label : mandate.organisationLabel,
    starts_on: mandate.startsOn,
    ends_on: mandate.endsOn,
  };
  const current = async () => (await listMandates(context)).find((entry) => entry.id === mandateId)!;
  const write = () =>
    db.transaction().execute(async (transaction) => {
      checkVersion(row, expectedVersion);
      if (!(await updateMandate(transaction, mandateId, values, expectedVersion)))
        throw new StaleVersionError();
      await recordAuditEvent(transaction, {
        actorUserId: actor.id,
        action: 'mandate.edited',
        subjectType: 'mandate',
        subjectId: mandateId,
        details: {
          before: {
            role: row.role,
            titleForm: row.title_form,
            printedName: row.printed_name,
            organisationLabel: row.organisation_label,
            startsOn: row.starts_on,
            endsOn: row.ends_on,
          },
          after: values,
        },
      });
    });
  await refusingStale(write, current);
  return current();
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
  if (election.method === 'show_of_hands_list' && election.candidates.length > election.seats) {
    throw invalidField('body.candidates', 'too_many_elected', { seats: election.seats });
  }
  const byId = new Map((await listPersonNames(db, personIds)).map((person) => [person.id, person]));
  election.candidates.forEach((candidate, index) => {
    if (!byId.has(candidate.personId)) {
      throw invalidField(`body.candidates.${index}.personId`, 'candidate_person_unknown');
    }
  });
  const running = new Set((await listMandateRows(db, election.mandateStartsOn)).map((mandate) => mandate.id));
  const outgoingIds = election.outgoing.map((entry) => entry.mandateId);
  election.outgoing.forEach((entry, index) => {
    if (!running.has(entry.mandateId) || outgoingIds.indexOf(entry.mandateId) !== index) {
      throw invalidField(`body.outgoing.${index}.mandateId`, 'outgoing_mandate_unknown');
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
        is_secret: election.method === 'poll' && election.isSecret ? 1 : 0,
        method: election.method,
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
    await insertElectionOutgoing(
      transaction,
      election.outgoing.map((entry, index) => ({
        id: newId(),
        election_id: id,
        mandate_id: entry.mandateId,
        is_standing_again: entry.isStandingAgain ? 1 : 0,
        position: index + 1,
      })),
    );
    await recordAuditEvent(transaction, {
      actorUserId: actor.id,
      action: 'election.created',
      subjectType: 'assembly',
      subjectId: assembly.id,
      details: {
        electionId: id,
        seats: election.seats,
        method: election.method,
        outgoing: election.outgoing,
      },
    });
  });
  return (await listElections(context, slug)).find((entry) => entry.id === id)!;
}

function countsOf(row: {
  votes_for: number | null;
  votes_against: number | null;
  votes_abstain: number | null;
  votes_blank: number | null;
}): VoteCounts | null {
  if (row.votes_for === null || row.votes_against === null) return null;
  return {
    for: row.votes_for,
    against: row.votes_against,
    abstain: row.votes_abstain ?? 0,
    blank: row.votes_blank ?? 0,
  };
}

export async function listElections(context: ServiceContext, slug: string): Promise<ElectionView[]> {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  const elections = await listElectionRows(db, assembly.id);
  const roles = await rolesByCode(db);
  const roleLabel = (role: string, titleForm: TitleForm | null) => {
    const labels = roles.get(role)?.labels;
    const form = titleForm ?? 'neutral';
    return { fr: labels?.fr[form] ?? role, en: labels?.en[form] ?? role };
  };
  return Promise.all(
    elections.map(async (election) => {
      const candidates = await listElectionCandidates(db, election.id);
      const poll = await findElectionPoll(db, election.id);
      const outgoing = await listElectionOutgoing(db, election.id);
      const proclaimed = await listMandatesOfElection(db, election.id);
      // The mandate each takes: as proclaimed, else as given with the show of hands, else the default.
      const mandateOf = (candidate: (typeof candidates)[number]) => {
        const held = proclaimed.find((mandate) => mandate.person_id === candidate.person_id);
        const role = held?.role ?? candidate.role ?? 'board_member';
        const titleForm = ((held ? held.title_form : candidate.title_form) as TitleForm | null) ?? null;
        const hasOwnDates = candidate.has_own_dates === 1;
        return {
          role,
          titleForm,
          roleLabel: roleLabel(role, titleForm),
          startsOn:
            held?.starts_on ??
            (hasOwnDates ? candidate.mandate_starts_on : null) ??
            election.mandate_starts_on,
          endsOn: held ? held.ends_on : hasOwnDates ? candidate.mandate_ends_on : election.mandate_ends_on,
        };
      };
      return {
        id: election.id,
        agendaItemId: election.agenda_item_id,
        title: election.title,
        seats: election.seats,
        isSecret: election.is_secret === 1,
        method: election.method as ElectionMethod,
        mandateStartsOn: election.mandate_starts_on,
        mandateEndsOn: election.mandate_ends_on,
        candidates: candidates.map((candidate) => ({
          id: candidate.id,
          personId: candidate.person_id,
          label: candidate.label,
          counts: countsOf(candidate),
          isElected: candidate.is_elected === null ? null : candidate.is_elected === 1,
          mandate: mandateOf(candidate),
        })),
        eligibleCount: election.eligible_count,
        poll: poll ? await presentPoll(db, poll) : null,
        listRecordedAs: election.recorded_as as ElectionView['listRecordedAs'],
        listCounts: countsOf(election),
        votedAt: election.voted_at,
        isProclaimed: proclaimed.length > 0,
        outgoing: outgoing.map((row) => {
          const mandate = presentMandate(row, roles);
          return {
            mandateId: row.id,
            personName: mandate.printedName,
            roleLabel: mandate.roleLabel,
            isStandingAgain: row.is_standing_again === 1,
          };
        }),
      };
    }),
  );
}

/**
 * The roles and dates given with a show of hands, checked (each names a candidate of the election once, a
 * known role, an end not before its start), as the candidates' columns: a candidate given none keeps none.
 */
async function checkElectedMandates(
  db: DbOrTransaction,
  election: { mandate_starts_on: string; mandate_ends_on: string | null },
  candidates: { id: string }[],
  mandates: ElectedMandateInput[],
) {
  const roles = await rolesByCode(db);
  const given = new Map<string, ElectedMandateInput>();
  mandates.forEach((mandate, index) => {
    const field = `body.mandates.${index}`;
    if (
      !candidates.some((candidate) => candidate.id === mandate.candidateId) ||
      given.has(mandate.candidateId)
    )
      throw invalidField(`${field}.candidateId`, 'candidate_not_in_election');
    if (!roles.has(mandate.role)) throw invalidField(`${field}.role`, 'role_unknown');
    const startsOn = mandate.startsOn ?? election.mandate_starts_on;
    const endsOn = mandate.endsOn === undefined ? election.mandate_ends_on : mandate.endsOn;
    if (endsOn && endsOn < startsOn) throw invalidField(`${field}.endsOn`, 'mandate_ends_before_start');
    given.set(mandate.candidateId, mandate);
  });
  return (candidateId: string) => {
    const mandate = given.get(candidateId);
    if (!mandate)
      return {
        role: null,
        title_form: null,
        mandate_starts_on: null,
        mandate_ends_on: null,
        has_own_dates: 0,
      };
    return {
      role: mandate.role,
      title_form: mandate.titleForm ?? null,
      mandate_starts_on: mandate.startsOn ?? election.mandate_starts_on,
      mandate_ends_on: mandate.endsOn === undefined ? election.mandate_ends_on : mandate.endsOn,
      has_own_dates: 1,
    };
  };
}

/**
 * An election by show of hands: the list's counts (or unanimous, adopted, rejected), the list's
 * candidates elected when it is adopted by the statutes' majority; or each candidate's counts, those
 * adopted elected in order of votes for, up to the seats (a tie at the last seat is left to the chair,
 * who proclaims among the adopted). Blanks and abstentions are not votes expressed.
 */
export async function recordElectionShowOfHands(
  context: ServiceContext,
  {
    actor,
    slug,
    electionId,
    input,
  }: { actor: SessionUser; slug: string; electionId: string; input: ElectionShowOfHandsInput },
) {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  const election = await findElection(db, assembly.id, electionId);
  if (!election) throw new AppError('election_not_found');
  if (election.method === 'poll') throw new AppError('election_by_poll');
  if (await hasMandatesOfElection(db, electionId)) throw new AppError('election_already_proclaimed');
  const isList = election.method === 'show_of_hands_list';
  if (isList === (input.record === 'candidates')) {
    throw invalidField('body.record', 'election_record_mismatch');
  }
  const majority = (await requireStatutes(db, assembly.held_on)).defaultMajority as Majority;
  const candidates = await listElectionCandidates(db, electionId);
  const mandates = await checkElectedMandates(db, election, candidates, input.mandates);
  const votedAt = await voteInstant(context, assembly.held_on, input.votedAt);
  // How many could vote at its time; a vote typed after the fact is checked against those present then.
  const voters = await votersAt(db, assembly, votedAt);
  const live = await presentAndAllWeights(context, slug);
  const presentWeight = input.votedAt && voters.weight > 0 ? voters.weight : live.presentWeight;
  const checkPresent = (counts: VoteCounts, field: string) => {
    const total = counts.for + counts.against + counts.abstain + counts.blank;
    if (total > presentWeight) {
      throw invalidField(field, 'above_present_weight', { counted: total, present: presentWeight });
    }
  };
  const isAdopted = (counts: VoteCounts) => decideMajority({ majority, base: 'expressed', counts }).isAdopted;
  const listColumns = { votes_for: null, votes_against: null, votes_abstain: null, votes_blank: null };
  const voterColumns = { voted_at: votedAt, eligible_count: voters.voters, eligible_weight: voters.weight };
  let electionColumns: Parameters<typeof updateElectionShowOfHands>[2];
  let candidateColumns: Map<string, Parameters<typeof updateCandidateShowOfHands>[2]>;
  if (input.record === 'candidates') {
    const given = new Map<string, VoteCounts>();
    input.candidates.forEach((entry, index) => {
      if (
        !candidates.some((candidate) => candidate.id === entry.candidateId) ||
        given.has(entry.candidateId)
      ) {
        throw invalidField(`body.candidates.${index}.candidateId`, 'candidate_not_in_election');
      }
      const counts = { for: entry.for, against: entry.against, abstain: entry.abstain, blank: entry.blank };
      checkPresent(counts, `body.candidates.${index}.for`);
      given.set(entry.candidateId, counts);
    });
    const missing = candidates.find((candidate) => !given.has(candidate.id));
    if (missing)
      throw invalidField('body.candidates', 'candidate_counts_missing', { candidate: missing.label });
    const adopted = candidates
      .filter((candidate) => isAdopted(given.get(candidate.id)!))
      .sort((a, b) => given.get(b.id)!.for - given.get(a.id)!.for);
    const lastSeat = adopted[election.seats - 1];
    const next = adopted[election.seats];
    const tiedVotes =
      lastSeat && next && given.get(lastSeat.id)!.for === given.get(next.id)!.for
        ? given.get(next.id)!.for
        : null;
    const elected = new Set(
      adopted
        .slice(0, election.seats)
        .filter((candidate) => tiedVotes === null || given.get(candidate.id)!.for !== tiedVotes)
        .map((candidate) => candidate.id),
    );
    electionColumns = { recorded_as: 'counts', ...listColumns, ...voterColumns };
    candidateColumns = new Map(
      candidates.map((candidate) => {
        const counts = given.get(candidate.id)!;
        return [
          candidate.id,
          {
            votes_for: counts.for,
            votes_against: counts.against,
            votes_abstain: counts.abstain,
            votes_blank: counts.blank,
            is_elected: elected.has(candidate.id) ? 1 : 0,
            ...mandates(candidate.id),
          },
        ];
      }),
    );
  } else {
    let listAdopted: boolean;
    if (input.record === 'counts') {
      const counts = { for: input.for, against: input.against, abstain: input.abstain, blank: input.blank };
      checkPresent(counts, 'body.for');
      listAdopted = isAdopted(counts);
      electionColumns = {
        recorded_as: 'counts',
        votes_for: counts.for,
        votes_against: counts.against,
        votes_abstain: counts.abstain,
        votes_blank: counts.blank,
        ...voterColumns,
      };
    } else {
      listAdopted = input.record !== 'rejected';
      electionColumns = { recorded_as: input.record, ...listColumns, ...voterColumns };
    }
    candidateColumns = new Map(
      candidates.map((candidate) => [
        candidate.id,
        { ...listColumns, is_elected: listAdopted ? 1 : 0, ...mandates(candidate.id) },
      ]),
    );
  }
  await db.transaction().execute(async (transaction) => {
    await updateElectionShowOfHands(transaction, electionId, electionColumns);
    for (const [id, columns] of candidateColumns) await updateCandidateShowOfHands(transaction, id, columns);
    await recordAuditEvent(transaction, {
      actorUserId: actor.id,
      action: 'election.recorded',
      subjectType: 'assembly',
      subjectId: assembly.id,
      details: { electionId, ...input },
    });
  });
  return (await listElections(context, slug)).find((entry) => entry.id === electionId)!;
}

/** The candidates a proclamation may name: elected by the count, or tied (poll) or adopted (show of hands). */
function proclaimable(election: ElectionView, majority: Majority) {
  if (election.method !== 'poll') {
    if (election.listRecordedAs === null) throw new AppError('election_without_result');
    const elected = new Set<string>();
    const allowed = new Set<string>();
    for (const candidate of election.candidates) {
      if (candidate.isElected) elected.add(candidate.id);
      const isAdopted =
        election.method === 'show_of_hands_list'
          ? candidate.isElected === true
          : candidate.counts !== null &&
            decideMajority({ majority, base: 'expressed', counts: candidate.counts }).isAdopted;
      if (isAdopted) allowed.add(candidate.id);
    }
    return { elected, allowed };
  }
  const result = election.poll?.result;
  if (!election.poll || election.poll.status !== 'closed' || result?.kind !== 'election') {
    throw new AppError('election_without_result');
  }
  const optionToCandidate = new Map(election.poll.options.map((option) => [option.id, option.code]));
  const ranked = result.candidates;
  const codes = (filter: (candidate: (typeof ranked)[number]) => boolean) =>
    new Set(ranked.filter(filter).map((candidate) => optionToCandidate.get(candidate.optionId)!));
  const elected = codes((candidate) => candidate.isElected);
  return { elected, allowed: new Set([...elected, ...codes((candidate) => candidate.isTied)]) };
}

const dayBefore = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * The chair proclaims the elected (those the count elected, and whom they chose in a tie): each
 * gets a mandate with the role and dates given with the show of hands (administrateur·rice for the
 * election's dates when none was given). The outgoing board's mandates end the day before.
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
  const assembly = await requireAssembly(db, slug);
  const election = (await listElections(context, slug)).find((entry) => entry.id === electionId);
  if (!election) throw new AppError('election_not_found');
  const majority = (await requireStatutes(db, assembly.held_on)).defaultMajority as Majority;
  const { allowed } = proclaimable(election, majority);
  if (candidateIds.length > election.seats) {
    throw invalidField('body.candidateIds', 'too_many_elected', { seats: election.seats });
  }
  candidateIds.forEach((candidateId, index) => {
    if (!allowed.has(candidateId)) throw invalidField(`body.candidateIds.${index}`, 'not_elected');
  });
  if (election.isProclaimed) throw new AppError('election_already_proclaimed');
  await db.transaction().execute(async (transaction) => {
    const first = await nextMandatePosition(transaction);
    await insertMandates(
      transaction,
      candidateIds.map((candidateId, index) => {
        const candidate = election.candidates.find((entry) => entry.id === candidateId)!;
        return {
          id: newId(),
          person_id: candidate.personId,
          role: candidate.mandate.role,
          title_form: candidate.mandate.titleForm,
          printed_name: candidate.label,
          organisation_label: null,
          position: first + index,
          starts_on: candidate.mandate.startsOn,
          ends_on: candidate.mandate.endsOn,
          election_id: electionId,
          created_at: nowIso(),
        };
      }),
    );
    await endMandatesBefore(
      transaction,
      election.outgoing.map((entry) => entry.mandateId),
      dayBefore(election.mandateStartsOn),
    );
    await recordAuditEvent(transaction, {
      actorUserId: actor.id,
      action: 'election.proclaimed',
      subjectType: election.poll ? 'poll' : 'election',
      subjectId: election.poll?.id ?? electionId,
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
