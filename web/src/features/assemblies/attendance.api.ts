import type { attendanceRoles, attendanceStatuses } from '../../../../common/assemblies.schemas.ts';
import type { QuorumView } from '../../../../common/events.ts';
import type { MembershipCategory } from '../../../../common/memberships.ts';
import { api } from '../../api/client.ts';
import { assemblyApiPath } from './assemblies.api.ts';

export type Presence = 'present' | 'remote' | 'represented' | 'excused' | 'absent';
export type AttendanceRole = (typeof attendanceRoles)[number];
export type AttendanceStatus = (typeof attendanceStatuses)[number];
export type PresenceAction = 'check_in' | 'undo' | 'leave' | 'excuse';

export interface VotingMember {
  membershipId: string;
  memberName: string;
  category: MembershipCategory;
  weight: number;
  personId: string | null;
  organisationId: string | null;
  presence: Presence;
  representedBy: string | null;
}

/** A line of the sheet: a person, the capacity as written ("Représentante de la ville de Mulhouse"). */
export interface SheetRow {
  id: string;
  personId: string;
  administrativeName: string | null;
  label: string | null;
  membershipId: string | null;
  memberName: string | null;
  isVoting: boolean;
  role: AttendanceRole;
  status: AttendanceStatus;
  arrivedAt: string | null;
  leftAt: string | null;
}

export interface Proxy {
  id: string;
  giverMembershipId: string;
  holderMembershipId: string;
  giverName: string | null;
  holderName: string | null;
  source: 'convocation' | 'door' | 'secretary';
  isCounted: boolean;
}

export interface AttendanceSheet {
  quorum: QuorumView;
  liveQuorum: QuorumView;
  isQuorumFrozen: boolean;
  frozenAt: string | null;
  votingMembers: VotingMember[];
  attendees: SheetRow[];
  staff: SheetRow[];
  guests: SheetRow[];
  proxies: Proxy[];
  presentCount: number;
}

export interface CheckInCandidate {
  personId: string;
  administrativeName: string;
  votes: { membershipId: string; memberName: string; presence: Presence }[];
  attendance: { id: string; status: AttendanceStatus; hasLeft: boolean; membershipId: string | null } | null;
}

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
  const { candidates } = await api.get<{ candidates: CheckInCandidate[] }>(
    `${assemblyApiPath(slug, 'check-in')}?${new URLSearchParams({ q }).toString()}`,
  );
  return candidates;
}

/** One tap at the door; membershipId null checks the person in without a vote. */
export function checkIn(
  slug: string,
  personId: string,
  membershipId: string | null,
): Promise<AttendanceSheet> {
  return api.post<AttendanceSheet>(assemblyApiPath(slug, 'check-in'), { personId, membershipId });
}

export function attendanceDownloadPath(slug: string, format: 'pdf' | 'csv'): string {
  return `${assemblyApiPath(slug)}/attendance.${format}`;
}
