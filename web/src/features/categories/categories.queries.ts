import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchCategories, fetchRates } from './categories.api.ts';

export const categoryKeys = {
  all: ['membership-categories'] as const,
  rates: (year: number) => ['membership-categories', 'rates', year] as const,
};

/** The association's membership categories, in order, worded in the page's language. */
export function useCategoriesQuery() {
  return useQuery({ queryKey: categoryKeys.all, queryFn: fetchCategories });
}

/** A year's rates per category. */
export function useRatesQuery(year: number) {
  return useQuery({ queryKey: categoryKeys.rates(year), queryFn: () => fetchRates(year) });
}

/** A change to the categories or rates refreshes them, and the register's pages that word them. */
export function useCategoryMutation<Input, Output>(write: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: categoryKeys.all });
      await queryClient.invalidateQueries({ queryKey: ['register'] });
    },
  });
}
