import type {
  AssemblyStateView,
  AttendanceSheetView,
  CheckInCandidate,
  CheckInSearch,
  ProxyView,
  SheetRow,
  VotingMemberView,
} from '../../../../common/assemblies.schemas.ts';
import { api } from '../../api/client.ts';
import { assemblyApiPath } from './assemblies.api.ts';

export type PresenceAction = 'check_in' | 'undo' | 'leave' | 'excuse';

export type VotingMember = VotingMemberView;

/** A line of the sheet: a person, the capacity as written ("Représentante de la ville de Mulhouse"). */
export type { CheckInCandidate, SheetRow };

export type Proxy = ProxyView;

export type AttendanceSheet = AttendanceSheetView;

export function fetchSheet(slug: string): Promise<AttendanceSheet> {
  return api.get<AttendanceSheet>(assemblyApiPath(slug, 'attendance'));
}

export function setPresence(
  slug: string,
  attendanceId: string,
  action: PresenceAction,
): Promise<AttendanceSheet> {
  return api.post<AttendanceSheet>(
    assemblyApiPath(slug, `attendance/${encodeURIComponent(attendanceId)}/presence`),
    { action },
  );
}

/** Refused with a 400 whose detail says why (limit reached, chain, giver present…). */
export function giveProxy(
  slug: string,
  proxy: { giverMembershipId: string; holderMembershipId: string },
): Promise<AttendanceSheet> {
  return api.post<AttendanceSheet>(assemblyApiPath(slug, 'proxies'), { ...proxy, source: 'secretary' });
}

export function withdrawProxy(slug: string, proxyId: string): Promise<AttendanceSheet> {
  return api.delete<AttendanceSheet>(assemblyApiPath(slug, `proxies/${encodeURIComponent(proxyId)}`));
}

export async function searchCheckIn(slug: string, q: string): Promise<CheckInCandidate[]> {
  const { candidates } = await api.get<CheckInSearch>(
    `${assemblyApiPath(slug, 'check-in')}?${new URLSearchParams({ q }).toString()}`,
  );
  return candidates;
}

/** One tap at the door; membershipId null checks the person in without a vote. Answers the session's new state. */
export function checkIn(
  slug: string,
  personId: string,
  membershipId: string | null,
): Promise<AssemblyStateView> {
  return api.post<AssemblyStateView>(assemblyApiPath(slug, 'check-in'), { personId, membershipId });
}

export function attendanceDownloadPath(slug: string, format: 'pdf' | 'csv'): string {
  return `${assemblyApiPath(slug)}/attendance.${format}`;
}
