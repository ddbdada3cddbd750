import { z } from 'zod';

export const minutesFormats = ['md', 'html', 'pdf', 'docx'] as const;
export type MinutesFormat = (typeof minutesFormats)[number];
export const minutesStates = ['draft', 'approved', 'signed'] as const;
export type MinutesState = (typeof minutesStates)[number];

export const minutesLangSchema = z.enum(['fr', 'en']);

export const minutesSectionSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  kind: z.string().describe('a generated kind (attendance, agenda…) or "written"'),
  label: z.string().describe('how the section is listed'),
  title: z.string().nullable().describe('a written section’s heading'),
  markdown: z.string().nullable().describe('a written section’s text, or the override of a generated one'),
  isOverridden: z.boolean(),
  generatedMarkdown: z.string().nullable().describe('what the data gives for a generated section'),
  version: z
    .number()
    .int()
    .describe('the section’s own version, raised by each change; sent back in If-Match when saving it'),
});

export const minutesItemNoteSchema = z.object({
  agendaItemId: z.string(),
  position: z.number().int().describe('the item’s place on the agenda'),
  title: z.string().describe('the agenda item’s title'),
  markdown: z.string().describe('the secretary’s notes under the item (Markdown); empty when none'),
  version: z
    .number()
    .int()
    .describe('the note’s version, 0 while nothing is written; sent back in If-Match when saving it'),
});

export const minutesVersionSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  previousId: z.string().nullable(),
  state: z.enum(minutesStates),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  signedAt: z.string().nullable(),
  signedBy: z.string().nullable(),
  pdfSha256: z.string().nullable(),
});

export const minutesSchema = minutesVersionSchema.extend({
  assembly: z.object({ slug: z.string(), title: z.string(), heldOn: z.string() }),
  sections: z.array(minutesSectionSchema),
  notes: z.array(minutesItemNoteSchema).describe('the notes under each agenda item, in agenda order'),
  versions: z.array(minutesVersionSchema),
});
export type MinutesView = z.infer<typeof minutesSchema>;
export type MinutesSectionView = z.infer<typeof minutesSectionSchema>;
export type MinutesItemNoteView = z.infer<typeof minutesItemNoteSchema>;

export const minutesRegisterSchema = z.object({
  assemblies: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      heldOn: z.string(),
      current: minutesVersionSchema.nullable(),
      versions: z.array(minutesVersionSchema),
    }),
  ),
});
export type MinutesRegisterView = z.infer<typeof minutesRegisterSchema>;

export const sectionTextInputSchema = z.object({
  title: z.string().trim().min(1).max(300).optional().describe('written sections only'),
  markdown: z.string().max(200_000),
});

export const itemNoteInputSchema = z.object({
  markdown: z.string().max(200_000).describe('the notes under the item, in Markdown; empty clears them'),
});

export const writtenSectionInputSchema = z.object({
  title: z.string().trim().min(1).max(300),
  markdown: z.string().max(200_000).default(''),
});

export const sectionOrderInputSchema = z.object({
  sectionIds: z.array(z.string().min(1)).min(1).describe('every section of the minutes, in the new order'),
});

export const minutesDocumentQuerySchema = z.object({
  format: z.enum(minutesFormats),
  lang: minutesLangSchema.optional(),
  version: z.coerce.number().int().min(1).optional(),
  preview: z.enum(['0', '1']).optional().describe('1: mark the overridden sections (HTML)'),
});
