import { z } from 'zod';

/** Where a speaker stands on an agenda item's list. */
export const speakerStatuses = ['waiting', 'speaking', 'done'] as const;
export type SpeakerStatus = (typeof speakerStatuses)[number];

/** From ten seconds to an hour: the time a chair gives one speaker. */
const secondsSchema = z.number().int().min(10).max(3600);

export const speakerViewSchema = z.object({
  id: z.string(),
  /** The speaker's row on the attendance sheet. */
  attendanceId: z.string(),
  name: z.string(),
  status: z.enum(speakerStatuses),
  allottedSeconds: z.number().int(),
  /** Server instants (ISO 8601): every screen counts the remaining time from `endsAt`. */
  startedAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  endedAt: z.string().nullable(),
});
export type SpeakerView = z.infer<typeof speakerViewSchema>;

/**
 * An agenda item's speaker list: those who spoke and the one speaking, in the order they spoke, then
 * those waiting in the chair's order. `serverNow` lets a screen whose clock is off count from the
 * server's; `revision` grows at every change, so a screen keeps the newest of two answers.
 */
export const speakerListViewSchema = z.object({
  slug: z.string(),
  agendaItemId: z.string(),
  isKept: z.boolean(),
  secondsPerSpeaker: z.number().int(),
  revision: z.number().int(),
  serverNow: z.string(),
  speakers: z.array(speakerViewSchema),
});
export type SpeakerListView = z.infer<typeof speakerListViewSchema>;

/** The list as a participant's phone reads it: with their own row on the sheet, if any. */
export const participantSpeakerListSchema = speakerListViewSchema.extend({
  myAttendanceId: z.string().nullable(),
});
export type ParticipantSpeakerList = z.infer<typeof participantSpeakerListSchema>;

export const speakerListSettingsSchema = z
  .object({ isKept: z.boolean().optional(), secondsPerSpeaker: secondsSchema.optional() })
  .strict();
export type SpeakerListSettings = z.infer<typeof speakerListSettingsSchema>;

export const speakerAddSchema = z.object({ attendanceId: z.string().min(1).max(100) }).strict();

export const speakerOrderSchema = z
  .object({ speakerIds: z.array(z.string().min(1).max(100)).max(1000) })
  .strict();

export const speakerTimeSchema = z.object({ allottedSeconds: secondsSchema }).strict();

export const speakerItemParamsSchema = z.object({
  slug: z.string().min(1).max(60),
  itemId: z.string().min(1).max(100),
});
export const speakerParamsSchema = speakerItemParamsSchema.extend({
  speakerId: z.string().min(1).max(100),
});
export const participantSpeakerParamsSchema = z.object({ itemId: z.string().min(1).max(100) });
