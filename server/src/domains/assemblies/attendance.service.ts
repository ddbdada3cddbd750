import type { z } from 'zod';
import type {
  AttendanceCorrection,
  AttendanceSheetView,
  PresenceAction,
  attendeeInputSchema,
  ProxyView,
  proxyInputSchema,
  QuorumStanding,
  SheetRow,
  VotingMemberView,
} from '../../../../common/assemblies.schemas.ts';
import { formatAdministrativeName } from '../../../../common/names.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { AppError, invalidField } from '../../http/app-error.ts';
import { translate } from '../../i18n/translate.ts';
import { getAssociation } from '../association/association.service.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import {
  findAssemblyBySlug,
  listAttendanceRows,
  listProxyRows,
  nextAttendancePosition,
  type AssemblyRow,
} from './assemblies.repository.ts';
import { publishAssemblyState } from './assembly-state.ts';
import {
  deleteProxy,
  findAttendance,
  findAttendanceOfPerson,
  findProxy,
  insertAttendance,
  insertProxy,
  listAffiliationsOfPersons,
  personExists,
  updateAttendance,
  updateProxyTime,
} from './attendance.repository.ts';
import { requireEditable, sessionInstant } from './assemblies.service.ts';
import { requireUndoAllowed } from './attendance-undo.service.ts';
import type { SheetDocumentModel } from './attendance-sheet.document.ts';
import { checkProxy, proxyRefusalCodes } from './proxies.ts';
import { computeQuorum, parseFrozenQuorum } from './quorum.ts';
import { meetingRulesFor, quorumRuleFor, type Statutes } from './statutes.ts';
import { requireStatutes } from './statutes.service.ts';
import { listVotingMembers } from './voting-members.ts';

type AttendeeInput = z.infer<typeof attendeeInputSchema>;

function isInRoom(row: { status: string; left_at: string | null }): boolean {
  return (row.status === 'present' || row.status === 'remote') && row.left_at === null;
}

/** The attendance sheet, with the statutes it was counted under. */
export type Sheet = AttendanceSheetView & { statutes: Statutes };

/** The attendance sheet as it stands, with the live quorum, or the frozen one once the session opened. */
export async function computeSheet(
  db: DbOrTransaction,
  assembly: AssemblyRow,
  options: { at?: string } = {},
): Promise<Sheet> {
  const statutes = await requireStatutes(db, assembly.held_on);
  const voting = await listVotingMembers(db, {
    year: assembly.membership_year,
    day: assembly.held_on,
    statutes,
    kind: assembly.kind,
  });
  const votingIds = new Set(voting.map((member) => member.membershipId));
  const rows = await listAttendanceRows(db, assembly.id);
  const { at } = options;
  // At a given instant (the opening typed after the fact, a vote, the timeline), a row's vote counts
  // between its arrival (or the time it starts to vote) and its departure; without one, as it stands.
  const proxies = (await listProxyRows(db, assembly.id)).filter((proxy) => !at || proxy.given_at <= at);
  const votesAt = (row: (typeof rows)[number]) =>
    at
      ? (!row.arrived_at || row.arrived_at <= at) &&
        (!row.left_at || row.left_at > at) &&
        (!row.votes_from || row.votes_from <= at)
      : !row.left_at;
  const presentIds = new Set(
    rows
      .filter((row) => row.membership_id && row.status === 'present' && votesAt(row))
      .map((row) => row.membership_id!),
  );
  const remoteIds = new Set(
    rows
      .filter((row) => row.membership_id && row.status === 'remote' && votesAt(row))
      .map((row) => row.membership_id!),
  );
  const inRoom = new Set([...presentIds, ...remoteIds]);
  // Where the kind of meeting forbids proxies, none is ever counted (nor carried in a vote).
  const areProxiesAllowed = meetingRulesFor(statutes, assembly.kind).areProxiesAllowed;
  const validProxies = proxies.filter(
    (proxy) =>
      areProxiesAllowed &&
      votingIds.has(proxy.giver_membership_id) &&
      votingIds.has(proxy.holder_membership_id) &&
      !inRoom.has(proxy.giver_membership_id) &&
      inRoom.has(proxy.holder_membership_id),
  );
  const count = (ids: Set<string>) => [...ids].filter((id) => votingIds.has(id)).length;
  const live = computeQuorum(
    quorumRuleFor(statutes, {
      kind: assembly.kind,
      isSecondConvocation: assembly.is_second_convocation === 1,
    }),
    {
      votingMembers: voting.length,
      isFeeRequired: statutes.requiresFeePaid,
      present: count(presentIds),
      remote: count(remoteIds),
      represented: validProxies.length,
    },
  );
  const frozen =
    assembly.quorum_snapshot && !at
      ? parseFrozenQuorum<{ frozenAt: string }>(assembly.quorum_snapshot)
      : null;
  const memberName = new Map(voting.map((member) => [member.membershipId, member.memberName]));
  const presentRow = (row: (typeof rows)[number]): SheetRow => ({
    id: row.id,
    personId: row.person_id,
    administrativeName: row.first_name
      ? formatAdministrativeName({ firstName: row.first_name, lastName: row.last_name ?? '' })
      : null,
    label: row.label,
    membershipId: row.membership_id,
    memberName: row.membership_id ? (memberName.get(row.membership_id) ?? null) : null,
    isVoting: row.membership_id !== null && votingIds.has(row.membership_id),
    role: row.role as SheetRow['role'],
    status: row.status as SheetRow['status'],
    arrivedAt: row.arrived_at,
    leftAt: row.left_at,
    votesFrom: row.votes_from,
  });
  const givenBy = new Map(
    validProxies.map((proxy) => [proxy.giver_membership_id, proxy.holder_membership_id]),
  );
  const excusedIds = new Set(
    rows.filter((row) => row.membership_id && row.status === 'excused').map((row) => row.membership_id!),
  );
  const presenceOf = (membershipId: string): VotingMemberView['presence'] =>
    presentIds.has(membershipId)
      ? 'present'
      : remoteIds.has(membershipId)
        ? 'remote'
        : givenBy.has(membershipId)
          ? 'represented'
          : excusedIds.has(membershipId)
            ? 'excused'
            : 'absent';
  const countedProxies = new Set(validProxies.map((proxy) => proxy.id));
  return {
    statutesId: statutes.id,
    statutes,
    quorum: frozen ?? live,
    liveQuorum: live,
    isQuorumFrozen: frozen !== null,
    frozenAt: frozen?.frozenAt ?? null,
    votingMembers: voting.map((member) => {
      const holder = givenBy.get(member.membershipId);
      return {
        ...member,
        presence: presenceOf(member.membershipId),
        representedBy: holder ? (memberName.get(holder) ?? null) : null,
      };
    }),
    attendees: rows.filter((row) => row.role === 'voting_member').map(presentRow),
    staff: rows.filter((row) => row.role === 'staff').map(presentRow),
    guests: rows.filter((row) => row.role === 'guest').map(presentRow),
    proxies: proxies.map((proxy) => ({
      id: proxy.id,
      giverMembershipId: proxy.giver_membership_id,
      holderMembershipId: proxy.holder_membership_id,
      giverName: memberName.get(proxy.giver_membership_id) ?? null,
      holderName: memberName.get(proxy.holder_membership_id) ?? null,
      source: proxy.source as ProxyView['source'],
      isCounted: countedProxies.has(proxy.id),
      givenAt: proxy.given_at,
    })),
    presentCount: inRoom.size,
  };
}

/** Refuses remote attendance where the statutes do not provide for it at this kind of meeting. */
export async function requireRemoteAllowed(db: DbOrTransaction, assembly: AssemblyRow): Promise<void> {
  const statutes = await requireStatutes(db, assembly.held_on);
  if (!meetingRulesFor(statutes, assembly.kind).isRemoteAllowed) {
    throw new AppError(
      'remote_not_allowed',
      { context: assembly.kind, kind: assembly.kind },
      {
        errors: [{ path: 'body.status', message: 'remote_not_allowed', params: { context: assembly.kind } }],
      },
    );
  }
}

async function requireAssemblyBySlug(context: ServiceContext, slug: string) {
  const assembly = await findAssemblyBySlug(context.database.db, slug);
  if (!assembly) throw new AppError('assembly_not_found', { slug });
  return assembly;
}

export async function getSheet(context: ServiceContext, slug: string): Promise<Sheet> {
  return computeSheet(context.database.db, await requireAssemblyBySlug(context, slug));
}

/** The quorum as it stands, or as frozen at the opening. */
export async function quorumStanding(context: ServiceContext, slug: string): Promise<QuorumStanding> {
  const sheet = await getSheet(context, slug);
  return { quorum: sheet.quorum, isFrozen: sheet.isQuorumFrozen, frozenAt: sheet.frozenAt };
}

/** Adds someone to the sheet; a person appears once per assembly. */
export async function writeAttendee(
  context: ServiceContext,
  { actor, slug, attendee }: { actor: SessionUser | null; slug: string; attendee: AttendeeInput },
) {
  const assembly = await requireAssemblyBySlug(context, slug);
  await requireEditable(context.database.db, assembly);
  const arrivedAt = await sessionInstant(context, assembly.held_on, attendee.time);
  const votesFrom = attendee.votesFrom
    ? await sessionInstant(context, assembly.held_on, attendee.votesFrom)
    : null;
  await context.database.db.transaction().execute(async (transaction) => {
    if (!(await personExists(transaction, attendee.personId)))
      throw invalidField('body.personId', 'unknown_person');
    if (await findAttendanceOfPerson(transaction, assembly.id, attendee.personId)) {
      throw new AppError('already_on_sheet', undefined, {
        errors: [{ path: 'body.personId', message: 'already_on_sheet' }],
      });
    }
    if (attendee.role === 'voting_member' && !attendee.membershipId)
      throw invalidField('body.membershipId', 'carried_vote_required');
    if (attendee.status === 'remote') await requireRemoteAllowed(transaction, assembly);
    const now = nowIso();
    await insertAttendance(transaction, {
      id: newId(),
      assembly_id: assembly.id,
      person_id: attendee.personId,
      organisation_id: null,
      membership_id: attendee.role === 'voting_member' ? (attendee.membershipId ?? null) : null,
      label: attendee.label ?? null,
      role: attendee.role,
      status: attendee.status,
      position: await nextAttendancePosition(transaction, assembly.id),
      arrived_at: attendee.status === 'present' || attendee.status === 'remote' ? arrivedAt : null,
      left_at: null,
      updated_at: now,
      votes_from: attendee.role === 'voting_member' ? votesFrom : null,
    });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'attendance.added',
      subjectType: 'assembly',
      subjectId: assembly.id,
      details: { ...attendee },
    });
  });
}

/**
 * Marks a row present (check-in, in the room or remotely where the statutes allow it), or undoes it; a
 * departure keeps the arrival and records the time, and may be undone. Each at the time typed, else now.
 * An undo is refused once the quorum or a vote counted what it would erase (attendance-undo.ts).
 */
export async function writePresence(
  context: ServiceContext,
  options: {
    actor: SessionUser | null;
    slug: string;
    attendanceId: string;
    action: PresenceAction;
    time?: string | null;
    /** At a check-in, the vote the person now carries (null: none), when it differs from the row's. */
    membershipId?: string | null;
  },
) {
  const assembly = await requireAssemblyBySlug(context, options.slug);
  await requireEditable(context.database.db, assembly);
  const at = await sessionInstant(context, assembly.held_on, options.time);
  await context.database.db.transaction().execute(async (transaction) => {
    const row = await findAttendance(transaction, assembly.id, options.attendanceId);
    if (!row) throw new AppError('attendance_not_found');
    const now = nowIso();
    if (options.action === 'check_in' || options.action === 'check_in_remote') {
      if (isInRoom(row)) throw new AppError('already_checked_in');
      if (options.action === 'check_in_remote') await requireRemoteAllowed(transaction, assembly);
      // Checked in again with another vote (first without one, then with it): the row carries the new one.
      const vote =
        options.membershipId === undefined || options.membershipId === row.membership_id
          ? {}
          : options.membershipId
            ? { membership_id: options.membershipId, role: 'voting_member' }
            : { membership_id: null, role: row.role === 'voting_member' ? 'guest' : row.role };
      if (options.membershipId)
        await requireVoteOfPerson(transaction, assembly, row.person_id, options.membershipId);
      await updateAttendance(transaction, row.id, {
        status: options.action === 'check_in_remote' ? 'remote' : 'present',
        arrived_at: at,
        left_at: null,
        votes_from: null,
        ...vote,
        updated_at: now,
      });
    } else if (options.action === 'undo') {
      await requireUndoAllowed(transaction, assembly, row, 'undo');
      await updateAttendance(transaction, row.id, {
        status: 'absent',
        arrived_at: null,
        left_at: null,
        votes_from: null,
        updated_at: now,
      });
    } else if (options.action === 'undo_leave') {
      await requireUndoAllowed(transaction, assembly, row, 'undo_leave');
      await updateAttendance(transaction, row.id, { left_at: null, updated_at: now });
    } else if (options.action === 'leave') {
      if (!isInRoom(row)) throw new AppError('not_checked_in');
      if (row.arrived_at && at < row.arrived_at) throw invalidField('body.time', 'left_before_arrival');
      await updateAttendance(transaction, row.id, { left_at: at, updated_at: now });
    } else {
      await updateAttendance(transaction, row.id, {
        status: 'excused',
        arrived_at: null,
        left_at: null,
        updated_at: now,
      });
    }
    await recordAuditEvent(transaction, {
      actorUserId: options.actor?.id ?? null,
      action: `attendance.${options.action}`,
      subjectType: 'assembly',
      subjectId: assembly.id,
      details: {
        attendanceId: row.id,
        at,
        isTyped: Boolean(options.time),
        // What an undo erased, so the audit log can tell it.
        ...(options.action === 'undo' || options.action === 'undo_leave'
          ? { before: { status: row.status, arrivedAt: row.arrived_at, leftAt: row.left_at } }
          : {}),
        ...(options.membershipId === undefined ? {} : { membershipId: options.membershipId }),
      },
    });
  });
}

/**
 * Corrects a row of the sheet: arrival and departure times, the vote it carries (a member checked in
 * without a vote, then with it) and from when that vote counts. Audited with the values before and after.
 */
export async function correctAttendance(
  context: ServiceContext,
  {
    actor,
    slug,
    attendanceId,
    correction,
  }: { actor: SessionUser | null; slug: string; attendanceId: string; correction: AttendanceCorrection },
) {
  const assembly = await requireAssemblyBySlug(context, slug);
  const { db } = context.database;
  await requireEditable(db, assembly);
  // The typed times are read before the transaction: the association's zone is not read inside it.
  const instant = async (time: string | null | undefined) =>
    time ? sessionInstant(context, assembly.held_on, time) : null;
  const typed = {
    arrivedAt: await instant(correction.arrivedAt),
    leftAt: await instant(correction.leftAt),
    votesFrom: await instant(correction.votesFrom),
  };
  await db.transaction().execute(async (transaction) => {
    const row = await findAttendance(transaction, assembly.id, attendanceId);
    if (!row) throw new AppError('attendance_not_found');
    const arrivedAt = correction.arrivedAt === undefined ? row.arrived_at : typed.arrivedAt;
    const leftAt = correction.leftAt === undefined ? row.left_at : typed.leftAt;
    let votesFrom = correction.votesFrom === undefined ? row.votes_from : typed.votesFrom;
    const isAttending = row.status === 'present' || row.status === 'remote';
    if ((correction.arrivedAt || correction.leftAt) && !isAttending)
      throw invalidField(correction.arrivedAt ? 'body.arrivedAt' : 'body.leftAt', 'not_on_the_sheet_yet');
    if (arrivedAt && leftAt && leftAt < arrivedAt) throw invalidField('body.leftAt', 'left_before_arrival');
    let membershipId = row.membership_id;
    let role = row.role;
    if (correction.membershipId !== undefined && correction.membershipId !== row.membership_id) {
      if (correction.membershipId) {
        await requireVoteOfPerson(transaction, assembly, row.person_id, correction.membershipId);
        membershipId = correction.membershipId;
        role = 'voting_member';
        // A vote gained while the session is under way (joined or renewed during it) counts from now.
        const isUnderWay = Boolean(assembly.actual_start_at && !assembly.actual_end_at);
        if (correction.votesFrom === undefined && isUnderWay && isAttending) votesFrom = nowIso();
      } else {
        membershipId = null;
        role = row.role === 'voting_member' ? 'guest' : row.role;
      }
    }
    const changes = {
      arrived_at: arrivedAt,
      left_at: leftAt,
      votes_from: membershipId ? votesFrom : null,
      membership_id: membershipId,
      role,
    };
    await updateAttendance(transaction, row.id, { ...changes, updated_at: nowIso() });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'attendance.corrected',
      subjectType: 'assembly',
      subjectId: assembly.id,
      details: {
        attendanceId: row.id,
        before: {
          arrived_at: row.arrived_at,
          left_at: row.left_at,
          votes_from: row.votes_from,
          membership_id: row.membership_id,
          role: row.role,
        },
        after: changes,
      },
    });
  });
  await publishAssemblyState(context, slug);
  return getSheet(context, slug);
}

/** Refuses a vote the person may not carry: their own membership or their organisation's, voting at this meeting. */
export async function requireVoteOfPerson(
  db: DbOrTransaction,
  assembly: AssemblyRow,
  personId: string | null,
  membershipId: string,
): Promise<void> {
  const statutes = await requireStatutes(db, assembly.held_on);
  const organisations = personId ? await listAffiliationsOfPersons(db, [personId]) : [];
  const votes = await listVotingMembers(db, {
    year: assembly.membership_year,
    day: assembly.held_on,
    statutes,
    kind: assembly.kind,
    only: {
      personIds: personId ? [personId] : [],
      organisationIds: organisations.map((row) => row.organisation_id),
    },
  });
  if (!votes.some((member) => member.membershipId === membershipId)) {
    throw invalidField('body.membershipId', 'member_not_voting');
  }
}

/** Corrects the time a proxy starts. */
export async function correctProxy(
  context: ServiceContext,
  { actor, slug, proxyId, time }: { actor: SessionUser | null; slug: string; proxyId: string; time: string },
) {
  const assembly = await requireAssemblyBySlug(context, slug);
  const { db } = context.database;
  await requireEditable(db, assembly);
  const givenAt = await sessionInstant(context, assembly.held_on, time);
  await db.transaction().execute(async (transaction) => {
    const proxy = await findProxy(transaction, assembly.id, proxyId);
    if (!proxy) throw new AppError('proxy_not_found');
    await updateProxyTime(transaction, proxy.id, givenAt);
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'proxy.corrected',
      subjectType: 'assembly',
      subjectId: assembly.id,
      details: { proxyId, before: proxy.given_at, after: givenAt },
    });
  });
  await publishAssemblyState(context, slug);
  return getSheet(context, slug);
}

/** Records a proxy, refused with the statutes' reason when it may not be given. */
export async function giveProxy(
  context: ServiceContext,
  {
    actor,
    slug,
    proxy,
  }: { actor: SessionUser | null; slug: string; proxy: z.infer<typeof proxyInputSchema> },
) {
  const assembly = await requireAssemblyBySlug(context, slug);
  await requireEditable(context.database.db, assembly);
  const givenAt = await sessionInstant(context, assembly.held_on, proxy.time);
  await context.database.db.transaction().execute(async (transaction) => {
    const sheet = await computeSheet(transaction, assembly);
    const rules = meetingRulesFor(sheet.statutes, assembly.kind);
    if (!rules.areProxiesAllowed) {
      throw new AppError('proxies_not_allowed', { context: assembly.kind, kind: assembly.kind });
    }
    const refusal = checkProxy(
      {
        votingMemberIds: new Set(sheet.votingMembers.map((member) => member.membershipId)),
        presentIds: new Set(
          sheet.votingMembers
            .filter((member) => member.presence === 'present' || member.presence === 'remote')
            .map((member) => member.membershipId),
        ),
        proxies: new Map(sheet.proxies.map((entry) => [entry.giverMembershipId, entry.holderMembershipId])),
        mustHolderBePresent: proxy.source === 'door',
      },
      {
        giverId: proxy.giverMembershipId,
        holderId: proxy.holderMembershipId,
        maxPerHolder: rules.maxProxiesPerHolder,
      },
    );
    if (refusal) {
      const path =
        refusal === 'giver_not_voting' || refusal === 'giver_present' || refusal === 'already_given'
          ? 'body.giverMembershipId'
          : 'body.holderMembershipId';
      throw new AppError(proxyRefusalCodes[refusal], undefined, { errors: [{ path, message: refusal }] });
    }
    await insertProxy(transaction, {
      id: newId(),
      assembly_id: assembly.id,
      giver_membership_id: proxy.giverMembershipId,
      holder_membership_id: proxy.holderMembershipId,
      source: proxy.source,
      given_at: givenAt,
    });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'proxy.given',
      subjectType: 'assembly',
      subjectId: assembly.id,
      details: { ...proxy },
    });
  });
  await publishAssemblyState(context, slug);
  return getSheet(context, slug);
}

export async function withdrawProxy(
  context: ServiceContext,
  { actor, slug, proxyId }: { actor: SessionUser | null; slug: string; proxyId: string },
) {
  const assembly = await requireAssemblyBySlug(context, slug);
  await requireEditable(context.database.db, assembly);
  await context.database.db.transaction().execute(async (transaction) => {
    if (!(await deleteProxy(transaction, assembly.id, proxyId))) throw new AppError('proxy_not_found');
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'proxy.withdrawn',
      subjectType: 'assembly',
      subjectId: assembly.id,
      details: { proxyId },
    });
  });
  await publishAssemblyState(context, slug);
  return getSheet(context, slug);
}

/** The sheet as printed, in the association's language: members with their vote, then staff and guests. */
export async function attendanceSheetModel(
  context: ServiceContext,
  slug: string,
): Promise<SheetDocumentModel> {
  const assembly = await requireAssemblyBySlug(context, slug);
  const sheet = await computeSheet(context.database.db, assembly);
  const association = await getAssociation(context);
  const language = association.locale;
  const presence = (value: string) =>
    isPresenceLabel(value) ? translate(language, `assemblies:presence_${value}`) : value;
  const line = (row: (typeof sheet.attendees)[number]) => ({
    name: row.administrativeName ?? '',
    capacity: row.label ?? row.memberName ?? '',
    presence: presence(row.leftAt ? 'absent' : row.status),
  });
  const onSheet = new Set(sheet.attendees.map((row) => row.membershipId));
  const absentMembers = sheet.votingMembers
    .filter((member) => !onSheet.has(member.membershipId))
    .map((member) => ({
      name: member.memberName,
      capacity: member.representedBy
        ? translate(language, 'assemblies:sheet_proxy_to', { holder: member.representedBy })
        : '',
      presence: presence(member.presence),
    }));
  return {
    language,
    associationName: association.name,
    title: assembly.title,
    heldOn: assembly.held_on,
    place: assembly.place,
    quorumStatement: sheet.quorum.statement[language],
    sections: [
      {
        title: translate(language, 'assemblies:sheet_section_voting'),
        lines: [...sheet.attendees.filter((row) => row.isVoting).map(line), ...absentMembers],
      },
      {
        title: translate(language, 'assemblies:sheet_section_others'),
        lines: [...sheet.attendees.filter((row) => !row.isVoting), ...sheet.guests].map(line),
      },
      { title: translate(language, 'assemblies:sheet_section_staff'), lines: sheet.staff.map(line) },
    ],
  };
}

const presenceLabels = ['present', 'remote', 'represented', 'excused', 'absent'] as const;

function isPresenceLabel(value: string): value is (typeof presenceLabels)[number] {
  return (presenceLabels as readonly string[]).includes(value);
}

/** Adds someone to the sheet; a person appears once per assembly. */
export async function addAttendee(context: ServiceContext, options: Parameters<typeof writeAttendee>[1]) {
  await writeAttendee(context, options);
  await publishAssemblyState(context, options.slug);
  return getSheet(context, options.slug);
}

/** Marks a row present (check-in), or undoes it; a departure keeps the arrival and records the time. */
export async function setPresence(context: ServiceContext, options: Parameters<typeof writePresence>[1]) {
  await writePresence(context, options);
  await publishAssemblyState(context, options.slug);
  return getSheet(context, options.slug);
}
