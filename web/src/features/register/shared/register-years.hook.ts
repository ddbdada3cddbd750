import type { HistoryYear } from '../memberships.api.ts';
import { useHistoryQuery } from '../register.queries.ts';

/**
 * The years the register holds memberships for (`registerYears`, oldest first) and the choices a
 * year field offers, newest first: from the year before the first one to two years ahead, and the
 * year already chosen, so that next year's fees can be set and an old year looked up.
 */
export function useRegisterYears(selected?: number) {
  const query = useHistoryQuery();
  const history: HistoryYear[] = query.isSuccess ? query.data : [];
  const registerYears = history.map((entry) => entry.year);
  const currentYear = new Date().getFullYear();
  const first = Math.min(currentYear, ...registerYears) - 1;
  const range = Array.from({ length: currentYear + 2 - first + 1 }, (_, index) => first + index);
  const years = [...new Set([...range, ...(selected ? [selected] : [])])].sort((a, b) => b - a);
  return { years, registerYears, history, hasLoaded: !query.isPending };
}
