import { api } from '../../api/client.ts';
import type {
  StaffFigureInput,
  StaffFiguresView,
  StaffHistoryView,
  StaffMemberInput,
  StaffMemberList,
  StaffMemberView,
} from '../../../../common/staff.schemas.ts';

export type { StaffFiguresView, StaffHistoryView, StaffMemberView };

export function fetchStaffFigures(at: string): Promise<StaffFiguresView> {
  return api.get(`/api/staff?at=${encodeURIComponent(at)}`);
}

export function fetchStaffHistory(): Promise<StaffHistoryView> {
  return api.get('/api/staff/history');
}

export function fetchStaffMembers(): Promise<StaffMemberList> {
  return api.get('/api/staff/members');
}

export function addStaffMember(input: StaffMemberInput): Promise<StaffMemberView> {
  return api.post('/api/staff/members', input);
}

export function recordStaffFigure(input: StaffFigureInput): Promise<StaffHistoryView> {
  return api.post('/api/staff/figures', input);
}
