import type { z } from 'zod';
import { issueCode } from '../../api/problem-text.ts';
import {
  assemblyKinds,
  type AssemblyKind,
  type MeetingRules,
  type StatutesInput,
} from '../../../../common/assemblies.schemas.ts';
import { shareToValue, valueToShare, type Statutes } from './statutes.api.ts';

/** What the form edits of one kind of meeting: text for the number fields, so a half-typed value stays as typed. */
export interface MeetingRulesValues {
  quorum: string;
  quorumBase: MeetingRules['quorumBase'];
  doesRemoteCount: boolean;
  areProxiesAllowed: boolean;
  maxProxiesPerHolder: string;
  isRemoteAllowed: boolean;
  areCorrespondenceVotesAllowed: boolean;
  canChangeAgenda: boolean;
  majority: MeetingRules['majority'];
  majorityBase: MeetingRules['majorityBase'];
  voters: MeetingRules['voters'];
  noticeDays: string;
}

/** What the form edits. */
export interface StatutesFormValues {
  effectiveFrom: string;
  /** Weights typed per category code; a category left empty does not vote under this version. */
  weights: Record<string, string>;
  requiresFeePaid: boolean;
  isSecondConvocationFree: boolean;
  kinds: Record<AssemblyKind, MeetingRulesValues>;
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
  if (path === 'votingWeights') return undefined;
  return numberRanges[path.startsWith('meetingRules.') ? (path.split('.')[2] ?? '') : path];
}

/** The rules a new association starts from, before it has statutes of its own. */
function startingRules(kind: AssemblyKind): MeetingRulesValues {
  const isGeneral = kind === 'ordinary' || kind === 'extraordinary';
  return {
    quorum: kind === 'ordinary' ? '1/4' : kind === 'extraordinary' ? '1/2' : 'none',
    quorumBase: isGeneral ? 'present_or_represented' : 'present',
    doesRemoteCount: true,
    areProxiesAllowed: true,
    maxProxiesPerHolder: '2',
    isRemoteAllowed: true,
    areCorrespondenceVotesAllowed: false,
    canChangeAgenda: !isGeneral,
    majority: 'simple',
    majorityBase: 'expressed',
    voters: isGeneral ? 'members' : 'board',
    noticeDays: '15',
  };
}

function rulesToValues(rules: MeetingRules): MeetingRulesValues {
  return {
    ...rules,
    quorum: shareToValue(rules.quorum),
    maxProxiesPerHolder: String(rules.maxProxiesPerHolder),
    noticeDays: String(rules.noticeDays),
  };
}

/** The current version's rules, or common ones when the association has none yet. */
export function initialValues(current: Statutes | undefined, today: string): StatutesFormValues {
  const weights = Object.fromEntries(
    Object.entries(current?.votingWeights ?? {}).map(([category, weight]) => [category, String(weight)]),
  );
  const kinds = Object.fromEntries(
    assemblyKinds.map((kind) => [
      kind,
      current ? rulesToValues(current.meetingRules[kind]) : startingRules(kind),
    ]),
  ) as Record<AssemblyKind, MeetingRulesValues>;
  return {
    effectiveFrom: today,
    weights,
    requiresFeePaid: current?.requiresFeePaid ?? true,
    isSecondConvocationFree: current?.isSecondConvocationFree ?? true,
    kinds,
    notes: current?.notes ?? '',
  };
}

/** A whole number as typed, or NaN so the schema refuses it. */
function toInteger(text: string): number {
  return /^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

function valuesToRules(values: MeetingRulesValues): MeetingRules {
  return {
    ...values,
    quorum: valueToShare(values.quorum),
    maxProxiesPerHolder: values.areProxiesAllowed ? toInteger(values.maxProxiesPerHolder) : 0,
    noticeDays: toInteger(values.noticeDays),
  };
}

/** A general field copied from the ordinary assembly's: its own field carries any error. */
function clamp(value: number, max: number): number {
  return Number.isInteger(value) ? Math.min(Math.max(value, 0), max) : 0;
}

/**
 * The request body; left to statutesInputSchema to validate. The general fields are the ordinary
 * assembly's rules (and the extraordinary one's quorum), as readers of the older fields expect.
 */
export function toInput(values: StatutesFormValues): StatutesInput {
  const votingWeights: StatutesInput['votingWeights'] = {};
  for (const [category, typed] of Object.entries(values.weights)) {
    const text = typed.trim();
    if (text !== '') votingWeights[category] = toInteger(text);
  }
  const meetingRules = Object.fromEntries(
    assemblyKinds.map((kind) => [kind, valuesToRules(values.kinds[kind])]),
  ) as Record<AssemblyKind, MeetingRules>;
  const { ordinary, extraordinary } = meetingRules;
  return {
    effectiveFrom: values.effectiveFrom,
    votingWeights,
    requiresFeePaid: values.requiresFeePaid,
    ordinaryQuorum: ordinary.quorum,
    extraordinaryQuorum: extraordinary.quorum,
    doProxiesCount: ordinary.quorumBase === 'present_or_represented',
    isSecondConvocationFree: values.isSecondConvocationFree,
    maxProxiesPerHolder: clamp(ordinary.maxProxiesPerHolder, 100),
    doesRemoteCount: ordinary.doesRemoteCount,
    defaultMajority: ordinary.majority,
    noticeDays: clamp(ordinary.noticeDays, 365),
    notes: values.notes.trim() === '' ? null : values.notes,
    meetingRules,
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
