import { chartOfAccounts, findAccount } from '../../../../common/chart-of-accounts.ts';
import type { BudgetSide } from '../../../../common/budget.ts';
import type {
  BudgetActualToDate,
  BudgetCreate,
  BudgetLineInput,
  BudgetTableView,
} from '../../../../common/budget.schemas.ts';
import { normalizeName } from '../../../../common/names.ts';
import type { ServiceContext } from '../../context.ts';
import type { ErrorCode } from '../../../../common/errors.ts';
import type { MessageParams } from '../../../../common/i18n/messages.ts';
import { AppError, type FieldError } from '../../http/app-error.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import {
  deleteBudgetColumn,
  deleteBudgetLine,
  findActualColumn,
  findBudget,
  insertBudget,
  insertBudgetColumn,
  insertBudgetLine,
  listBudgetAmounts,
  listBudgetColumns,
  listBudgetLines,
  setBudgetAmount,
  setColumnAsOf,
  touchBudget,
} from './budget.repository.ts';
import { budgetTable } from './budget.service.ts';

const lineKey = (side: string, code: string, label: string) => `${side}|${code}|${normalizeName(label)}`;

/**
 * A new year's budget: the year's forecast beside the previous year's actual. `empty` starts from the
 * chart's families; `previous` copies the lines of the previous year's budget and their structure
 * (funders, fee lines and their counts; not its result line, which belongs to its year). The actual
 * column takes the previous year's actual wherever a budget holds it, line by line (same side, code
 * and label); otherwise it is blank, to be typed when the year closes. All or nothing.
 */
export async function createBudget(
  context: ServiceContext,
  { actor, input }: { actor: SessionUser | null; input: BudgetCreate },
): Promise<BudgetTableView> {
  const { year } = input;
  await context.database.db.transaction().execute(async (db) => {
    if (await findBudget(db, year)) {
      throw new AppError(
        'budget_year_exists',
        { year },
        { errors: [{ path: 'body.year', message: 'budget_exists' }] },
      );
    }
    const source = input.from === 'previous' ? await findBudget(db, year - 1) : undefined;
    if (input.from === 'previous' && !source) {
      throw new AppError(
        'budget_previous_missing',
        { year: year - 1 },
        { errors: [{ path: 'body.from', message: 'no_previous_budget' }] },
      );
    }
    const now = nowIso();
    const budgetId = newId();
    await insertBudget(db, { id: budgetId, year, title: input.title ?? `Budget prévisionnel ${year}`, now });
    const forecastKey = `budget_${year}`;
    const actualKey = `actual_${year - 1}`;
    await insertBudgetColumn(db, {
      id: newId(),
      budgetId,
      key: forecastKey,
      label: String(year),
      kind: 'forecast',
      year,
      position: 0,
    });
    await insertBudgetColumn(db, {
      id: newId(),
      budgetId,
      key: actualKey,
      label: `${year - 1} réalisé`,
      kind: 'actual',
      year: year - 1,
      position: 1,
    });

    const created: { id: string; side: string; code: string; label: string }[] = [];
    if (source) {
      const lines = (await listBudgetLines(db, source.id)).filter((line) => line.is_result !== 1);
      const kept = new Set(lines.map((line) => line.id));
      const ids = new Map(lines.map((line) => [line.id, newId()]));
      // Parents first, so that a line never waits for its parent.
      const depth = (line: (typeof lines)[number]): number => {
        let level = 0;
        let parent = line.parent_id;
        while (parent && level < 50) {
          level += 1;
          parent = lines.find((entry) => entry.id === parent)?.parent_id ?? null;
        }
        return level;
      };
      for (const line of [...lines].sort((a, b) => depth(a) - depth(b))) {
        if (line.parent_id && !kept.has(line.parent_id)) continue;
        const id = ids.get(line.id)!;
        await insertBudgetLine(db, {
          id,
          budgetId,
          parentId: line.parent_id ? ids.get(line.parent_id)! : null,
          side: line.side,
          accountCode: line.account_code,
          label: line.label,
          position: line.position,
          isResult: false,
          funderOrganisationId: line.funder_organisation_id,
          feeCategory: line.fee_category,
          feeCount: line.fee_count,
          now,
        });
        created.push({ id, side: line.side, code: line.account_code, label: line.label });
      }
    } else {
      const families = chartOfAccounts.filter(
        (account) => account.parent === null && !['120', '129'].includes(account.code),
      );
      for (const [position, account] of families.entries()) {
        const id = newId();
        await insertBudgetLine(db, {
          id,
          budgetId,
          parentId: null,
          side: account.side,
          accountCode: account.code,
          label: account.label,
          position,
          isResult: false,
          funderOrganisationId: null,
          feeCategory: null,
          feeCount: null,
          now,
        });
        created.push({ id, side: account.side, code: account.code, label: account.label });
      }
    }

    // The previous year's actual, where a budget holds it: leaf lines matched by side, code and label.
    let copiedActual = 0;
    const actual = await findActualColumn(db, year - 1, budgetId);
    if (actual) {
      const [actualLines, actualAmounts] = await Promise.all([
        listBudgetLines(db, actual.budget_id),
        listBudgetAmounts(db, actual.budget_id),
      ]);
      const parents = new Set(actualLines.map((line) => line.parent_id));
      const amountOf = new Map(
        actualAmounts
          .filter((amount) => amount.column_key === actual.key)
          .map((amount) => [amount.line_id, Number(amount.amount_cents)]),
      );
      const byKey = new Map<string, number>();
      for (const line of actualLines) {
        const cents = amountOf.get(line.id);
        if (cents === undefined || parents.has(line.id) || line.is_result === 1) continue;
        byKey.set(lineKey(line.side, line.account_code, line.label), cents);
      }
      for (const line of created) {
        const cents = byKey.get(lineKey(line.side, line.code, line.label));
        if (cents === undefined) continue;
        await setBudgetAmount(db, { id: newId(), lineId: line.id, columnKey: actualKey, amountCents: cents });
        copiedActual += 1;
      }
    }
    await recordAuditEvent(db, {
      actorUserId: actor?.id ?? null,
      action: 'budget.created',
      subjectType: 'budget',
      subjectId: budgetId,
      details: { year, from: input.from, lines: created.length, copiedActual },
    });
  });
  return budgetTable(context, year);
}

/**
 * Adds a line under another (which becomes a subtotal; an amount it held is kept as its declared
 * figure) or a family at the top of a side. A standard account code must belong to the line's side;
 * a code of the association's own must start with a family of that side; top lines are families.
 */
export async function addBudgetLine(
  context: ServiceContext,
  { actor, year, input }: { actor: SessionUser | null; year: number; input: BudgetLineInput },
): Promise<BudgetTableView> {
  await context.database.db.transaction().execute(async (db) => {
    const budget = await findBudget(db, year);
    if (!budget) throw new AppError('budget_not_found', { year });
    const lines = await listBudgetLines(db, budget.id);
    const refuse = (
      path: string,
      message: string,
      code: ErrorCode,
      params?: MessageParams,
      fieldParams?: MessageParams,
    ): never => {
      const errors: FieldError[] = [{ path, message, ...(fieldParams ? { params: fieldParams } : {}) }];
      throw new AppError(code, params, { errors });
    };
    const parent = input.parentId === null ? null : lines.find((line) => line.id === input.parentId);
    if (parent === undefined) refuse('body.parentId', 'unknown_line', 'budget_parent_unknown');
    if (parent?.fee_category) refuse('body.parentId', 'fee_line', 'budget_parent_fee_line');
    if (parent?.is_result === 1) refuse('body.parentId', 'result_line', 'budget_parent_result_line');
    const side = (parent?.side ?? input.side) as BudgetSide | undefined;
    if (!side) refuse('body.side', 'required', 'budget_side_required');
    if (parent && input.side && input.side !== parent.side)
      refuse('body.side', 'wrong_side', `budget_parent_on_${parent.side as BudgetSide}`);
    const code = input.accountCode;
    const account = findAccount(code);
    if (account && account.side !== side)
      refuse(
        'body.accountCode',
        'wrong_side',
        `budget_account_of_${account.side}`,
        { code, label: account.label },
        // The field's own sentence names the account and its side (`wrong_side_charges`).
        { context: account.side, code, label: account.label },
      );
    if (!parent && (!account || account.parent !== null))
      refuse('body.accountCode', 'not_a_family', 'budget_top_line_not_a_family', { code });
    const family = findAccount(code.slice(0, 2));
    if (!account && (!family || family.side !== side || family.parent !== null))
      refuse('body.accountCode', 'unknown_account', `budget_account_outside_${side!}`, { code });
    const label = input.label || account?.label || '';
    if (!label) refuse('body.label', 'required', 'budget_label_required');
    const siblings = lines.filter((line) => line.parent_id === (parent?.id ?? null) && line.side === side);
    if (
      siblings.some(
        (line) => line.account_code === code && normalizeName(line.label) === normalizeName(label),
      )
    ) {
      refuse('body.label', 'duplicate_line', 'budget_line_exists', { code, label });
    }
    const now = nowIso();
    const id = newId();
    await insertBudgetLine(db, {
      id,
      budgetId: budget.id,
      parentId: parent?.id ?? null,
      side: side!,
      accountCode: code,
      label,
      position: Math.max(-1, ...siblings.map((line) => line.position)) + 1,
      isResult: false,
      funderOrganisationId: null,
      feeCategory: null,
      feeCount: null,
      now,
    });
    await touchBudget(db, budget.id, now);
    await recordAuditEvent(db, {
      actorUserId: actor?.id ?? null,
      action: 'budget.line_added',
      subjectType: 'budget',
      subjectId: budget.id,
      details: { year, lineId: id, parentId: parent?.id ?? null, accountCode: code, label },
    });
  });
  return budgetTable(context, year);
}

/** Removes a line with its amounts; refused while lines stand beneath it. */
export async function removeBudgetLine(
  context: ServiceContext,
  { actor, year, lineId }: { actor: SessionUser | null; year: number; lineId: string },
): Promise<BudgetTableView> {
  await context.database.db.transaction().execute(async (db) => {
    const budget = await findBudget(db, year);
    if (!budget) throw new AppError('budget_not_found', { year });
    const lines = await listBudgetLines(db, budget.id);
    const line = lines.find((entry) => entry.id === lineId);
    if (!line) throw new AppError('budget_line_not_found', { line: lineId, year });
    const beneath = lines.filter((entry) => entry.parent_id === line.id).length;
    if (beneath > 0) {
      throw new AppError(
        'budget_line_has_lines_beneath',
        { code: line.account_code, label: line.label, count: beneath },
        { errors: [{ path: 'params.lineId', message: 'has_lines_beneath' }] },
      );
    }
    await deleteBudgetLine(db, line.id);
    const now = nowIso();
    await touchBudget(db, budget.id, now);
    await recordAuditEvent(db, {
      actorUserId: actor?.id ?? null,
      action: 'budget.line_removed',
      subjectType: 'budget',
      subjectId: budget.id,
      details: { year, lineId, accountCode: line.account_code, label: line.label },
    });
  });
  return budgetTable(context, year);
}

/** The key of a budget's actual-to-date column: one per budget, of the budget's own year. */
const toDateKey = (year: number) => `to_date_${year}`;

/**
 * Adds to a budget its own year's actual as it stands on a day, in a column after the others, or moves
 * that day when the column exists. Its amounts are typed like any other column's; the minutes print it
 * as "Réalisé au 31 mai 2025" when it has figures. The day must fall within the budget's year.
 */
export async function setActualToDate(
  context: ServiceContext,
  { actor, year, input }: { actor: SessionUser | null; year: number; input: BudgetActualToDate },
): Promise<BudgetTableView> {
  if (!input.asOf.startsWith(`${year}-`)) {
    throw new AppError(
      'budget_as_of_outside_year',
      { year },
      { errors: [{ path: 'body.asOf', message: 'budget_as_of_outside_year', params: { year } }] },
    );
  }
  await context.database.db.transaction().execute(async (db) => {
    const budget = await findBudget(db, year);
    if (!budget) throw new AppError('budget_not_found', { year });
    const columns = await listBudgetColumns(db, budget.id);
    const existing = columns.find((column) => column.key === toDateKey(year));
    if (existing) await setColumnAsOf(db, existing.id, input.asOf);
    else
      await insertBudgetColumn(db, {
        id: newId(),
        budgetId: budget.id,
        key: toDateKey(year),
        label: `${year} réalisé au ${input.asOf.split('-').reverse().join('/')}`,
        kind: 'actual',
        year,
        position: Math.max(-1, ...columns.map((column) => Number(column.position))) + 1,
        asOf: input.asOf,
      });
    await touchBudget(db, budget.id, nowIso());
    await recordAuditEvent(db, {
      actorUserId: actor?.id ?? null,
      action: existing ? 'budget.actual_to_date_moved' : 'budget.actual_to_date_added',
      subjectType: 'budget',
      subjectId: budget.id,
      details: { year, asOf: input.asOf, ...(existing ? { previous: existing.as_of } : {}) },
    });
  });
  return budgetTable(context, year);
}

/** Removes a budget's actual-to-date column and the amounts typed in it. */
export async function removeActualToDate(
  context: ServiceContext,
  { actor, year }: { actor: SessionUser | null; year: number },
): Promise<BudgetTableView> {
  await context.database.db.transaction().execute(async (db) => {
    const budget = await findBudget(db, year);
    if (!budget) throw new AppError('budget_not_found', { year });
    const column = (await listBudgetColumns(db, budget.id)).find((entry) => entry.key === toDateKey(year));
    if (!column) throw new AppError('budget_actual_to_date_missing', { year });
    await deleteBudgetColumn(db, { id: column.id, budgetId: budget.id, key: column.key });
    await touchBudget(db, budget.id, nowIso());
    await recordAuditEvent(db, {
      actorUserId: actor?.id ?? null,
      action: 'budget.actual_to_date_removed',
      subjectType: 'budget',
      subjectId: budget.id,
      details: { year, asOf: column.as_of },
    });
  });
  return budgetTable(context, year);
}
