import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AssemblyKind, MeetingRules } from '../../../../common/assemblies.schemas.ts';
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

/** The rules of a kind of meeting under a version of the statutes, once the versions are loaded. */
export function useMeetingRules(statutesId: string, kind: AssemblyKind): MeetingRules | undefined {
  const query = useStatutesQuery();
  return query.data?.find((version) => version.id === statutesId)?.meetingRules[kind];
}
