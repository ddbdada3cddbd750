import { z } from 'zod';
import { assemblyKinds } from './assemblies.schemas.ts';
import { minutesStates } from './minutes.schemas.ts';

/**
 * The dashboard, computed by the server in one request for the signed-in role: the next assembly's
 * timeline from the statutes' notice period to the signed minutes, and the work waiting elsewhere,
 * each with its count. Only counts: no name leaves the server here.
 */

/** The steps of an assembly, in order, from the convocation to the signed minutes. */
export const assemblyStepKeys = [
  'convocations',
  'replies',
  'quorum',
  'check_in',
  'minutes_approve',
  'minutes_sign',
] as const;
export type AssemblyStepKey = (typeof assemblyStepKeys)[number];

/**
 * done; now (what to do next); late (its day has passed, not done, still to do); later (not yet);
 * passed (its time is over without it: convocations not recorded for a session already held).
 */
export const stepStates = ['done', 'now', 'late', 'later', 'passed'] as const;
export type StepState = (typeof stepStates)[number];

/** On what the projected quorum rests: members' replies to the convocation, else the sheet alone. */
export const projectionBases = ['replies', 'attendance_and_proxies'] as const;

export const assemblyTimelineSchema = z.object({
  /** The statutes' notice for this kind of meeting, in days, and the day convocations must leave by. */
  noticeDays: z.number().int(),
  convocationsDueBy: z.string(),
  /** Days from today to the assembly (negative once it is past). */
  daysLeft: z.number().int(),
  membershipYear: z.number().int(),
  votingMembers: z.number().int(),
  convocations: z.object({
    sent: z.number().int(),
    pending: z.number().int(),
    failed: z.number().int(),
    letters: z.number().int(),
    /** Voting members not convened yet (no convocation recorded for them). */
    notConvened: z.number().int(),
  }),
  replies: z.object({
    attending: z.number().int(),
    excused: z.number().int(),
    proxy: z.number().int(),
    none: z.number().int(),
  }),
  proxiesRecorded: z.number().int(),
  presentCount: z.number().int(),
  projectedQuorum: z.object({
    basis: z.enum(projectionBases),
    isRequired: z.boolean(),
    /** Voting members counted if the replies hold (and those already present or represented). */
    projected: z.number().int(),
    required: z.number().int(),
    /** Never true with no voting member. */
    isReached: z.boolean(),
  }),
  minutesState: z.enum(minutesStates).nullable(),
  steps: z.array(
    z.object({
      key: z.enum(assemblyStepKeys),
      state: z.enum(stepStates),
      /** The day the step is due (convocations: the notice's last day; the day's steps: the assembly's). */
      dueOn: z.string().nullable(),
    }),
  ),
});
export type AssemblyTimeline = z.infer<typeof assemblyTimelineSchema>;

/** The work waiting elsewhere, each counted and done on its own page. */
export const dashboardTaskKeys = [
  'unpaid_fees',
  'memberships_to_validate',
  'duplicates',
  'imports_waiting',
] as const;
export type DashboardTaskKey = (typeof dashboardTaskKeys)[number];

export const dashboardSchema = z.object({
  /** Today in the association's time zone. */
  today: z.string(),
  /** The membership year the counts are for: this year if it has memberships, else the nearest that has. */
  membershipYear: z.number().int(),
  /** The assembly in session, else the next one, else the last one whose minutes are not signed. */
  assembly: z
    .object({
      slug: z.string(),
      title: z.string(),
      kind: z.enum(assemblyKinds),
      heldOn: z.string(),
      place: z.string(),
      phase: z.enum(['planned', 'open', 'closed']),
      /** False when no statutes are in force on its day: nothing (notice, quorum, voters) can be computed. */
      hasStatutes: z.boolean(),
      /** Its timeline, for those who run assemblies (and who have statutes to count by); null otherwise. */
      timeline: assemblyTimelineSchema.nullable(),
    })
    .nullable(),
  /** Only the tasks the role may do; a task with nothing waiting is listed with 0. */
  tasks: z.array(
    z.object({
      key: z.enum(dashboardTaskKeys),
      count: z.number().int(),
      /** Whether the count stopped at a ceiling (duplicates are looked for up to a number of pairs). */
      isAtLeast: z.boolean(),
    }),
  ),
});
export type DashboardView = z.infer<typeof dashboardSchema>;
