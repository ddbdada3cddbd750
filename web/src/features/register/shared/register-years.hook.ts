import { useYearChoices } from '../../association/association-years.hook.ts';
import type { HistoryYear } from '../memberships.api.ts';
import { useHistoryQuery } from '../register.queries.ts';

/**
 * The years the register holds memberships for (`registerYears`, oldest first) and the choices a
 * year field offers, newest first: from the association's founding year (or its first year with data)
 * to next year, and the year already chosen, so that next year's fees can be set and an old year
 * looked up.
 */
export function useRegisterYears(selected?: number) {
  const query = useHistoryQuery();
  const choices = useYearChoices(selected);
  const history: HistoryYear[] = query.isSuccess ? query.data : [];
  const registerYears = history.map((entry) => entry.year);
  const years = [...new Set([...choices.years, ...registerYears])].sort((a, b) => b - a);
  return { years, registerYears, history, hasLoaded: !query.isPending && choices.hasLoaded };
}
