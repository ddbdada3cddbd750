import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnnualAccountsView } from '../../../../common/annual-accounts.schemas.ts';
import { fetchAnnualAccounts, fetchBudget, fetchBudgets, type BudgetTableView } from './budget.api.ts';

export const budgetKeys = {
  all: ['budget'] as const,
  years: ['budget', 'years'] as const,
  table: (year: number) => ['budget', 'table', year] as const,
  annualAccounts: (year: number) => ['budget', 'annual-accounts', year] as const,
};

export function useBudgetYearsQuery() {
  return useQuery({
    queryKey: budgetKeys.years,
    queryFn: async () => (await fetchBudgets()).budgets.map((budget) => budget.year),
  });
}

export function useBudgetQuery(year: number | null) {
  return useQuery({
    queryKey: budgetKeys.table(year ?? 0),
    queryFn: () => fetchBudget(year ?? 0),
    enabled: year !== null,
  });
}

export function useAnnualAccountsQuery(year: number) {
  return useQuery({ queryKey: budgetKeys.annualAccounts(year), queryFn: () => fetchAnnualAccounts(year) });
}

/**
 * A write answering a year's budget (amounts, a line added or removed, a new budget): the table is
 * shown as the server answered it; the years and the accounts summed from its lines are read again.
 */
/** The budget versions this page's own writes produced, per year (see isOwnBudgetVersion). */
const ownBudgetVersions = new Map<number, Set<number>>();

/**
 * Whether this version of a year's budget came from a write made here (a line added, a column added,
 * figures saved) rather than from someone else: figures typed but not saved yet then move onto it.
 */
export function isOwnBudgetVersion(year: number, version: number): boolean {
  return ownBudgetVersions.get(year)?.has(version) ?? false;
}

export function useBudgetMutation<Input>(write: (input: Input) => Promise<BudgetTableView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (table) => {
      const own = ownBudgetVersions.get(table.year) ?? new Set<number>();
      own.add(table.version);
      ownBudgetVersions.set(table.year, own);
      queryClient.setQueryData(budgetKeys.table(table.year), table);
      void queryClient.invalidateQueries({ queryKey: budgetKeys.years });
      void queryClient.invalidateQueries({ queryKey: ['budget', 'annual-accounts'] });
    },
  });
}

export function useAnnualAccountsMutation<Input>(
  year: number,
  write: (input: Input) => Promise<AnnualAccountsView>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (view) => queryClient.setQueryData(budgetKeys.annualAccounts(year), view),
  });
}
