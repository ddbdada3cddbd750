import type { z } from 'zod';
import type {
  AttendanceSheetView,
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
  insertAttendance,
  insertProxy,
  personExists,
  updateAttendance,
} from './attendance.repository.ts';
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
export async function computeSheet(db: DbOrTransaction, assembly: AssemblyRow): Promise<Sheet> {
  const statutes = await requireStatutes(db, assembly.held_on);
  const voting = await listVotingMembers(db, {
    year: assembly.membership_year,
    day: assembly.held_on,
    statutes,
    kind: assembly.kind,
  });
  const votingIds = new Set(voting.map((member) => member.membershipId));
  const rows = await listAttendanceRows(db, assembly.id);
  const proxies = await listProxyRows(db, assembly.id);
  const presentIds = new Set(
    rows
      .filter((row) => row.membership_id && row.status === 'present' && !row.left_at)
      .map((row) => row.membership_id!),
  );
  const remoteIds = new Set(
    rows
      .filter((row) => row.membership_id && row.status === 'remote' && !row.left_at)
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
  const frozen = assembly.quorum_snapshot
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
      arrived_at: attendee.status === 'present' || attendee.status === 'remote' ? now : null,
      left_at: null,
      updated_at: now,
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

/** Marks a row present (check-in), or undoes it; a departure keeps the arrival and records the time. */
export async function writePresence(
  context: ServiceContext,
  options: {
    actor: SessionUser | null;
    slug: string;
    attendanceId: string;
    action: 'check_in' | 'undo' | 'leave' | 'excuse';
  },
) {
  const assembly = await requireAssemblyBySlug(context, options.slug);
  await context.database.db.transaction().execute(async (transaction) => {
    const row = await findAttendance(transaction, assembly.id, options.attendanceId);
    if (!row) throw new AppError('attendance_not_found');
    const now = nowIso();
    if (options.action === 'check_in') {
      if (isInRoom(row)) throw new AppError('already_checked_in');
      await updateAttendance(transaction, row.id, {
        status: 'present',
        arrived_at: now,
        left_at: null,
        updated_at: now,
      });
    } else if (options.action === 'undo') {
      await updateAttendance(transaction, row.id, {
        status: 'absent',
        arrived_at: null,
        left_at: null,
        updated_at: now,
      });
    } else if (options.action === 'leave') {
      if (!isInRoom(row)) throw new AppError('not_checked_in');
      await updateAttendance(transaction, row.id, { left_at: now, updated_at: now });
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
      details: { attendanceId: row.id },
    });
  });
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
      given_at: nowIso(),
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
