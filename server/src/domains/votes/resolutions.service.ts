import type {
  Majority,
  ResolutionInput,
  ResolutionView,
  ShowOfHandsInput,
  VoteBase,
} from '../../../../common/votes.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { votersAt } from '../assemblies/timeline.service.ts';
import { AppError, invalidField } from '../../http/app-error.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import { requireAssembly, requireEditable } from '../assemblies/assemblies.service.ts';
import { requireMinutesNotApproved } from '../assemblies/attendance-undo.service.ts';
import { assemblyChannel } from '../../../../common/events.ts';
import { getAssociation } from '../association/association.service.ts';
import { zonedTimeToUtc } from '../../../../common/time-zones.ts';
import { computeSheet } from '../assemblies/attendance.service.ts';
import { publishAssemblyState } from '../assemblies/assembly-state.ts';
import { requireStatutes } from '../assemblies/statutes.service.ts';
import { meetingRulesFor } from '../assemblies/statutes.ts';
import { decideMajority, type VoteCounts } from './majority.ts';
import { resolutionOutcomeSentence, type RecordedAs } from './outcome-wording.ts';
import {
  findAdoptingResolutions,
  findAgendaItem,
  findResolution,
  insertResolution,
  listResolutionRows,
  nextResolutionPosition,
  updateResolutionOutcome,
  type AdoptingResolution,
  type ResolutionRow,
} from './votes.repository.ts';

function countsOf(row: ResolutionRow): VoteCounts | null {
  if (row.votes_for === null || row.votes_against === null) return null;
  return {
    for: row.votes_for,
    against: row.votes_against,
    abstain: row.votes_abstain ?? 0,
    blank: row.votes_blank ?? 0,
  };
}

/** A resolution as the API, the pages and the minutes show it, with its outcome worded in both languages. */
export function presentResolution(row: ResolutionRow & { agenda_item_title?: string }): ResolutionView {
  const recordedAs = row.recorded_as as RecordedAs | null;
  const counts = countsOf(row);
  const isAdopted = row.is_adopted === null ? null : row.is_adopted === 1;
  const worded =
    recordedAs && isAdopted !== null
      ? { text: row.text, textEn: row.text_en, recordedAs, counts, isAdopted }
      : null;
  return {
    id: row.id,
    agendaItemId: row.agenda_item_id,
    agendaItemTitle: row.agenda_item_title ?? null,
    position: row.position,
    title: row.title,
    text: row.text,
    textEn: row.text_en,
    note: row.note,
    majority: row.majority as Majority,
    base: row.base as VoteBase,
    method: row.method as ResolutionInput['method'],
    recordedAs,
    counts,
    isAdopted,
    outcome: isAdopted === null ? null : isAdopted ? ('adopted' as const) : ('rejected' as const),
    decidedAt: row.decided_at,
    votedAt: row.voted_at,
    eligibleCount: row.eligible_count,
    sentence: worded
      ? { fr: resolutionOutcomeSentence(worded, 'fr'), en: resolutionOutcomeSentence(worded, 'en') }
      : null,
  };
}

export async function listResolutions(context: ServiceContext, slug: string) {
  const assembly = await requireAssembly(context.database.db, slug);
  return (await listResolutionRows(context.database.db, assembly.id)).map(presentResolution);
}

/**
 * What the minutes (issue #7) print for each resolution: its agenda item, text, majority, base,
 * counts, outcome, and the outcome sentence in French and English.
 */
export async function listResolutionsForMinutes(context: ServiceContext, assemblyId: string) {
  const rows = await listResolutionRows(context.database.db, assemblyId);
  return rows.map((row) => ({ ...presentResolution(row), agendaItemPosition: row.agenda_item_position }));
}

export async function requireResolution(db: DbOrTransaction, assemblyId: string, id: string) {
  const row = await findResolution(db, assemblyId, id);
  if (!row) throw new AppError('resolution_not_found');
  return row;
}

export async function createResolution(
  context: ServiceContext,
  { actor, slug, resolution }: { actor: SessionUser | null; slug: string; resolution: ResolutionInput },
) {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  const item = await findAgendaItem(db, assembly.id, resolution.agendaItemId);
  if (!item) throw invalidField('body.agendaItemId', 'resolution_item_unknown');
  if (item.kind !== 'deliberative')
    throw invalidField('body.agendaItemId', 'resolution_item_not_deliberative');
  const rules = meetingRulesFor(await requireStatutes(db, assembly.held_on), assembly.kind);
  const id = newId();
  await db.transaction().execute(async (transaction) => {
    const now = nowIso();
    await insertResolution(transaction, {
      id,
      assembly_id: assembly.id,
      agenda_item_id: item.id,
      position: await nextResolutionPosition(transaction, assembly.id),
      title: resolution.title,
      text: resolution.text,
      text_en: resolution.textEn ?? null,
      note: resolution.note ?? null,
      majority: resolution.majority ?? rules.majority,
      base: resolution.base ?? rules.majorityBase,
      method: resolution.method,
      recorded_as: null,
      votes_for: null,
      votes_against: null,
      votes_abstain: null,
      votes_blank: null,
      is_adopted: null,
      decided_at: null,
      voted_at: null,
      created_at: now,
      updated_at: now,
    });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'resolution.created',
      subjectType: 'assembly',
      subjectId: assembly.id,
      details: { resolutionId: id, title: resolution.title },
    });
  });
  return presentResolution((await findResolution(db, assembly.id, id))!);
}

/** The columns that record an outcome: counts (when there are), how recorded, adopted or not. */
export function outcomeColumns(
  resolution: Pick<ResolutionRow, 'majority' | 'base'>,
  input: ShowOfHandsInput,
  weights: { presentWeight: number | null; allMembersWeight: number | null },
) {
  if (input.record !== 'counts') {
    return {
      recorded_as: input.record,
      votes_for: null,
      votes_against: null,
      votes_abstain: null,
      votes_blank: null,
      is_adopted: input.record === 'rejected' ? 0 : 1,
    };
  }
  const counts = { for: input.for, against: input.against, abstain: input.abstain, blank: input.blank };
  const decision = decideMajority({
    majority: resolution.majority as Majority,
    base: resolution.base as VoteBase,
    counts,
    ...weights,
  });
  return {
    recorded_as: 'counts',
    votes_for: counts.for,
    votes_against: counts.against,
    votes_abstain: counts.abstain,
    votes_blank: counts.blank,
    is_adopted: decision.isAdopted ? 1 : 0,
  };
}

/**
 * After a show of hands the secretary enters the counts, "unanimous", or only "adopted" (or
 * "rejected") when the counts were not recorded, as the reference does.
 */
export async function recordShowOfHands(
  context: ServiceContext,
  {
    actor,
    slug,
    resolutionId,
    input,
  }: { actor: SessionUser; slug: string; resolutionId: string; input: ShowOfHandsInput },
) {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  const resolution = await requireResolution(db, assembly.id, resolutionId);
  if (resolution.method !== 'show_of_hands') {
    throw new AppError('resolution_voted_electronically');
  }
  const votedAt = await voteInstant(context, assembly.held_on, input.votedAt);
  // How many could vote at that time, from the arrivals, departures and proxies recorded; a vote typed
  // after the fact is checked against the members present then, not as the sheet stands now.
  const voters = await votersAt(db, assembly, votedAt);
  const live = await presentAndAllWeights(context, slug);
  // (Arrivals taken from the clock after a time typed for the vote leave nobody then: the sheet as it stands.)
  const weights = input.votedAt && voters.weight > 0 ? { ...live, presentWeight: voters.weight } : live;
  if (input.record === 'counts' && weights.presentWeight !== null) {
    const total = input.for + input.against + input.abstain + input.blank;
    if (total > weights.presentWeight) {
      throw invalidField('body.for', 'above_present_weight', {
        counted: total,
        present: weights.presentWeight,
      });
    }
  }
  await db.transaction().execute(async (transaction) => {
    // A count corrected (or first recorded) after the minutes were approved would change what they print.
    await requireMinutesNotApproved(transaction, assembly.id);
    await updateResolutionOutcome(transaction, resolution.id, {
      ...outcomeColumns(resolution, input, weights),
      voted_at: votedAt,
      eligible_count: voters.voters,
      eligible_weight: voters.weight,
      decided_at: nowIso(),
      updated_at: nowIso(),
    });
    await recordAuditEvent(transaction, {
      actorUserId: actor.id,
      action: 'resolution.recorded',
      subjectType: 'assembly',
      subjectId: assembly.id,
      details: {
        resolutionId: resolution.id,
        ...input,
        ...(resolution.recorded_as ? { before: recordedOutcome(resolution) } : {}),
      },
    });
  });
  // The screens following the assembly (the minutes written as the meeting goes) read the result at once.
  await publishAssemblyState(context, slug);
  await publishRecorded(context, { slug, resolutionId: resolution.id, isRecorded: true });
  return presentResolution((await findResolution(db, assembly.id, resolution.id))!);
}

/** What a show of hands recorded, for the audit of its correction or undo. */
function recordedOutcome(row: ResolutionRow) {
  return {
    recordedAs: row.recorded_as,
    counts: countsOf(row),
    isAdopted: row.is_adopted === null ? null : row.is_adopted === 1,
    votedAt: row.voted_at,
  };
}

/**
 * Undoes a show of hands recorded by mistake: the resolution is undecided again, in one audited
 * transaction. Refused once the minutes that print it are approved, or when none is recorded.
 */
export async function undoShowOfHands(
  context: ServiceContext,
  { actor, slug, resolutionId }: { actor: SessionUser; slug: string; resolutionId: string },
) {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  await requireEditable(db, assembly);
  await db.transaction().execute(async (transaction) => {
    const resolution = await requireResolution(transaction, assembly.id, resolutionId);
    if (resolution.method !== 'show_of_hands') throw new AppError('resolution_voted_electronically');
    if (!resolution.recorded_as) throw new AppError('resolution_not_recorded');
    await requireMinutesNotApproved(transaction, assembly.id);
    await updateResolutionOutcome(transaction, resolution.id, {
      recorded_as: null,
      votes_for: null,
      votes_against: null,
      votes_abstain: null,
      votes_blank: null,
      is_adopted: null,
      decided_at: null,
      voted_at: null,
      eligible_count: null,
      eligible_weight: null,
      updated_at: nowIso(),
    });
    await recordAuditEvent(transaction, {
      actorUserId: actor.id,
      action: 'resolution.show_of_hands_undone',
      subjectType: 'assembly',
      subjectId: assembly.id,
      details: { resolutionId: resolution.id, before: recordedOutcome(resolution) },
    });
  });
  await publishRecorded(context, { slug, resolutionId, isRecorded: false });
  return presentResolution((await findResolution(db, assembly.id, resolutionId))!);
}

/** Every screen listing the resolutions reads them again; the change itself is saved whatever happens here. */
async function publishRecorded(
  context: ServiceContext,
  { slug, resolutionId, isRecorded }: { slug: string; resolutionId: string; isRecorded: boolean },
) {
  await context.realtime
    .publish(assemblyChannel(slug), { type: 'resolution.recorded', slug, resolutionId, isRecorded })
    .catch((error: unknown) => {
      context.logger.error({ err: error, slug }, 'could not publish the show of hands');
    });
}

/** The instant of a vote: the time typed ("15:42", the association's zone, the assembly's day), else now. */
export async function voteInstant(context: ServiceContext, heldOn: string, time: string | null | undefined) {
  if (!time) return nowIso();
  const { timeZone } = await getAssociation(context);
  return zonedTimeToUtc(heldOn, time, timeZone);
}

/** The weights of the members present and represented (frozen at the opening, else live) and of all. */
export async function presentAndAllWeights(context: ServiceContext, slug: string) {
  const assembly = await requireAssembly(context.database.db, slug);
  const sheet = await computeSheet(context.database.db, assembly);
  const inRoom = sheet.votingMembers.filter((member) =>
    ['present', 'remote', 'represented'].includes(member.presence),
  );
  const sum = (members: typeof inRoom) => members.reduce((total, member) => total + member.weight, 0);
  return { presentWeight: sum(inRoom), allMembersWeight: sum(sheet.votingMembers) };
}

/**
 * The resolutions that adopted something (a fee grid), by id: title, assembly and day. For the
 * memberships' fee grid, which names the resolution that adopted it.
 */
export async function adoptingResolutions(
  context: ServiceContext,
  ids: string[],
): Promise<Map<string, AdoptingResolution>> {
  return findAdoptingResolutions(context.database.db, ids);
}
