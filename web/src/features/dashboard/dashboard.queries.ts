import { useQuery } from '@tanstack/react-query';
import { fetchDashboard } from './dashboard.api.ts';

/** Read again each time the dashboard opens: it sums up what changed elsewhere. */
export function useDashboardQuery() {
  return useQuery({ queryKey: ['dashboard'], queryFn: fetchDashboard });
}
