import { api } from '../../api/client.ts';
import type {
  MembershipCategory,
  MembershipStatus,
  MembershipSummary,
  PaymentMethod,
} from '../../../../common/memberships.ts';
import type { MembershipInput, PaymentInput } from '../../../../common/register.schemas.ts';
import { queryString } from './register.api.ts';

export type { MembershipSummary };

export interface MembershipRow {
  id: string;
  year: number;
  category: MembershipCategory;
  status: MembershipStatus | null;
  feeCents: number;
  paidCents: number;
  owedCents: number;
  personId: string | null;
  organisationId: string | null;
  memberName: string;
  partnerName: string | null;
}

export interface MembershipDetail extends MembershipRow {
  notes: string | null;
  statusHistory: { status: MembershipStatus; effectiveOn: string; recordedAt: string }[];
  feeCalls: { id: string; amountCents: number; calledOn: string; dueOn: string | null }[];
  payments: {
    id: string;
    amountCents: number;
    paidOn: string;
    method: PaymentMethod;
    reference: string | null;
    receiptNumber: string;
  }[];
}

export interface MembershipFilter {
  year?: string;
  category?: string;
  status?: string;
  unpaid?: boolean;
}

export interface FeeGrid {
  year: number;
  entries: {
    category: MembershipCategory;
    amountCents: number | null;
    adoptedByResolutionId: string | null;
    adoptedByResolution: {
      id: string;
      title: string;
      position: number;
      assemblySlug: string;
      assemblyTitle: string;
      heldOn: string;
    } | null;
  }[];
}

export interface HistoryYear {
  year: number;
  at: string;
  validated: Record<MembershipCategory, number>;
}

export interface FeeCallInput {
  amountCents?: number;
  calledOn: string;
  dueOn?: string | null;
}

export async function fetchMemberships(filter: MembershipFilter): Promise<MembershipRow[]> {
  const { memberships } = await api.get<{ memberships: MembershipRow[] }>(
    `/api/memberships${queryString({ ...filter })}`,
  );
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

export function recordPayment(membershipId: string, payment: PaymentInput): Promise<MembershipDetail> {
  return api.post(`/api/memberships/${encodeURIComponent(membershipId)}/payments`, payment);
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
  const { years } = await api.get<{ years: HistoryYear[] }>('/api/memberships/history');
  return years;
}
