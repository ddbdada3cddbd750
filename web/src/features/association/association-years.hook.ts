import { useAssociationYearsQuery } from './association.queries.ts';

/**
 * The years a year field offers, newest first: from the association's founding year (or the first
 * year holding data) to next year, and the year already chosen. Until the server answers, this year
 * and the next.
 */
export function useYearChoices(selected?: number) {
  const query = useAssociationYearsQuery();
  const current = query.data?.current ?? new Date().getFullYear();
  const offered = query.data?.years ?? [current + 1, current];
  const years = [...new Set([...offered, ...(selected ? [selected] : [])])].sort((a, b) => b - a);
  return { years, current, hasLoaded: !query.isPending };
}
