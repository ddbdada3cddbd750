import { useQuery } from '@tanstack/react-query';
import { fetchAssociation } from './association.api.ts';

export const associationKeys = {
  all: ['association'] as const,
};

/** The association's name, zone and language: read by the header, the dashboard and every format. */
export function useAssociationQuery() {
  return useQuery({ queryKey: associationKeys.all, queryFn: fetchAssociation, staleTime: 5 * 60_000 });
}
