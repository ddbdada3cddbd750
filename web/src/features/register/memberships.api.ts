import { api } from '../../api/client.ts';
import type {
  MembershipCategory,
  MembershipStatus,
  MembershipSummary,
} from '../../../../common/memberships.ts';
import type {
  FeeGridView,
  MembershipDetail,
  MembershipHistory,
  MembershipHistoryYear,
  MembershipList,
  MembershipRow,
} from '../../../../common/memberships.schemas.ts';
import type { MembershipInput, PaymentInput } from '../../../../common/register.schemas.ts';
import { queryString } from './register.api.ts';

export type { MembershipDetail, MembershipRow, MembershipSummary };
export type FeeGrid = FeeGridView;
export type HistoryYear = MembershipHistoryYear;

export interface MembershipFilter {
  year?: string;
  category?: string;
  status?: string;
  unpaid?: boolean;
}

export interface FeeCallInput {
  amountCents?: number;
  calledOn: string;
  dueOn?: string | null;
}

export async function fetchMemberships(filter: MembershipFilter): Promise<MembershipRow[]> {
  const { memberships } = await api.get<MembershipList>(`/api/memberships${queryString({ ...filter })}`);
  return memberships;
}

export function fetchMembership(membershipId: string): Promise<MembershipDetail> {
  return api.get(`/api/memberships/${encodeURIComponent(membershipId)}`);
}

/** Answers 409 conflict (errors[].path body.year) when the member already has one for that year. */
export function createMembership(membership: MembershipInput): Promise<MembershipDetail> {
  return api.post('/api/memberships', membership);
}

export function changeMembershipStatus(
  membershipId: string,
  change: { status: MembershipStatus; effectiveOn: string },
): Promise<MembershipDetail> {
  return api.post(`/api/memberships/${encodeURIComponent(membershipId)}/status`, change);
}

export function callFee(membershipId: string, call: FeeCallInput): Promise<MembershipDetail> {
  return api.post(`/api/memberships/${encodeURIComponent(membershipId)}/fee-calls`, call);
}

/** On the membership's version the payment was typed on: a stale one is refused (409 stale_version). */
export function recordPayment(
  membershipId: string,
  payment: PaymentInput,
  version: number,
): Promise<MembershipDetail> {
  return api.post(`/api/memberships/${encodeURIComponent(membershipId)}/payments`, payment, { version });
}

export function receiptUrl(paymentId: string): string {
  return `/api/payments/${encodeURIComponent(paymentId)}/receipt.pdf`;
}

export function fetchFeeGrid(year: number): Promise<FeeGrid> {
  return api.get(`/api/fee-grids/${year}`);
}

export function saveFeeGrid(
  year: number,
  entries: { category: MembershipCategory; amountCents: number }[],
): Promise<FeeGrid> {
  return api.put(`/api/fee-grids/${year}`, { entries });
}

export function fetchSummary(year: number, at: string): Promise<MembershipSummary> {
  return api.get(`/api/memberships/summary${queryString({ year, at })}`);
}

export async function fetchHistory(): Promise<HistoryYear[]> {
  const { years } = await api.get<MembershipHistory>('/api/memberships/history');
  return years;
}
