import type { MembershipStatus } from '../../../../common/memberships.ts';
import { normalizeName } from '../../../../common/names.ts';
import { loadDemoAssembly } from './demo-assembly.ts';
import { loadDemoActivity } from './demo-activity.ts';
import { loadDemoBudget } from './demo-budget.ts';
import { loadDemoMinutes } from './demo-minutes.ts';
import { loadDemoVotes } from './demo-votes.ts';
import type { Db, DbOrTransaction } from '../database.ts';
import { newId, nowIso } from '../../ids.ts';
import { association, organisations, persons } from './la-27e-region.people.ts';
import {
  categories,
  crossMemberships,
  feeGrid2017,
  fictitiousIndividuals,
  legalEntities,
  memberOrganisations,
  pendingIndividuals,
  pendingLegalEntities,
  validatedIndividuals,
} from './la-27e-region.memberships.ts';
import {
  ensureAffiliation,
  ensureCategory,
  ensureFeeGrid,
  ensureMembership,
  ensureOrganisation,
  ensurePerson,
} from './seed-helpers.ts';

export interface DemoSummary {
  association: string;
  organisations: number;
  persons: number;
  affiliations: number;
  staff: number;
}

async function organisationIdByName(db: DbOrTransaction, name: string): Promise<string> {
  const row = await db
    .selectFrom('organisation_aliases')
    .select('organisation_id')
    .where('normalized_alias', '=', normalizeName(name))
    .executeTakeFirst();
  if (!row) throw new Error(`demo data names an unknown organisation: ${name}`);
  return row.organisation_id;
}

/**
 * Loads La 27e Région, the association of the reference minutes, in one transaction; running it
 * again finds every record and adds nothing.
 */
export async function loadDemo(database: Db): Promise<DemoSummary> {
  await database.transaction().execute(async (db) => {
    for (const organisation of organisations) await ensureOrganisation(db, organisation);
    const ownOrganisationId = await organisationIdByName(db, association.name);
    const existing = await db.selectFrom('association').select('id').executeTakeFirst();
    const now = nowIso();
    const values = {
      name: association.name,
      short_name: association.shortName,
      organisation_id: ownOrganisationId,
      time_zone: association.timeZone,
      locale: association.locale,
      updated_at: now,
    };
    if (existing) await db.updateTable('association').set(values).where('id', '=', existing.id).execute();
    else
      await db
        .insertInto('association')
        .values({ id: newId(), created_at: now, ...values })
        .execute();

    for (const organisation of memberOrganisations) await ensureOrganisation(db, organisation);
    for (const person of persons) {
      const personId = await ensurePerson(db, person);
      for (const affiliation of person.affiliations ?? []) {
        await ensureAffiliation(db, {
          personId,
          organisationId: await organisationIdByName(db, affiliation.org),
          title: affiliation.title ?? null,
          isStaff: affiliation.isStaff ?? false,
        });
      }
    }
  });
  await loadMemberships2017(database);
  await loadDemoAssembly(database);
  await loadDemoBudget(database);
  await loadDemoVotes(database);
  await loadDemoActivity(database);
  await loadDemoMinutes(database);
  const count = async (table: 'organisations' | 'persons' | 'affiliations') =>
    Number(
      (
        await database
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const staff = await database
    .selectFrom('affiliations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('is_staff', '=', 1)
    .executeTakeFirstOrThrow();
  return {
    association: association.name,
    organisations: await count('organisations'),
    persons: await count('persons'),
    affiliations: await count('affiliations'),
    staff: Number(staff.n),
  };
}

async function loadMemberships2017(database: Db): Promise<void> {
  await database.transaction().execute(async (db) => {
    for (const category of categories) await ensureCategory(db, category);
    await ensureFeeGrid(db, 2017, feeGrid2017);
    for (const seed of [...legalEntities, ...pendingLegalEntities]) {
      await ensureMembership(db, {
        year: 2017,
        category: 'legal_entity',
        organisationId: await organisationIdByName(db, seed.member),
        history: seed.history,
      });
    }
    for (const seed of crossMemberships) {
      const organisationId = await organisationIdByName(db, seed.member);
      await ensureMembership(db, {
        year: 2017,
        category: 'cross_membership',
        organisationId,
        partnerOrganisationId: organisationId,
        history: seed.history,
      });
    }
    for (const [firstName, lastName, day] of validatedIndividuals) {
      const personId = await ensurePerson(db, { firstName, lastName });
      await ensureMembership(db, {
        year: 2017,
        category: 'individual',
        personId,
        history: [
          ['validation_pending', '2017-01-09'],
          ['validated', day],
        ],
      });
    }
    const fictitious = fictitiousIndividuals(36 - pendingIndividuals.length);
    for (const [index, [firstName, lastName, day]] of [...pendingIndividuals, ...fictitious].entries()) {
      const personId = await ensurePerson(db, {
        firstName,
        lastName,
        ...(lastName.startsWith('Exemple') ? { notes: 'Adhérent fictif de la démonstration' } : {}),
      });
      // Two of them were validated after the assembly: the summary at 21 June must not count them.
      const history: [MembershipStatus, string][] = [['validation_pending', day]];
      if (index >= pendingIndividuals.length && index < pendingIndividuals.length + 2)
        history.push(['validated', '2017-09-05']);
      await ensureMembership(db, { year: 2017, category: 'individual', personId, history });
    }
  });
}
