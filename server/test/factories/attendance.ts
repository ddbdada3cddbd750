import type { z } from 'zod';
import type { attendeeInputSchema } from '../../../common/assemblies.schemas.ts';
import type { ServiceContext } from '../../src/context.ts';
import { addAttendee, giveProxy } from '../../src/domains/assemblies/attendance.service.ts';
import { checkIn } from '../../src/domains/assemblies/check-in.service.ts';

type AttendeeInput = z.infer<typeof attendeeInputSchema>;

/** A line of the attendance sheet (a voting member present by default); returns the sheet. */
export async function createAttendance(
  context: ServiceContext,
  options: { slug: string; personId: string } & Partial<Omit<AttendeeInput, 'personId'>>,
) {
  const { slug, ...attendee } = options;
  return addAttendee(context, {
    actor: null,
    slug,
    attendee: { role: 'voting_member', status: 'present', ...attendee },
  });
}

/** One tap at the door: the person arrives carrying the vote of `membershipId`. */
export async function checkInPerson(
  context: ServiceContext,
  options: { slug: string; personId: string; membershipId?: string | null },
) {
  return checkIn(context, { actor: null, membershipId: null, ...options });
}

/** A proxy from one member to another, recorded by the secretary. */
export async function createProxy(
  context: ServiceContext,
  options: { slug: string; giverMembershipId: string; holderMembershipId: string },
) {
  const { slug, ...proxy } = options;
  return giveProxy(context, { actor: null, slug, proxy: { ...proxy, source: 'secretary' } });
}
