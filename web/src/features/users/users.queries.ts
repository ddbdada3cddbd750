import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchUsers, inviteUser } from './users.api.ts';

export const userKeys = { all: ['users'] as const };

export function useUsersQuery() {
  return useQuery({ queryKey: userKeys.all, queryFn: fetchUsers });
}

export function useInviteUserMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
