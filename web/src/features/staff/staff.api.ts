import { api } from '../../api/client.ts';
import type {
  StaffFigureInput,
  StaffFiguresView,
  StaffFunctionInput,
  StaffFunctionLabels,
  StaffFunctionList,
  StaffFunctionView,
  StaffHistoryView,
  StaffMemberInput,
  StaffMemberList,
  StaffMemberView,
} from '../../../../common/staff.schemas.ts';

export type { StaffFiguresView, StaffFunctionView, StaffHistoryView, StaffMemberView };

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

export function fetchStaffFunctions(): Promise<StaffFunctionList> {
  return api.get('/api/staff/functions');
}

export function addStaffFunction(input: StaffFunctionInput): Promise<StaffFunctionList> {
  return api.post('/api/staff/functions', input);
}

/** Saved on `version`; a stale one is refused with the function as it now is. */
export function renameStaffFunction({
  code,
  version,
  ...labels
}: StaffFunctionLabels & { code: string; version: number }): Promise<StaffFunctionList> {
  return api.put(`/api/staff/functions/${encodeURIComponent(code)}`, labels, { version });
}

export function removeStaffFunction(code: string): Promise<StaffFunctionList> {
  return api.delete(`/api/staff/functions/${encodeURIComponent(code)}`);
}

export function reorderStaffFunctions(codes: string[]): Promise<StaffFunctionList> {
  return api.put('/api/staff/functions/order', { codes });
}
