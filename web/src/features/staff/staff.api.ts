import { api } from '../../api/client.ts';
import type {
  StaffFiguresView,
  StaffHistoryView,
  StaffMemberView,
} from '../../../../common/staff.schemas.ts';

export type { StaffFiguresView, StaffHistoryView, StaffMemberView };

export function fetchStaffFigures(at: string): Promise<StaffFiguresView> {
  return api.get(`/api/staff?at=${encodeURIComponent(at)}`);
}

export function fetchStaffHistory(): Promise<StaffHistoryView> {
  return api.get('/api/staff/history');
}

export function fetchStaffMembers(): Promise<{ members: StaffMemberView[] }> {
  return api.get('/api/staff/members');
}
