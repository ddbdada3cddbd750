import type { AssemblyTimeline, DashboardView } from '../../../../common/dashboard.schemas.ts';
import { defaultMembershipYear } from '../../../../common/memberships.ts';
import { feeKeeperRoles, registerWriterRoles, staffRoles, type Role } from '../../../../common/roles.ts';
import { dayIn, daysBetween } from '../../../../common/time-zones.ts';
import type { ServiceContext } from '../../context.ts';
import { allAssemblies, type AssemblyRow } from '../assemblies/assemblies.service.ts';
import { computeSheet } from '../assemblies/attendance.service.ts';
import { convocationProgress } from '../assemblies/convocations.service.ts';
import { meetingRulesFor, quorumRuleFor } from '../assemblies/statutes.ts';
import { statutesInForce } from '../assemblies/statutes.service.ts';
import { getAssociation } from '../association/association.service.ts';
import { listMemberships, listYears } from '../memberships/memberships.service.ts';
import { listMinutesRegister } from '../minutes/minutes.service.ts';
import { countWaitingImports } from '../register-import/register-import.service.ts';
import { findDuplicates } from '../register/duplicates.service.ts';
import { assemblySteps, dayBefore, projectQuorum } from './dashboard.ts';

/** Pairs of likely duplicates looked for at most: the page lists them, the dashboard counts them. */
const duplicatesCeiling = 200;

function phaseOf(row: AssemblyRow): 'planned' | 'open' | 'closed' {
  return row.actual_end_at ? 'closed' : row.actual_start_at ? 'open' : 'planned';
}

/**
 * The assembly the dashboard follows: the one in session, else the next one, else the latest one held
 * whose minutes are not signed yet.
 */
function followedAssembly(rows: AssemblyRow[], today: string, signedIds: Set<string>): AssemblyRow | null {
  const byDay = [...rows].sort((a, b) => a.held_on.localeCompare(b.held_on));
  return (
    byDay.find((row) => phaseOf(row) === 'open') ??
    byDay.find((row) => phaseOf(row) === 'planned' && row.held_on >= today) ??
    byDay.reverse().find((row) => row.held_on <= today && !signedIds.has(row.id)) ??
    null
  );
}

/** The timeline of an assembly: notice, convocations, replies, projected quorum, check-in, minutes. */
async function assemblyTimeline(
  context: ServiceContext,
  assembly: AssemblyRow,
  options: { today: string; minutesState: AssemblyTimeline['minutesState'] },
): Promise<AssemblyTimeline> {
  const { db } = context.database;
  const sheet = await computeSheet(db, assembly);
  const rules = meetingRulesFor(sheet.statutes, assembly.kind);
  const progress = await convocationProgress(context, assembly.slug);
  const answers = new Map(progress.recipients.map((row) => [row.membershipId, row.answer]));
  const withProxy = new Set(sheet.proxies.map((proxy) => proxy.giverMembershipId));
  const members = sheet.votingMembers.map((member) => ({
    presence: member.presence,
    answer: answers.get(member.membershipId) ?? null,
    hasProxy: withProxy.has(member.membershipId),
  }));
  const convened = new Set(progress.recipients.map((row) => row.membershipId));
  const count = (answer: string | null) => members.filter((member) => member.answer === answer).length;
  const facts = {
    noticeDays: rules.noticeDays,
    convocationsDueBy: dayBefore(assembly.held_on, rules.noticeDays),
    daysLeft: daysBetween(options.today, assembly.held_on),
    membershipYear: assembly.membership_year,
    votingMembers: sheet.votingMembers.length,
    convocations: {
      sent: progress.sent,
      pending: progress.pending,
      failed: progress.failed,
      letters: progress.letters,
      notConvened: sheet.votingMembers.filter((member) => !convened.has(member.membershipId)).length,
    },
    replies: {
      attending: count('attending'),
      excused: count('excused'),
      proxy: count('proxy'),
      none: count(null),
    },
    proxiesRecorded: sheet.proxies.length,
    presentCount: sheet.presentCount,
    projectedQuorum: projectQuorum(
      quorumRuleFor(sheet.statutes, {
        kind: assembly.kind,
        isSecondConvocation: assembly.is_second_convocation === 1,
      }),
      { members, hasReplies: progress.total > 0 },
    ),
    minutesState: options.minutesState,
  };
  return {
    ...facts,
    steps: assemblySteps({
      ...facts,
      today: options.today,
      heldOn: assembly.held_on,
      phase: phaseOf(assembly),
    }),
  };
}

/** The work waiting elsewhere that this role may do, counted for the membership year. */
async function dashboardTasks(context: ServiceContext, role: Role, year: number) {
  const tasks: DashboardView['tasks'] = [];
  if (feeKeeperRoles.includes(role)) {
    const unpaid = await listMemberships(context, { year, isUnpaid: true });
    tasks.push({ key: 'unpaid_fees', count: unpaid.length, isAtLeast: false });
  }
  if (registerWriterRoles.includes(role)) {
    const pending = await listMemberships(context, { year, status: 'validation_pending' });
    tasks.push({ key: 'memberships_to_validate', count: pending.length, isAtLeast: false });
    const duplicates = await findDuplicates(context, duplicatesCeiling);
    tasks.push({
      key: 'duplicates',
      count: duplicates.length,
      isAtLeast: duplicates.length === duplicatesCeiling,
    });
    tasks.push({ key: 'imports_waiting', count: await countWaitingImports(context), isAtLeast: false });
  }
  return tasks;
}

/**
 * What a role has to do now, in one request: the followed assembly (its timeline for those who run
 * assemblies, its day and place for everyone) and the counts of the work waiting that the role may do.
 */
export async function computeDashboard(
  context: ServiceContext,
  { role }: { role: Role },
): Promise<DashboardView> {
  const { db } = context.database;
  const association = await getAssociation(context);
  const today = dayIn(association.timeZone);
  const membershipYear = defaultMembershipYear(await listYears(context), Number(today.slice(0, 4)));
  const minutes = await listMinutesRegister(context);
  const minutesStates = new Map(
    minutes.assemblies.map((entry) => [entry.slug, entry.current?.state ?? null]),
  );
  const rows = await allAssemblies(db);
  const signedIds = new Set(
    rows.filter((row) => minutesStates.get(row.slug) === 'signed').map((row) => row.id),
  );
  const followed = followedAssembly(rows, today, signedIds);
  let assembly: DashboardView['assembly'] = null;
  if (followed) {
    const hasStatutes = (await statutesInForce(db, followed.held_on)) !== undefined;
    assembly = {
      slug: followed.slug,
      title: followed.title,
      kind: followed.kind as NonNullable<DashboardView['assembly']>['kind'],
      heldOn: followed.held_on,
      place: followed.place,
      phase: phaseOf(followed),
      hasStatutes,
      timeline:
        hasStatutes && staffRoles.includes(role)
          ? await assemblyTimeline(context, followed, {
              today,
              minutesState: minutesStates.get(followed.slug) ?? null,
            })
          : null,
    };
  }
  return { today, membershipYear, assembly, tasks: await dashboardTasks(context, role, membershipYear) };
}
