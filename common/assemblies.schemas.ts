import { z } from 'zod';
import { membershipCategories } from './memberships.ts';
import { daySchema, yearSchema } from './register.schemas.ts';

export const assemblyKinds = ['ordinary', 'extraordinary', 'board'] as const;
export const agendaItemKinds = ['informative', 'deliberative', 'election'] as const;
export const attendanceRoles = ['voting_member', 'staff', 'guest'] as const;
export const attendanceStatuses = ['present', 'remote', 'excused', 'absent'] as const;
export const majorities = ['simple', 'absolute', 'two_thirds', 'three_quarters', 'unanimity'] as const;

const shareSchema = z
  .object({ numerator: z.number().int().min(1), denominator: z.number().int().min(1) })
  .refine((share) => share.numerator <= share.denominator, { error: 'share_above_one' })
  .nullable();

export const statutesInputSchema = z.object({
  effectiveFrom: daySchema,
  /** Categories whose validated members vote, with each member's number of votes. */
  votingWeights: z
    .partialRecord(z.enum(membershipCategories), z.number().int().min(1).max(1000))
    .refine((weights) => Object.keys(weights).length > 0, { error: 'no_voting_category' }),
  requiresFeePaid: z.boolean(),
  ordinaryQuorum: shareSchema,
  extraordinaryQuorum: shareSchema,
  doProxiesCount: z.boolean(),
  isSecondConvocationFree: z.boolean(),
  maxProxiesPerHolder: z.number().int().min(0).max(100),
  doesRemoteCount: z.boolean(),
  defaultMajority: z.enum(majorities),
  noticeDays: z.number().int().min(0).max(365),
  notes: z.string().trim().max(4000).nullable().optional(),
});
export type StatutesInput = z.infer<typeof statutesInputSchema>;

const slugSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'invalid_slug' })
  .max(60);
const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'invalid_time' });

export const agendaItemInputSchema = z.object({
  kind: z.enum(agendaItemKinds),
  title: z.string().trim().min(1).max(500),
  presenter: z.string().trim().max(200).nullable().optional(),
  plannedMinutes: z.number().int().min(1).max(1440).nullable().optional(),
});

export const assemblyInputSchema = z.object({
  slug: slugSchema,
  kind: z.enum(assemblyKinds),
  title: z.string().trim().min(1).max(300),
  heldOn: daySchema,
  place: z.string().trim().min(1).max(300),
  /** Local times ("14:00") in the association's time zone. */
  plannedStart: timeSchema,
  plannedEnd: timeSchema.nullable().optional(),
  chairPersonId: z.string().min(1).nullable().optional(),
  secretaryPersonId: z.string().min(1).nullable().optional(),
  membershipYear: yearSchema,
  isSecondConvocation: z.boolean().optional(),
  agenda: z.array(agendaItemInputSchema).max(100).optional(),
});
export type AssemblyInput = z.infer<typeof assemblyInputSchema>;

export const attendeeInputSchema = z.object({
  personId: z.string().min(1),
  /** The member whose vote the person carries: their own membership or their organisation's. */
  membershipId: z.string().min(1).nullable().optional(),
  label: z.string().trim().max(300).nullable().optional(),
  role: z.enum(attendanceRoles),
  status: z.enum(attendanceStatuses),
});

export const proxyInputSchema = z.object({
  giverMembershipId: z.string().min(1),
  holderMembershipId: z.string().min(1),
  source: z.enum(['convocation', 'door', 'secretary']).default('secretary'),
});

export const pasteAttendanceSchema = z.object({
  text: z.string().max(200_000),
  role: z.enum(attendanceRoles),
  status: z.enum(attendanceStatuses),
  isDryRun: z.boolean(),
});
