import { z } from 'zod';

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('fr-FR', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const associationSchema = z.object({
  name: z.string().trim().min(1).max(200),
  shortName: z.string().trim().min(1).max(60),
  timeZone: z.string().refine(isTimeZone, { error: 'unknown_time_zone' }),
  locale: z.enum(['fr', 'en']),
});
export type AssociationView = z.infer<typeof associationSchema>;
