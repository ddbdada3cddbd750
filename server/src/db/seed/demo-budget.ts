import { normalizeName } from '../../../../common/names.ts';
import { newId, nowIso } from '../../ids.ts';
import type { Db, DbOrTransaction } from '../database.ts';
import {
  budget2017,
  budgetFamilies2017,
  budgetFunders,
  type BudgetLineSeed,
} from './la-27e-region.budget.ts';
import { ensureOrganisation } from './seed-helpers.ts';

const euros = (amount: number | null) => (amount === null ? null : amount * 100);

async function funderId(db: DbOrTransaction, name: string | undefined): Promise<string | null> {
  if (!name) return null;
  const row = await db
    .selectFrom('organisation_aliases')
    .select('organisation_id')
    .where('normalized_alias', '=', normalizeName(name))
    .executeTakeFirst();
  if (!row) throw new Error(`demo budget names an unknown funder: ${name}`);
  return row.organisation_id;
}

/** The 2017 budget beside the 2016 actual, as the reference prints it; once only. */
export async function loadDemoBudget(database: Db): Promise<void> {
  await database.transaction().execute(async (db) => {
    for (const funder of budgetFunders) await ensureOrganisation(db, funder);
    if (await db.selectFrom('budgets').select('id').where('year', '=', budget2017.year).executeTakeFirst())
      return;
    const now = nowIso();
    const budgetId = newId();
    await db
      .insertInto('budgets')
      .values({
        id: budgetId,
        year: budget2017.year,
        title: budget2017.title,
        as_of: budget2017.asOf,
        created_at: now,
        updated_at: now,
      })
      .execute();
    for (const [position, column] of budget2017.columns.entries()) {
      await db
        .insertInto('budget_columns')
        .values({
          id: newId(),
          budget_id: budgetId,
          key: column.key,
          label: column.label,
          kind: column.kind,
          year: column.year,
          position,
          declared_charges_cents: euros(budget2017.declaredTotals.charges[position]!),
          declared_products_cents: euros(budget2017.declaredTotals.products[position]!),
        })
        .execute();
    }
    const insertLine = async (
      seed: BudgetLineSeed,
      side: string,
      parentId: string | null,
      position: number,
    ) => {
      const id = newId();
      await db
        .insertInto('budget_lines')
        .values({
          id,
          budget_id: budgetId,
          parent_id: parentId,
          side,
          account_code: seed.code,
          label: seed.label,
          position,
          is_result: seed.isResult ? 1 : 0,
          funder_organisation_id: await funderId(db, seed.funder),
          fee_category: seed.fee?.category ?? null,
          fee_count: seed.fee?.count ?? null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      for (const [index, column] of budget2017.columns.entries()) {
        const amount = euros(seed.amounts[index]!);
        if (amount === null) continue;
        await db
          .insertInto('budget_amounts')
          .values({ id: newId(), line_id: id, column_key: column.key, amount_cents: amount })
          .execute();
      }
      return id;
    };
    for (const [position, family] of budgetFamilies2017.entries()) {
      const familyId = await insertLine(family, family.side, null, position);
      for (const [index, seed] of family.lines.entries())
        await insertLine(seed, family.side, familyId, index);
    }
  });
}
