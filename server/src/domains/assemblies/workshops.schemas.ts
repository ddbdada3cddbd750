import { z } from 'zod';

/*
 * Inputs and outputs of the workshops and the questions of an assembly. Only zod is imported, so
 * the file can join common/assemblies.schemas.ts as it is when the web app needs it.
 */

const itemSchema = z.string().trim().min(1).max(4000);

export const workshopInputSchema = z.object({
  /** An existing workshop keeps its members; without an id, a new workshop. */
  id: z.string().min(1).optional(),
  topic: z.string().trim().min(1).max(300),
  minutes: z.number().int().min(1).max(1440).nullable().optional(),
  /** The group's problem statements and its proposals, in order: one item per paragraph or bullet. */
  problems: z.array(itemSchema).max(100),
  proposals: z.array(itemSchema).max(100),
});
export type WorkshopInput = z.infer<typeof workshopInputSchema>;

export const workshopsInputSchema = z.object({ workshops: z.array(workshopInputSchema).max(50) });

export const groupSizeSchema = z
  .object({ minSize: z.number().int().min(1).max(100), maxSize: z.number().int().min(1).max(100) })
  .refine((range) => range.minSize <= range.maxSize, { error: 'min_above_max', path: ['minSize'] });
export type GroupSize = z.infer<typeof groupSizeSchema>;

export const workshopMemberInputSchema = z.object({
  attendanceId: z.string().min(1),
  /** null takes the person out of every workshop. */
  workshopId: z.string().min(1).nullable(),
});

export const questionInputSchema = z.object({
  askedByPersonId: z.string().min(1).nullable().optional(),
  /** Who asked, as written when the person is not in the register ("une élue de Mulhouse"). */
  askedByLabel: z.string().trim().max(300).nullable().optional(),
  question: z.string().trim().min(1).max(4000),
  answer: z.string().trim().max(20000).nullable().optional(),
});
export type QuestionInput = z.infer<typeof questionInputSchema>;

export const questionsInputSchema = z.object({ questions: z.array(questionInputSchema).max(200) });

export const workshopSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  topic: z.string(),
  minutes: z.number().int().nullable(),
  problems: z.array(z.string()),
  proposals: z.array(z.string()),
  members: z.array(
    z.object({
      attendanceId: z.string(),
      administrativeName: z.string().nullable(),
      label: z.string().nullable(),
    }),
  ),
});

export const questionSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  askedByPersonId: z.string().nullable(),
  askedBy: z.string().nullable(),
  question: z.string(),
  answer: z.string().nullable(),
});
