import { useQuery } from '@tanstack/react-query';
import { fetchInvitation } from './invitation.api.ts';

export const invitationKeys = { of: (token: string) => ['invitation', token] as const };

/** The invitation a link carries; not asked for when the link cannot be a token. */
export function useInvitationQuery(token: string, isWellFormed: boolean) {
  return useQuery({
    queryKey: invitationKeys.of(token),
    queryFn: () => fetchInvitation(token),
    enabled: isWellFormed,
  });
}
