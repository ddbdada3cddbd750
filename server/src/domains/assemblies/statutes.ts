import {
  assemblyKinds,
  type AssemblyKind,
  type MeetingRules,
  type StatutesInput,
  type StatutesView,
} from '../../../../common/assemblies.schemas.ts';
import type { StatutesRow } from './statutes.repository.ts';
import type { QuorumRule } from './quorum.ts';

/** A version of the statutes, as recorded and as the API returns it. */
export type Statutes = StatutesView;

type GeneralFields = Pick<
  StatutesInput,
  | 'ordinaryQuorum'
  | 'extraordinaryQuorum'
  | 'doProxiesCount'
  | 'maxProxiesPerHolder'
  | 'doesRemoteCount'
  | 'defaultMajority'
  | 'noticeDays'
>;

/**
 * The rules a kind of meeting had before kinds had rules of their own, from the version's general
 * fields: a general assembly counts as those fields say; a board meeting and a bureau are voted by
 * the board, with no quorum, and may change their agenda.
 */
function rulesFromGeneralFields(fields: GeneralFields, kind: AssemblyKind): MeetingRules {
  const general: MeetingRules = {
    quorum: kind === 'extraordinary' ? fields.extraordinaryQuorum : fields.ordinaryQuorum,
    quorumBase: fields.doProxiesCount ? 'present_or_represented' : 'present',
    doesRemoteCount: fields.doesRemoteCount,
    areProxiesAllowed: fields.maxProxiesPerHolder > 0,
    maxProxiesPerHolder: fields.maxProxiesPerHolder,
    isRemoteAllowed: true,
    areCorrespondenceVotesAllowed: false,
    canChangeAgenda: false,
    majority: fields.defaultMajority,
    majorityBase: 'expressed',
    voters: 'members',
    noticeDays: fields.noticeDays,
  };
  if (kind === 'ordinary' || kind === 'extraordinary') return general;
  return { ...general, quorum: null, quorumBase: 'present', canChangeAgenda: true, voters: 'board' };
}

function allRules(
  fields: GeneralFields,
  given: Partial<Record<AssemblyKind, MeetingRules>> | undefined,
): Statutes['meetingRules'] {
  const entries = assemblyKinds.map((kind) => [kind, given?.[kind] ?? rulesFromGeneralFields(fields, kind)]);
  return Object.fromEntries(entries) as Statutes['meetingRules'];
}

export function statutesFromRow(row: StatutesRow): Statutes {
  const fields = {
    ordinaryQuorum: row.ordinary_quorum ? JSON.parse(row.ordinary_quorum) : null,
    extraordinaryQuorum: row.extraordinary_quorum ? JSON.parse(row.extraordinary_quorum) : null,
    doProxiesCount: row.do_proxies_count === 1,
    maxProxiesPerHolder: row.max_proxies_per_holder,
    doesRemoteCount: row.does_remote_count === 1,
    defaultMajority: row.default_majority as Statutes['defaultMajority'],
    noticeDays: row.notice_days,
  };
  return {
    id: row.id,
    effectiveFrom: row.effective_from,
    votingWeights: JSON.parse(row.voting_weights) as Record<string, number>,
    requiresFeePaid: row.requires_fee_paid === 1,
    ...fields,
    isSecondConvocationFree: row.is_second_convocation_free === 1,
    notes: row.notes,
    meetingRules: allRules(
      fields,
      row.meeting_rules
        ? (JSON.parse(row.meeting_rules) as Partial<Record<AssemblyKind, MeetingRules>>)
        : undefined,
    ),
  };
}

/**
 * The columns of a new version. The general columns say what the ordinary and extraordinary
 * assemblies' rules say when those are given, so older readers of the version read the same rules.
 */
export function statutesToColumns(statutes: StatutesInput) {
  const rules = allRules(statutes, statutes.meetingRules);
  const { ordinary, extraordinary } = rules;
  return {
    effective_from: statutes.effectiveFrom,
    voting_weights: JSON.stringify(statutes.votingWeights),
    requires_fee_paid: statutes.requiresFeePaid ? 1 : 0,
    ordinary_quorum: ordinary.quorum ? JSON.stringify(ordinary.quorum) : null,
    extraordinary_quorum: extraordinary.quorum ? JSON.stringify(extraordinary.quorum) : null,
    do_proxies_count: ordinary.quorumBase === 'present_or_represented' ? 1 : 0,
    is_second_convocation_free: statutes.isSecondConvocationFree ? 1 : 0,
    max_proxies_per_holder: ordinary.areProxiesAllowed ? ordinary.maxProxiesPerHolder : 0,
    does_remote_count: ordinary.doesRemoteCount ? 1 : 0,
    default_majority: ordinary.majority,
    notice_days: ordinary.noticeDays,
    notes: statutes.notes ?? null,
    meeting_rules: JSON.stringify(rules),
  };
}

/** The rules of a kind of meeting; an unknown kind reads as an ordinary assembly. */
export function meetingRulesFor(statutes: Statutes, kind: string): MeetingRules {
  const known = assemblyKinds.find((entry) => entry === kind) ?? 'ordinary';
  return statutes.meetingRules[known];
}

/** The quorum rule for an assembly of this kind under these statutes. */
export function quorumRuleFor(
  statutes: Statutes,
  assembly: { kind: string; isSecondConvocation: boolean },
): QuorumRule {
  const rules = meetingRulesFor(statutes, assembly.kind);
  return {
    share: assembly.isSecondConvocation && statutes.isSecondConvocationFree ? null : rules.quorum,
    doProxiesCount: rules.areProxiesAllowed && rules.quorumBase === 'present_or_represented',
    doesRemoteCount: rules.isRemoteAllowed && rules.doesRemoteCount,
  };
}
