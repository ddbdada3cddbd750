import type { StatutesInput } from '../../../common/assemblies.schemas.ts';
import type { ServiceContext } from '../../src/context.ts';
import { addStatutesVersion } from '../../src/domains/assemblies/statutes.service.ts';

/**
 * A version of the statutes: by default every category votes with one vote, no fee needs to be
 * paid, no quorum, proxies count (two at most), a simple majority.
 */
export async function createStatutes(context: ServiceContext, options: Partial<StatutesInput> = {}) {
  return addStatutesVersion(context, {
    actor: null,
    statutes: {
      effectiveFrom: '2000-01-01',
      votingWeights: { individual: 1, legal_entity: 1, cross_membership: 1, qualified_person: 1 },
      requiresFeePaid: false,
      ordinaryQuorum: null,
      extraordinaryQuorum: null,
      doProxiesCount: true,
      isSecondConvocationFree: true,
      maxProxiesPerHolder: 2,
      doesRemoteCount: true,
      defaultMajority: 'simple',
      noticeDays: 15,
      ...options,
    },
  });
}
