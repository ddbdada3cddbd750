import type { z } from 'zod';
import { issueCode } from '../../api/problem-text.ts';
import type { StatutesInput } from '../../../../common/assemblies.schemas.ts';
import { membershipCategories, type MembershipCategory } from '../../../../common/memberships.ts';
import { shareToValue, valueToShare, type Statutes } from './statutes.api.ts';

/** What the form edits: text for the number fields, so a half-typed value stays as typed. */
export interface StatutesFormValues {
  effectiveFrom: string;
  weights: Record<MembershipCategory, string>;
  requiresFeePaid: boolean;
  ordinaryQuorum: string;
  extraordinaryQuorum: string;
  doProxiesCount: boolean;
  isSecondConvocationFree: boolean;
  maxProxiesPerHolder: string;
  doesRemoteCount: boolean;
  defaultMajority: StatutesInput['defaultMajority'];
  noticeDays: string;
  notes: string;
}

/** Allowed ranges of the number fields, as statutesInputSchema states them. */
export const numberRanges: Record<string, { min: number; max: number }> = {
  votingWeights: { min: 1, max: 1000 },
  maxProxiesPerHolder: { min: 0, max: 100 },
  noticeDays: { min: 0, max: 365 },
};

export function rangeOf(path: string): { min: number; max: number } | undefined {
  if (path.startsWith('votingWeights.')) return numberRanges.votingWeights;
  return path === 'votingWeights' ? undefined : numberRanges[path];
}

/** The current version's rules, or common ones when the association has none yet. */
export function initialValues(current: Statutes | undefined, today: string): StatutesFormValues {
  const weights = Object.fromEntries(
    membershipCategories.map((category) => [
      category,
      current ? String(current.votingWeights[category] ?? '') : '1',
    ]),
  ) as Record<MembershipCategory, string>;
  return {
    effectiveFrom: today,
    weights,
    requiresFeePaid: current?.requiresFeePaid ?? true,
    ordinaryQuorum: current ? shareToValue(current.ordinaryQuorum) : '1/4',
    extraordinaryQuorum: current ? shareToValue(current.extraordinaryQuorum) : '1/2',
    doProxiesCount: current?.doProxiesCount ?? true,
    isSecondConvocationFree: current?.isSecondConvocationFree ?? true,
    maxProxiesPerHolder: String(current?.maxProxiesPerHolder ?? 2),
    doesRemoteCount: current?.doesRemoteCount ?? true,
    defaultMajority: current?.defaultMajority ?? 'simple',
    noticeDays: String(current?.noticeDays ?? 15),
    notes: current?.notes ?? '',
  };
}

/** A whole number as typed, or NaN so the schema refuses it. */
function toInteger(text: string): number {
  return /^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** The request body; left to statutesInputSchema to validate. */
export function toInput(values: StatutesFormValues): StatutesInput {
  const votingWeights: StatutesInput['votingWeights'] = {};
  for (const category of membershipCategories) {
    const text = values.weights[category].trim();
    if (text !== '') votingWeights[category] = toInteger(text);
  }
  return {
    effectiveFrom: values.effectiveFrom,
    votingWeights,
    requiresFeePaid: values.requiresFeePaid,
    ordinaryQuorum: valueToShare(values.ordinaryQuorum),
    extraordinaryQuorum: valueToShare(values.extraordinaryQuorum),
    doProxiesCount: values.doProxiesCount,
    isSecondConvocationFree: values.isSecondConvocationFree,
    maxProxiesPerHolder: toInteger(values.maxProxiesPerHolder),
    doesRemoteCount: values.doesRemoteCount,
    defaultMajority: values.defaultMajority,
    noticeDays: toInteger(values.noticeDays),
    notes: values.notes.trim() === '' ? null : values.notes,
  };
}

/** Field path ("votingWeights.individual") → message code, keeping the first issue of each field. */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (errors[path]) continue;
    errors[path] = issueCode(issue);
  }
  return errors;
}
