import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { addStatutesVersion, fetchStatutes } from './statutes.api.ts';

export const statutesKeys = { all: ['statutes'] as const };

export function useStatutesQuery() {
  return useQuery({ queryKey: statutesKeys.all, queryFn: fetchStatutes });
}

export function useAddStatutesMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addStatutesVersion,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: statutesKeys.all }),
  });
}
