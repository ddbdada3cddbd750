import type {
  AssemblyStateView,
  AttendanceCorrection,
  TimelineView,
  AttendanceSheetView,
  CheckInCandidate,
  CheckInSearch,
  ProxyView,
  SheetRow,
  VotingMemberView,
} from '../../../../common/assemblies.schemas.ts';
import { api } from '../../api/client.ts';
import { assemblyApiPath } from './assemblies.api.ts';

export type PresenceAction = 'check_in' | 'check_in_remote' | 'undo' | 'leave' | 'undo_leave' | 'excuse';

export type VotingMember = VotingMemberView;

/** A line of the sheet: a person, the capacity as written ("Représentante de la ville de Mulhouse"). */
export type { CheckInCandidate, SheetRow };

export type Proxy = ProxyView;

export type AttendanceSheet = AttendanceSheetView;

export function fetchSheet(slug: string): Promise<AttendanceSheet> {
  return api.get<AttendanceSheet>(assemblyApiPath(slug, 'attendance'));
}

/** At the time typed ("14:20", the assembly's day), or now when `time` is null. */
export function setPresence(
  slug: string,
  attendanceId: string,
  action: PresenceAction,
  time: string | null = null,
): Promise<AttendanceSheet> {
  return api.post<AttendanceSheet>(
    assemblyApiPath(slug, `attendance/${encodeURIComponent(attendanceId)}/presence`),
    { action, time },
  );
}

/** Corrects a row's arrival, departure, the vote it carries and from when; audited. */
export function correctAttendance(
  slug: string,
  attendanceId: string,
  correction: AttendanceCorrection,
): Promise<AttendanceSheet> {
  return api.patch<AttendanceSheet>(
    assemblyApiPath(slug, `attendance/${encodeURIComponent(attendanceId)}`),
    correction,
  );
}

/** Refused with a 400 whose detail says why (limit reached, chain, giver present…). Starts at `time`, or now. */
export function giveProxy(
  slug: string,
  proxy: { giverMembershipId: string; holderMembershipId: string },
  time: string | null = null,
): Promise<AttendanceSheet> {
  return api.post<AttendanceSheet>(assemblyApiPath(slug, 'proxies'), { ...proxy, source: 'secretary', time });
}

/** Corrects the time a proxy starts ("16:05" on the assembly's day); audited. */
export function correctProxy(slug: string, proxyId: string, time: string): Promise<AttendanceSheet> {
  return api.patch<AttendanceSheet>(assemblyApiPath(slug, `proxies/${encodeURIComponent(proxyId)}`), {
    time,
  });
}

export function fetchTimeline(slug: string): Promise<TimelineView> {
  return api.get<TimelineView>(assemblyApiPath(slug, 'timeline'));
}

export function withdrawProxy(slug: string, proxyId: string): Promise<AttendanceSheet> {
  return api.delete<AttendanceSheet>(assemblyApiPath(slug, `proxies/${encodeURIComponent(proxyId)}`));
}

/** The people found at the door, and whether the statutes let them attend this meeting remotely. */
export function searchCheckIn(slug: string, q: string): Promise<CheckInSearch> {
  return api.get<CheckInSearch>(
    `${assemblyApiPath(slug, 'check-in')}?${new URLSearchParams({ q }).toString()}`,
  );
}

/**
 * One tap at the door; membershipId null checks the person in without a vote, `isRemote` as attending
 * remotely (where the statutes allow it, as the sheet's "à distance"). Answers the session's new state.
 */
export function checkIn(
  slug: string,
  personId: string,
  membershipId: string | null,
  isRemote = false,
): Promise<AssemblyStateView> {
  return api.post<AssemblyStateView>(assemblyApiPath(slug, 'check-in'), {
    personId,
    membershipId,
    ...(isRemote ? { isRemote } : {}),
  });
}

/** The door's "Annuler" right after a tap: the person's check-in is undone (refused once a vote counted it). */
export function undoCheckIn(slug: string, personId: string): Promise<AssemblyStateView> {
  return api.delete<AssemblyStateView>(assemblyApiPath(slug, `check-in/${personId}`));
}

export function attendanceDownloadPath(slug: string, format: 'pdf' | 'csv'): string {
  return `${assemblyApiPath(slug)}/attendance.${format}`;
}
