import { assemblyChannel, pollProgressChannel, type PollStateEvent } from '../../../../common/events.ts';
import type { Language } from '../../../../common/i18n/messages.ts';
import {
  resolutionChoices,
  type ElectionResultView,
  type Majority,
  type NamedVote,
  type ParticipantPoll,
  type PollAuditEvent,
  type PollView,
  type ResolutionResultView,
  type VoteBase,
} from '../../../../common/votes.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { durableTransaction } from '../../db/durable-transaction.ts';
import { AppError, invalidField } from '../../http/app-error.ts';
import { translate } from '../../i18n/translate.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { listAuditEvents, recordAuditEvent } from '../audit/audit.service.ts';
import { requireAssembly } from '../assemblies/assemblies.service.ts';
import { computeSheet } from '../assemblies/attendance.service.ts';
import type { Participant } from '../assemblies/participants.service.ts';
import { findElection, hasClosedElectionPoll, listElectionCandidates } from './board.repository.ts';
import { decideMajority, doesBaseCountBlanks } from './majority.ts';
import { resolutionOutcomeSentence } from './outcome-wording.ts';
import {
  acceptPartial,
  closeEncryptedPoll,
  encryptionAtOpening,
  presentEncryption,
  type DecryptedPoll,
} from './encrypted-polls.service.ts';
import type { PartialDecryption } from '../../../../common/crypto/tally.ts';
import { requireResolution } from './resolutions.service.ts';
import { updatePollEncryption } from './encrypted.repository.ts';
import { tallyElection, tallyResolution, type StoredBallot } from './tally.ts';
import {
  countVoted,
  cancelPollRow,
  endOpenPoll,
  findCurrentPoll,
  findOpenPollId,
  findPollAssemblySlug,
  findPoll,
  findResolutionById,
  insertPoll,
  listBallots,
  listNamedBallots,
  listPollOptions,
  listPollRows,
  listVotersHeldBy,
  setPollResult,
  updateResolutionOutcome,
  type PollRow,
} from './votes.repository.ts';

/**
 * A resolution's options, stored with the poll in French: for, against, abstain, and blank where the
 * resolution's base counts blanks. Screens and exports word them by code in their own language; the
 * label stays for whoever reads the poll's rows.
 */
function resolutionOptions(base: VoteBase) {
  const codes = doesBaseCountBlanks(base) ? resolutionChoices : resolutionChoices.slice(0, 3);
  return codes.map((code) => ({ code, label: translate('fr', `votes:choice_${code}`), personId: null }));
}

/** The text put to the vote, whole: "L'Assemblée Générale approuve les comptes 2016." in each language. */
async function pollText(db: DbOrTransaction, poll: PollRow): Promise<PollView['text']> {
  if (!poll.resolution_id) return null;
  const resolution = await findResolutionById(db, poll.resolution_id);
  const clause = (locale: Language) =>
    ((locale === 'en' ? resolution.text_en : null) ?? resolution.text).trim().replace(/[.\s]+$/, '');
  return {
    fr: translate('fr', 'votes:proposal', { clause: clause('fr') }),
    en: translate('en', 'votes:proposal', { clause: clause('en') }),
  };
}

export async function presentPoll(db: DbOrTransaction, poll: PollRow): Promise<PollView> {
  const options = await listPollOptions(db, poll.id);
  return {
    id: poll.id,
    title: poll.title,
    text: await pollText(db, poll),
    kind: poll.election_id ? 'election' : 'resolution',
    resolutionId: poll.resolution_id,
    electionId: poll.election_id,
    isSecret: poll.is_secret === 1,
    status: poll.status as PollView['status'],
    maxChoices: poll.max_choices,
    options: options.map((option) => ({ id: option.id, code: option.code, label: option.label })),
    votedCount: await countVoted(db, poll.id),
    eligibleCount: poll.eligible_count,
    openedAt: poll.opened_at,
    closedAt: poll.closed_at,
    result: poll.result ? (JSON.parse(poll.result) as PollView['result']) : null,
    encryption: await presentEncryption(db, poll),
  };
}

export async function pollState(context: ServiceContext, slug: string): Promise<PollStateEvent> {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  const poll = await findCurrentPoll(db, assembly.id);
  return { type: 'poll.state', slug, poll: poll ? await presentPoll(db, poll) : null };
}

export async function publishPollState(
  context: ServiceContext,
  slug: string,
  { isProgressOnly = false } = {},
): Promise<void> {
  try {
    const channel = isProgressOnly ? pollProgressChannel(slug) : assemblyChannel(slug);
    await context.realtime.publish(channel, await pollState(context, slug));
  } catch (error) {
    context.logger.error({ err: error, slug }, 'could not publish the poll state');
  }
}

async function requireAssemblyPoll(db: DbOrTransaction, assemblyId: string, pollId: string) {
  const poll = await findPoll(db, pollId);
  if (!poll || poll.assembly_id !== assemblyId) throw new AppError('poll_not_found');
  return poll;
}

/** A poll of an assembly, as every screen shows it. */
export async function getPoll(context: ServiceContext, { slug, pollId }: { slug: string; pollId: string }) {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  return { assembly, poll: await presentPoll(db, await requireAssemblyPoll(db, assembly.id, pollId)) };
}

/** A poll's events (opened, closed, result, cancelled, proclaimed): who and when. */
export async function listPollEvents(
  context: ServiceContext,
  { slug, pollId }: { slug: string; pollId: string },
): Promise<PollAuditEvent[]> {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  await requireAssemblyPoll(db, assembly.id, pollId);
  const events = await listAuditEvents(db, 'poll', pollId);
  return events.map(
    (event) =>
      ({
        action: event.action,
        occurredAt: event.occurred_at,
        actorUserId: event.actor_user_id,
        details: JSON.parse(event.details) as unknown,
      }) as PollAuditEvent,
  );
}

/**
 * Opens an electronic poll on a resolution or an election. Who may vote is frozen now, and kept
 * with the poll: the voting members present (arrivals and departures counted) and those they
 * represent, each with the weight the statutes give them and the member who casts their ballot.
 */
export async function openPoll(
  context: ServiceContext,
  {
    actor,
    slug,
    resolutionId,
    electionId,
  }: { actor: SessionUser; slug: string; resolutionId?: string | undefined; electionId?: string | undefined },
) {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  if (!assembly.actual_start_at || assembly.actual_end_at) {
    throw new AppError('poll_outside_session');
  }
  const sheet = await computeSheet(db, assembly);
  const proxyHolder = new Map(
    sheet.proxies
      .filter((proxy) => proxy.isCounted)
      .map((proxy) => [proxy.giverMembershipId, proxy.holderMembershipId]),
  );
  const voters = sheet.votingMembers.flatMap((member) => {
    if (member.presence === 'present' || member.presence === 'remote')
      return [{ ...member, holder: member.membershipId }];
    const holder = proxyHolder.get(member.membershipId);
    return member.presence === 'represented' && holder ? [{ ...member, holder }] : [];
  });
  let title: string;
  let options: { code: string; label: string; personId: string | null }[];
  let isSecret: boolean;
  let maxChoices = 1;
  if (resolutionId) {
    const resolution = await requireResolution(db, assembly.id, resolutionId);
    if (resolution.method === 'show_of_hands') {
      throw new AppError('resolution_voted_by_show_of_hands');
    }
    if (resolution.recorded_as) throw new AppError('resolution_already_decided');
    title = resolution.title;
    isSecret = resolution.method === 'secret';
    options = resolutionOptions(resolution.base as VoteBase);
  } else if (electionId) {
    const election = await findElection(db, assembly.id, electionId);
    if (!election) throw new AppError('election_not_found');
    if (election.method !== 'poll') throw new AppError('election_by_show_of_hands');
    if (await hasClosedElectionPoll(db, election.id)) throw new AppError('election_already_decided');
    title = election.title;
    isSecret = election.is_secret === 1;
    maxChoices = election.seats;
    options = await electionOptions(db, election.id);
  } else {
    throw invalidField('body.resolutionId', 'poll_target_required');
  }
  const pollId = newId();
  const now = nowIso();
  // A secret poll is encrypted when the assembly has a key ceremony (refused until it is ready).
  const encryption = isSecret
    ? await encryptionAtOpening(db, {
        assemblyId: assembly.id,
        pollId,
        isElection: Boolean(electionId),
        optionCodes: options.map((option) => option.code),
        maxChoices,
      })
    : null;
  await durableTransaction(context.database, async (transaction) => {
    if (await findOpenPollId(transaction, assembly.id)) throw new AppError('poll_already_open');
    await insertPoll(
      transaction,
      {
        id: pollId,
        assembly_id: assembly.id,
        resolution_id: resolutionId ?? null,
        election_id: electionId ?? null,
        title,
        is_secret: isSecret ? 1 : 0,
        max_choices: maxChoices,
        status: 'open',
        eligible_count: voters.length,
        eligible_weight: voters.reduce((total, voter) => total + voter.weight, 0),
        opened_at: now,
        closed_at: null,
        result: null,
        ceremony_id: encryption?.ceremonyId ?? null,
        encryption: encryption ? JSON.stringify(encryption.parameters) : null,
        fingerprint: encryption?.fingerprint ?? null,
      },
      options.map((option, index) => ({
        id: newId(),
        poll_id: pollId,
        position: index + 1,
        code: option.code,
        label: option.label,
        person_id: option.personId,
      })),
      voters.map((voter) => ({
        id: newId(),
        poll_id: pollId,
        membership_id: voter.membershipId,
        holder_membership_id: voter.holder,
        member_name: voter.memberName,
        weight: voter.weight,
        has_voted: 0,
        cast_key: null,
      })),
    );
    await recordAuditEvent(transaction, {
      actorUserId: actor.id,
      action: 'poll.opened',
      subjectType: 'poll',
      subjectId: pollId,
      details: {
        assemblyId: assembly.id,
        resolutionId,
        electionId,
        eligible: voters.length,
        isSecret,
        ...(encryption ? { fingerprint: encryption.fingerprint } : {}),
      },
    });
  });
  await publishPollState(context, slug);
  return presentPoll(db, (await findPoll(db, pollId))!);
}

async function electionOptions(db: DbOrTransaction, electionId: string) {
  const candidates = await listElectionCandidates(db, electionId);
  return candidates.map((candidate) => ({
    code: candidate.id,
    label: candidate.label,
    personId: candidate.person_id,
  }));
}

/**
 * Closes a poll. Atomic with the casts: the poll row is updated first (on PostgreSQL this waits
 * for the casts holding it and stops later ones), then the ballots are counted in the same
 * transaction, so a ballot is either in the result or refused with "poll closed".
 */
export async function closePoll(
  context: ServiceContext,
  { actor, slug, pollId }: { actor: SessionUser; slug: string; pollId: string },
) {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  await requireAssemblyPoll(db, assembly.id, pollId);
  await durableTransaction(context.database, async (transaction) => {
    const closedAt = nowIso();
    if (!(await endOpenPoll(transaction, pollId, 'closed', closedAt))) throw new AppError('poll_not_open');
    const poll = (await findPoll(transaction, pollId))!;
    if (poll.encryption) {
      // Encrypted: the tally waits for its trustees' partial decryptions (the server's is in).
      const { ballots } = await closeEncryptedPoll(transaction, poll);
      await recordAuditEvent(transaction, {
        actorUserId: actor.id,
        action: 'poll.closed',
        subjectType: 'poll',
        subjectId: pollId,
        details: { ballots },
      });
      return;
    }
    const ballots: StoredBallot[] = (await listBallots(transaction, pollId)).map((ballot) => ({
      choices: JSON.parse(ballot.choices) as string[],
      weight: ballot.weight,
    }));
    const result = await computeResult(transaction, poll, ballots);
    await recordPollResult(transaction, { poll, result, closedAt });
    await recordAuditEvent(transaction, {
      actorUserId: actor.id,
      action: 'poll.closed',
      subjectType: 'poll',
      subjectId: pollId,
      details: { ballots: ballots.length },
    });
    await recordAuditEvent(transaction, {
      actorUserId: actor.id,
      action: 'poll.result',
      subjectType: 'poll',
      subjectId: pollId,
      details: { result },
    });
  });
  await publishPollState(context, slug);
  return presentPoll(db, (await findPoll(db, pollId))!);
}

/** Stores a poll's result, and a resolution's outcome with it. */
async function recordPollResult(
  transaction: DbOrTransaction,
  {
    poll,
    result,
    closedAt,
  }: { poll: PollRow; result: ResolutionResultView | ElectionResultView; closedAt: string },
): Promise<void> {
  {
    await setPollResult(transaction, poll.id, JSON.stringify(result));
    if (poll.resolution_id && result.kind === 'resolution') {
      await updateResolutionOutcome(transaction, poll.resolution_id, {
        recorded_as: 'counts',
        votes_for: result.counts.for,
        votes_against: result.counts.against,
        votes_abstain: result.counts.abstain,
        votes_blank: result.counts.blank,
        is_adopted: result.isAdopted ? 1 : 0,
        decided_at: closedAt,
        // Who could vote: the voters frozen at the poll's opening.
        eligible_count: poll.eligible_count,
        eligible_weight: poll.eligible_weight,
        updated_at: closedAt,
      });
    }
  }
}

/**
 * A trustee's partial decryption of an encrypted poll (checked); the one that completes the
 * threshold gives the result, stored and published as a plain poll's, with the public record.
 */
export async function giveDecryption(
  context: ServiceContext,
  { token, pollId, partial }: { token: string | undefined; pollId: string; partial: PartialDecryption },
): Promise<PollView> {
  const poll = await acceptPartial(context, {
    token,
    pollId,
    partial,
    finish: async (transaction, decryptingPoll, decrypted) => {
      const result = await computeResult(
        transaction,
        decryptingPoll,
        decryptedBallots(decryptingPoll, decrypted),
      );
      await recordPollResult(transaction, {
        poll: decryptingPoll,
        result,
        closedAt: decryptingPoll.closed_at!,
      });
      await updatePollEncryption(transaction, decryptingPoll.id, {
        status: 'closed',
        record: JSON.stringify(decrypted.record),
        record_fingerprint: decrypted.recordFingerprint,
      });
      await recordAuditEvent(transaction, {
        actorUserId: null,
        action: 'poll.result',
        subjectType: 'poll',
        subjectId: decryptingPoll.id,
        details: { result, recordFingerprint: decrypted.recordFingerprint },
      });
    },
  });
  const slug = await findPollAssemblySlug(context.database.db, pollId);
  if (slug) await publishPollState(context, slug);
  return presentPoll(context.database.db, poll);
}

/**
 * The decrypted counts as the plain tally reads ballots: one weighted ballot per choice. An
 * election's blank votes are the weight of ballots marking nobody, known exactly when a ballot marks
 * one candidate at most (the rest of the weight); with several seats they cannot be told apart
 * from the counts and are left at 0.
 */
function decryptedBallots(poll: PollRow, decrypted: DecryptedPoll): StoredBallot[] {
  const ballots = [...decrypted.counts].map(([choice, count]) => ({ choices: [choice], weight: count }));
  if (poll.election_id && poll.max_choices === 1) {
    const marked = ballots.reduce((sum, ballot) => sum + ballot.weight, 0);
    ballots.push({ choices: [], weight: Math.max(0, decrypted.totalWeight - marked) });
  }
  return ballots;
}

async function computeResult(
  db: DbOrTransaction,
  poll: PollRow,
  ballots: StoredBallot[],
): Promise<ResolutionResultView | ElectionResultView> {
  const options = await listPollOptions(db, poll.id);
  if (poll.election_id) {
    const byCode = new Map(options.map((option) => [option.code, option]));
    const result = tallyElection(
      options.map((option) => ({ optionId: option.code, label: option.label })),
      poll.max_choices,
      ballots,
    );
    return {
      kind: 'election',
      seats: result.seats,
      blank: result.blank,
      hasTie: result.hasTie,
      candidates: result.candidates.map((candidate) => ({
        ...candidate,
        optionId: byCode.get(candidate.optionId)!.id,
      })),
    };
  }
  const resolution = await findResolutionById(db, poll.resolution_id!);
  const counts = tallyResolution(ballots);
  const decision = decideMajority({
    majority: resolution.majority as Majority,
    base: resolution.base as VoteBase,
    counts,
    presentWeight: poll.eligible_weight,
    allMembersWeight: null,
  });
  const worded = {
    text: resolution.text,
    textEn: resolution.text_en,
    recordedAs: 'counts' as const,
    counts,
    isAdopted: decision.isAdopted,
  };
  return {
    kind: 'resolution',
    counts,
    isAdopted: decision.isAdopted,
    sentence: { fr: resolutionOutcomeSentence(worded, 'fr'), en: resolutionOutcomeSentence(worded, 'en') },
  };
}

/**
 * Cancels a poll, open or waiting for its scrutineers' decryption (when too few of them can give
 * theirs): nothing it received counts, nothing of it is ever decrypted, the resolution may be voted
 * again. An encrypted poll's ballots stay in its ballot box, undecrypted.
 */
export async function cancelPoll(
  context: ServiceContext,
  { actor, slug, pollId }: { actor: SessionUser; slug: string; pollId: string },
) {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  await requireAssemblyPoll(db, assembly.id, pollId);
  await durableTransaction(context.database, async (transaction) => {
    if (!(await cancelPollRow(transaction, pollId, nowIso()))) throw new AppError('poll_not_open');
    await recordAuditEvent(transaction, {
      actorUserId: actor.id,
      action: 'poll.cancelled',
      subjectType: 'poll',
      subjectId: pollId,
      details: {},
    });
  });
  await publishPollState(context, slug);
  return presentPoll(db, (await findPoll(db, pollId))!);
}

export async function listPolls(context: ServiceContext, slug: string) {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  const rows = await listPollRows(db, assembly.id);
  return Promise.all(rows.map((row) => presentPoll(db, row)));
}

/** The poll on a participant's phone, with the ballots they cast: their own and their proxies'. */
export async function participantPoll(
  context: ServiceContext,
  participant: Participant,
): Promise<ParticipantPoll> {
  const { db } = context.database;
  const poll = await findCurrentPoll(db, participant.assemblyId);
  if (!poll) return { poll: null, ballots: [] };
  const mine = await listVotersHeldBy(db, poll.id, participant.membershipId);
  return {
    poll: await presentPoll(db, poll),
    ballots: mine.map((voter) => ({
      membershipId: voter.membership_id,
      memberName: voter.member_name,
      weight: voter.weight,
      isProxy: voter.membership_id !== participant.membershipId,
      hasVoted: voter.has_voted === 1,
    })),
  };
}

/**
 * A named poll's votes, member by member, for the annex of the minutes. Refused for a secret poll.
 * A resolution's choices are worded in the language asked for (French by default); an election's
 * are the candidates' labels.
 */
export async function listNamedVotes(
  context: ServiceContext,
  { slug, pollId, language = 'fr' }: { slug: string; pollId: string; language?: Language },
): Promise<NamedVote[]> {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  const poll = await requireAssemblyPoll(db, assembly.id, pollId);
  if (poll.is_secret === 1) throw new AppError('secret_poll_votes');
  const options = new Map(
    poll.election_id
      ? (await listPollOptions(db, pollId)).map((option) => [option.code, option.label])
      : resolutionChoices.map((code) => [code, translate(language, `votes:choice_${code}`)]),
  );
  const rows = await listNamedBallots(db, pollId);
  const collator = new Intl.Collator('fr');
  return rows
    .map((row) => ({
      memberName: row.member_name,
      weight: row.weight,
      choices: (JSON.parse(row.choices) as string[]).map((code) => options.get(code) ?? code),
    }))
    .sort((a, b) => collator.compare(a.memberName, b.memberName));
}
