import type { DashboardView } from '../../../../common/dashboard.schemas.ts';
import { api } from '../../api/client.ts';

export type { DashboardView };

/** What the signed-in role has to do now, computed by the server in one request. */
export function fetchDashboard(): Promise<DashboardView> {
  return api.get<DashboardView>('/api/dashboard');
}
