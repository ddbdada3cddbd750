import { parseAccountPrefixes } from '../../../../common/annual-accounts.ts';
import { parseAmount } from '../../../../common/amounts.ts';
import { newId, nowIso } from '../../ids.ts';
import { saveAnnualAccounts } from '../../domains/budget/annual-accounts.repository.ts';
import type { Db } from '../database.ts';
import { programmeOrganisations, programmes } from './la-27e-region.programmes.ts';
import { ensureOrganisation } from './seed-helpers.ts';
import { insertProject, insertProjectPartner } from '../../domains/budget/programmes.repository.ts';
import { accounts2016 } from './la-27e-region.accounts.ts';
import { staffFigures, staffFunctions2017, staffMembers2017 } from './la-27e-region.staff.ts';
import { parseFte } from '../../../../common/staff.ts';
import {
  insertStaffMember,
  saveStaffFigure,
  saveStaffFunctionRow,
} from '../../domains/budget/staff.repository.ts';

function cents(text: string): number {
  const parsed = parseAmount(text, { allowNegative: true });
  if (!parsed.ok) throw new Error(`demo amount ${text}: ${parsed.error}`);
  return parsed.cents;
}

/** The 2016 accounts as the reference states them; once only. */
async function loadDemoAccounts(database: Db): Promise<void> {
  await database.transaction().execute(async (db) => {
    const found = await db
      .selectFrom('annual_accounts')
      .select('id')
      .where('year', '=', accounts2016.year)
      .executeTakeFirst();
    if (found) return;
    await saveAnnualAccounts(
      db,
      {
        year: accounts2016.year,
        resultCents: cents(accounts2016.result),
        equityCents: cents(accounts2016.equity),
        balanceSheetTotalCents: cents(accounts2016.balanceSheetTotal),
        notes: accounts2016.notes,
        shares: accounts2016.shares.map((share) => ({
          label: share.label,
          accounts: parseAccountPrefixes(share.accounts)!,
        })),
      },
      { newId, now: nowIso() },
    );
  });
}

function hundredths(text: string): number {
  const [whole, decimals = ''] = text.split(',');
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
}

/** The recorded history and the team of April 2017; once only. */
async function loadDemoStaff(database: Db): Promise<void> {
  await database.transaction().execute(async (db) => {
    const now = nowIso();
    // The demo's functions, worded as the reference words them (again over a database migrated with the
    // codes only): its own list, as an association enters its own from the staff page.
    for (const entry of staffFunctions2017) await saveStaffFunctionRow(db, { id: newId(), ...entry, now });
    if (await db.selectFrom('staff_figures').select('id').executeTakeFirst()) return;
    for (const figure of staffFigures) {
      await saveStaffFigure(db, { id: newId(), ...figure, fteHundredths: hundredths(figure.fte), now });
    }
    if (await db.selectFrom('staff_members').select('id').executeTakeFirst()) return;
    for (const member of staffMembers2017) {
      const fteHundredths = parseFte(member.fte);
      if (fteHundredths === null) throw new Error(`demo FTE ${member.fte}`);
      await insertStaffMember(db, { id: newId(), ...member, fteHundredths, now });
    }
  });
}

/** The reference's 2016–2017 activity: programmes, projects, partners, agreement, outputs; once only. */
async function loadDemoProgrammes(database: Db): Promise<void> {
  await database.transaction().execute(async (db) => {
    const organisations = new Map<string, string>();
    for (const seed of programmeOrganisations)
      organisations.set(seed.name, await ensureOrganisation(db, seed));
    const organisation = (name: string) => {
      const id = organisations.get(name);
      if (!id) throw new Error(`demo programmes name an unknown organisation: ${name}`);
      return id;
    };
    if (await db.selectFrom('programmes').select('id').executeTakeFirst()) return;
    for (const [position, programme] of programmes.entries()) {
      const programmeId = newId();
      await db
        .insertInto('programmes')
        .values({
          id: programmeId,
          code: programme.code,
          name: programme.name,
          description: programme.description,
          link: programme.link ?? null,
          position,
        })
        .execute();
      for (const project of programme.projects) {
        const projectId = newId();
        await insertProject(db, {
          id: projectId,
          programmeId,
          year: project.year,
          endYear: project.endYear ?? null,
          title: project.title,
          status: project.status,
          place: project.place ?? null,
          link: project.link ?? null,
          description: project.description ?? null,
        });
        for (const name of project.partners ?? [])
          await insertProjectPartner(db, {
            id: newId(),
            projectId,
            organisationId: organisation(name),
            role: null,
          });
      }
      for (const agreement of programme.agreements ?? []) {
        await db
          .insertInto('agreements')
          .values({
            id: newId(),
            funder_organisation_id: organisation(agreement.funder),
            programme_id: programmeId,
            title: agreement.title,
            amount_cents: cents(agreement.amount),
            start_year: agreement.startYear,
            end_year: agreement.endYear,
            beneficiary_count: agreement.beneficiaryCount,
            covers: agreement.covers,
          })
          .execute();
      }
      for (const output of programme.outputs) {
        await db
          .insertInto('programme_outputs')
          .values({
            id: newId(),
            programme_id: programmeId,
            kind: output.kind,
            title: output.title,
            year: output.year,
            on_day: output.onDay ?? null,
            place: output.place ?? null,
            link: output.link ?? null,
          })
          .execute();
      }
    }
  });
}

/** The reference's accounts, staff and programmes; each part once only. */
export async function loadDemoActivity(database: Db): Promise<void> {
  await loadDemoAccounts(database);
  await loadDemoStaff(database);
  await loadDemoProgrammes(database);
}
