import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchStaffFigures, fetchStaffFunctions, fetchStaffHistory, fetchStaffMembers } from './staff.api.ts';

export const staffKeys = {
  all: ['staff'] as const,
  figures: (day: string) => ['staff', 'figures', day] as const,
  history: ['staff', 'history'] as const,
  members: ['staff', 'members'] as const,
  functions: ['staff', 'functions'] as const,
};

export function useStaffFiguresQuery(day: string | null) {
  return useQuery({
    queryKey: staffKeys.figures(day ?? ''),
    queryFn: () => fetchStaffFigures(day ?? ''),
    enabled: day !== null,
    placeholderData: keepPreviousData,
  });
}

export function useStaffHistoryQuery() {
  return useQuery({ queryKey: staffKeys.history, queryFn: fetchStaffHistory });
}

/** The association's own staff functions, in order, worded in the page's language. */
export function useStaffFunctionsQuery() {
  return useQuery({ queryKey: staffKeys.functions, queryFn: fetchStaffFunctions });
}

export function useStaffMembersQuery() {
  return useQuery({ queryKey: staffKeys.members, queryFn: fetchStaffMembers });
}

/** A staff member added or a figure recorded changes the team, the figures of every day and the history. */
export function useStaffMutation<Input, Output>(write: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKeys.all }),
  });
}
