import type { z } from 'zod';
import type { attendeeInputSchema } from '../../../common/assemblies.schemas.ts';
import type { ServiceContext } from '../../src/context.ts';
import { addAttendee } from '../../src/domains/assemblies/attendance.service.ts';

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
