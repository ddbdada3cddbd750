import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  fetchAssociation,
  fetchAssociationYears,
  fetchSetupChecklist,
  type Association,
} from './association.api.ts';

export const associationKeys = {
  all: ['association'] as const,
  years: ['association', 'years'] as const,
  checklist: ['association', 'checklist'] as const,
};

/** The association's name, zone and language: read by the header, the dashboard and every format. */
export function useAssociationQuery() {
  return useQuery({ queryKey: associationKeys.all, queryFn: fetchAssociation, staleTime: 5 * 60_000 });
}

/** The years a year field offers, from the founding year (or the first year with data) to next year. */
export function useAssociationYearsQuery() {
  return useQuery({ queryKey: associationKeys.years, queryFn: fetchAssociationYears, staleTime: 60_000 });
}

export function useSetupChecklistQuery(isEnabled: boolean) {
  return useQuery({ queryKey: associationKeys.checklist, queryFn: fetchSetupChecklist, enabled: isEnabled });
}

/** A change of the identity or the logo: the header, the years and the checklist read it again. */
export function useAssociationMutation<Input>(write: (input: Input) => Promise<Association>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (association) => {
      queryClient.setQueryData(associationKeys.all, association);
      return queryClient.invalidateQueries({ queryKey: associationKeys.all });
    },
  });
}
