import { formatMoney } from '../../../../common/format.ts';
import type {
  ProgrammeYearView,
  ProjectInput,
  ProjectStatus,
} from '../../../../common/programmes.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import { AppError, invalidField, type FieldError } from '../../http/app-error.ts';
import { newId } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import {
  insertProject,
  insertProjectPartner,
  listKnownOrganisationIds,
  listAgreementsOfYear,
  listOutputsOfYear,
  listProgrammes,
  listProgrammeYears,
  listProjectPartners,
  listProjectsOfYear,
} from './programmes.repository.ts';

export async function programmeYears(context: ServiceContext): Promise<number[]> {
  return listProgrammeYears(context.database.db);
}

/**
 * The activity of a year, for the programmes page and the minutes' activity report: each programme
 * with its projects running that year (status, place, partners from the register, link), the
 * multi-year agreements covering the year, and its events and publications of the year. Programmes
 * with nothing that year are left out.
 */
export async function programmesOfYear(context: ServiceContext, year: number): Promise<ProgrammeYearView> {
  const { db } = context.database;
  const [programmes, projects, agreements, outputs] = await Promise.all([
    listProgrammes(db),
    listProjectsOfYear(db, year),
    listAgreementsOfYear(db, year),
    listOutputsOfYear(db, year),
  ]);
  const partners = await listProjectPartners(
    db,
    projects.map((project) => project.id),
  );
  return {
    year,
    programmes: programmes
      .map((programme) => ({
        code: programme.code,
        name: programme.name,
        description: programme.description,
        link: programme.link,
        projects: projects
          .filter((project) => project.programme_id === programme.id)
          .map((project) => ({
            id: project.id,
            title: project.title,
            year: Number(project.year),
            endYear: project.end_year === null ? null : Number(project.end_year),
            status: project.status as ProjectStatus,
            place: project.place,
            link: project.link,
            description: project.description,
            partners: partners
              .filter((partner) => partner.project_id === project.id)
              .map((partner) => ({ id: partner.organisation_id, name: partner.name, role: partner.role })),
          })),
        agreements: agreements
          .filter((agreement) => agreement.programme_id === programme.id)
          .map((agreement) => ({
            id: agreement.id,
            title: agreement.title,
            funder: agreement.funder_organisation_id
              ? { id: agreement.funder_organisation_id, name: agreement.funder_name ?? '' }
              : null,
            amountCents: Number(agreement.amount_cents),
            amount: formatMoney(Number(agreement.amount_cents)),
            startYear: Number(agreement.start_year),
            endYear: Number(agreement.end_year),
            beneficiaryCount:
              agreement.beneficiary_count === null ? null : Number(agreement.beneficiary_count),
            covers: agreement.covers,
          })),
        outputs: outputs
          .filter((output) => output.programme_id === programme.id)
          .map((output) => ({
            id: output.id,
            kind: output.kind as 'event' | 'publication',
            title: output.title,
            onDay: output.on_day,
            place: output.place,
            link: output.link,
          })),
      }))
      .filter(
        (programme) => programme.projects.length + programme.agreements.length + programme.outputs.length > 0,
      ),
  };
}

/** Adds a project with its partners from the register: all or nothing. */
export async function addProject(
  context: ServiceContext,
  { actor, input }: { actor: SessionUser | null; input: ProjectInput },
): Promise<ProgrammeYearView> {
  const { db } = context.database;
  const programme = (await listProgrammes(db)).find((entry) => entry.code === input.programme);
  if (!programme) throw invalidField('body.programme', 'unknown_programme', { programme: input.programme });
  if (input.endYear !== null && input.endYear < input.year)
    throw new AppError('project_ends_before_start', undefined, {
      errors: [{ path: 'body.endYear', message: 'before_start' }],
    });
  const knownIds = new Set(await listKnownOrganisationIds(db, input.partnerIds));
  const errors: FieldError[] = input.partnerIds.flatMap((id, index) =>
    knownIds.has(id) ? [] : [{ path: `body.partnerIds.${index}`, message: 'unknown_organisation' }],
  );
  if (errors.length > 0) throw new AppError('partner_not_in_register', { path: errors[0]!.path }, { errors });
  const id = newId();
  await db.transaction().execute(async (transaction) => {
    await insertProject(transaction, { id, programmeId: programme.id, ...input, description: null });
    for (const organisationId of new Set(input.partnerIds))
      await insertProjectPartner(transaction, { id: newId(), projectId: id, organisationId, role: null });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'programmes.project_added',
      subjectType: 'project',
      subjectId: id,
      details: { programme: input.programme, year: input.year, title: input.title },
    });
  });
  return programmesOfYear(context, input.year);
}
