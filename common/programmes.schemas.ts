import { z } from 'zod';

export const projectStatuses = ['planned', 'running', 'done'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];
export const projectStatusLabels: Record<ProjectStatus, string> = {
  planned: 'Prévu',
  running: 'En cours',
  done: 'Réalisé',
};
export const outputKinds = ['event', 'publication'] as const;

const link = z.string().url().max(500).nullable();

export const projectInputSchema = z.object({
  programme: z.string().min(1).max(60).describe('The programme’s code: "transfo", "residences"…'),
  year: z.number().int().min(1901).max(2200),
  endYear: z.number().int().min(1901).max(2200).nullable().default(null),
  title: z.string().trim().min(1).max(300),
  status: z.enum(projectStatuses),
  place: z.string().trim().max(200).nullable().default(null),
  link: link.default(null),
  partnerIds: z.array(z.string().min(1).max(100)).max(50).default([]),
});
export type ProjectInput = z.infer<typeof projectInputSchema>;

const partnerSchema = z.object({ id: z.string(), name: z.string(), role: z.string().nullable() });

export const programmeYearSchema = z.object({
  year: z.number().int(),
  programmes: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      description: z.string().nullable(),
      link: z.string().nullable(),
      projects: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          year: z.number().int(),
          endYear: z.number().int().nullable(),
          status: z.enum(projectStatuses),
          place: z.string().nullable(),
          link: z.string().nullable(),
          description: z.string().nullable(),
          partners: z.array(partnerSchema),
        }),
      ),
      agreements: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          funder: z.object({ id: z.string(), name: z.string() }).nullable(),
          amountCents: z.number().int(),
          amount: z.string(),
          startYear: z.number().int(),
          endYear: z.number().int(),
          beneficiaryCount: z.number().int().nullable(),
          covers: z.string().nullable(),
        }),
      ),
      outputs: z.array(
        z.object({
          id: z.string(),
          kind: z.enum(outputKinds),
          title: z.string(),
          onDay: z.string().nullable(),
          place: z.string().nullable(),
          link: z.string().nullable(),
        }),
      ),
    }),
  ),
});
export type ProgrammeYearView = z.infer<typeof programmeYearSchema>;
