import { z } from 'zod';
import { organisationKinds } from './organisations.ts';

export const affiliationViewSchema = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  title: z.string().nullable(),
  isStaff: z.boolean(),
});

export const personViewSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  displayName: z.string(),
  administrativeName: z.string(),
  email: z.string().nullable(),
  affiliations: z.array(affiliationViewSchema),
});
export type PersonView = z.infer<typeof personViewSchema>;

export const organisationViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(organisationKinds),
  aliases: z.array(z.string()),
});
export type OrganisationView = z.infer<typeof organisationViewSchema>;

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
