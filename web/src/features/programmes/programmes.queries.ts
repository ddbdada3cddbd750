import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { addProject, fetchProgrammeYear, fetchProgrammeYears } from './programmes.api.ts';

export const programmeKeys = {
  all: ['programmes'] as const,
  years: ['programmes', 'years'] as const,
  year: (year: number) => ['programmes', 'year', year] as const,
};

export function useProgrammeYearsQuery() {
  return useQuery({
    queryKey: programmeKeys.years,
    queryFn: async () => (await fetchProgrammeYears()).years,
  });
}

export function useProgrammeYearQuery(year: number | null) {
  return useQuery({
    queryKey: programmeKeys.year(year ?? 0),
    queryFn: () => fetchProgrammeYear(year ?? 0),
    enabled: year !== null,
  });
}

/** Every programme any year shows (the choices of a new project), read only while the form is open. */
export function useAllProgrammes(years: readonly number[], isEnabled: boolean) {
  return useQueries({
    queries: years.map((year) => ({
      queryKey: programmeKeys.year(year),
      queryFn: () => fetchProgrammeYear(year),
      enabled: isEnabled,
    })),
    combine: (results) => {
      const byCode = new Map<string, string>();
      for (const result of results)
        for (const entry of result.data?.programmes ?? []) byCode.set(entry.code, entry.name);
      return [...byCode].map(([code, name]) => ({ code, name }));
    },
  });
}

/** A project added: its year is shown as the server answered, the list of years read again. */
export function useAddProjectMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addProject,
    onSuccess: (view) => {
      queryClient.setQueryData(programmeKeys.year(view.year), view);
      void queryClient.invalidateQueries({ queryKey: programmeKeys.all });
    },
  });
}
