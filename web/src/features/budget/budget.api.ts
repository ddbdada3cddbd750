import { api } from '../../api/client.ts';
import type {
  BudgetActualToDate,
  BudgetCreate,
  BudgetEdit,
  BudgetLineInput,
  BudgetList,
  BudgetTableView,
} from '../../../../common/budget.schemas.ts';
import type { AnnualAccountsEdit, AnnualAccountsView } from '../../../../common/annual-accounts.schemas.ts';

export type { BudgetTableView };

export function fetchBudgets(): Promise<BudgetList> {
  return api.get('/api/budgets');
}

export function fetchBudget(year: number): Promise<BudgetTableView> {
  return api.get(`/api/budgets/${year}`);
}

/** Saves an edit made on a version of the budget; a stale one is refused (409 `stale_version`). */
export function saveBudget(
  year: number,
  edit: Partial<BudgetEdit>,
  version: number,
): Promise<BudgetTableView> {
  return api.patch(`/api/budgets/${year}`, edit, { version });
}

export function setActualToDate(year: number, input: BudgetActualToDate): Promise<BudgetTableView> {
  return api.put(`/api/budgets/${year}/actual-to-date`, input);
}

export function removeActualToDate(year: number): Promise<BudgetTableView> {
  return api.delete(`/api/budgets/${year}/actual-to-date`);
}

export function fetchAnnualAccounts(year: number): Promise<AnnualAccountsView> {
  return api.get(`/api/annual-accounts/${year}`);
}

export function createBudget(input: BudgetCreate): Promise<BudgetTableView> {
  return api.post('/api/budgets', input);
}

export function addBudgetLine(year: number, input: BudgetLineInput): Promise<BudgetTableView> {
  return api.post(`/api/budgets/${year}/lines`, input);
}

export function removeBudgetLine(year: number, lineId: string): Promise<BudgetTableView> {
  return api.delete(`/api/budgets/${year}/lines/${encodeURIComponent(lineId)}`);
}

/** Saved on `version` (0 when none were recorded); a stale one is refused with the accounts as they now are. */
export function saveAnnualAccounts(
  year: number,
  edit: AnnualAccountsEdit,
  version: number,
): Promise<AnnualAccountsView> {
  return api.put(`/api/annual-accounts/${year}`, edit, { version });
}
