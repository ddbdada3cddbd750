import type { StatutesInput, StatutesView } from '../../../../common/assemblies.schemas.ts';
import type { MembershipCategory } from '../../../../common/memberships.ts';
import type { StatutesRow } from './statutes.repository.ts';
import type { QuorumRule } from './quorum.ts';

/** A version of the statutes, as recorded and as the API returns it. */
export type Statutes = StatutesView;

export function statutesFromRow(row: StatutesRow): Statutes {
  return {
    id: row.id,
    effectiveFrom: row.effective_from,
    votingWeights: JSON.parse(row.voting_weights) as Partial<Record<MembershipCategory, number>>,
    requiresFeePaid: row.requires_fee_paid === 1,
    ordinaryQuorum: row.ordinary_quorum ? JSON.parse(row.ordinary_quorum) : null,
    extraordinaryQuorum: row.extraordinary_quorum ? JSON.parse(row.extraordinary_quorum) : null,
    doProxiesCount: row.do_proxies_count === 1,
    isSecondConvocationFree: row.is_second_convocation_free === 1,
    maxProxiesPerHolder: row.max_proxies_per_holder,
    doesRemoteCount: row.does_remote_count === 1,
    defaultMajority: row.default_majority as Statutes['defaultMajority'],
    noticeDays: row.notice_days,
    notes: row.notes,
  };
}

export function statutesToColumns(statutes: StatutesInput) {
  return {
    effective_from: statutes.effectiveFrom,
    voting_weights: JSON.stringify(statutes.votingWeights),
    requires_fee_paid: statutes.requiresFeePaid ? 1 : 0,
    ordinary_quorum: statutes.ordinaryQuorum ? JSON.stringify(statutes.ordinaryQuorum) : null,
    extraordinary_quorum: statutes.extraordinaryQuorum ? JSON.stringify(statutes.extraordinaryQuorum) : null,
    do_proxies_count: statutes.doProxiesCount ? 1 : 0,
    is_second_convocation_free: statutes.isSecondConvocationFree ? 1 : 0,
    max_proxies_per_holder: statutes.maxProxiesPerHolder,
    does_remote_count: statutes.doesRemoteCount ? 1 : 0,
    default_majority: statutes.defaultMajority,
    notice_days: statutes.noticeDays,
    notes: statutes.notes ?? null,
  };
}

/** The quorum rule for an assembly of this kind under these statutes. */
export function quorumRuleFor(
  statutes: Statutes,
  assembly: { kind: string; isSecondConvocation: boolean },
): QuorumRule {
  const share = assembly.kind === 'extraordinary' ? statutes.extraordinaryQuorum : statutes.ordinaryQuorum;
  return {
    share: assembly.isSecondConvocation && statutes.isSecondConvocationFree ? null : share,
    doProxiesCount: statutes.doProxiesCount,
    doesRemoteCount: statutes.doesRemoteCount,
  };
}
