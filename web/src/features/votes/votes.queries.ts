import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchBoard, fetchBoardRoles, fetchElections, fetchResolutions } from './votes.api.ts';

export const voteKeys = {
  all: ['votes'] as const,
  /** What the control page reads about an assembly's votes: read again at each poll event. */
  of: (slug: string) => ['votes', slug] as const,
  resolutions: (slug: string) => ['votes', slug, 'resolutions'] as const,
  elections: (slug: string) => ['votes', slug, 'elections'] as const,
  board: (at: string) => ['votes', 'board', at] as const,
  roles: ['votes', 'board', 'roles'] as const,
};

export function useBoardRolesQuery() {
  return useQuery({ queryKey: voteKeys.roles, queryFn: fetchBoardRoles });
}

/** A write to the board (a mandate added or corrected, a role added): the board is read again. */
export function useBoardMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (write: () => Promise<unknown>) => write(),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['votes', 'board'] }),
  });
}

export function useResolutionsQuery(slug: string) {
  return useQuery({
    queryKey: voteKeys.resolutions(slug),
    queryFn: () => fetchResolutions(slug),
    placeholderData: keepPreviousData,
  });
}

export function useElectionsQuery(slug: string) {
  return useQuery({
    queryKey: voteKeys.elections(slug),
    queryFn: () => fetchElections(slug),
    placeholderData: keepPreviousData,
  });
}

export function useBoardQuery(at: string) {
  return useQuery({
    queryKey: voteKeys.board(at),
    queryFn: () => fetchBoard(at),
    placeholderData: keepPreviousData,
  });
}

/** A write to an assembly's votes (a resolution, a show of hands, a poll opened or closed, the elected). */
export function useVotesMutation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (write: () => Promise<unknown>) => write(),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: voteKeys.of(slug) });
      void queryClient.invalidateQueries({ queryKey: ['votes', 'board'] });
    },
  });
}
