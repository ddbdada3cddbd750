import type { ErrorCode } from '../../../../common/errors.ts';

/**
 * Whether a proxy (pouvoir) may be given: pure, from the statutes' limit and the current sheet.
 * Each refusal has a code the API turns into a clear message.
 */
export type ProxyRefusal =
  | 'self'
  | 'giver_not_voting'
  | 'holder_not_voting'
  | 'giver_present'
  | 'holder_absent'
  | 'already_given'
  | 'limit_reached'
  | 'chain';

export interface ProxySheet {
  votingMemberIds: ReadonlySet<string>;
  presentIds: ReadonlySet<string>;
  /** giver → holder, for the proxies already recorded. */
  proxies: ReadonlyMap<string, string>;
  /** Whether the holder must be in the room for the proxy to be recorded (at the door, on the day). */
  mustHolderBePresent: boolean;
}

export function checkProxy(
  sheet: ProxySheet,
  { giverId, holderId, maxPerHolder }: { giverId: string; holderId: string; maxPerHolder: number },
): ProxyRefusal | null {
  if (giverId === holderId) return 'self';
  if (!sheet.votingMemberIds.has(giverId)) return 'giver_not_voting';
  if (!sheet.votingMemberIds.has(holderId)) return 'holder_not_voting';
  if (sheet.presentIds.has(giverId)) return 'giver_present';
  if (sheet.mustHolderBePresent && !sheet.presentIds.has(holderId)) return 'holder_absent';
  if (sheet.proxies.has(giverId)) return 'already_given';
  // No chains: a holder cannot have given their own vote away, nor a giver hold others' votes.
  if (sheet.proxies.has(holderId)) return 'chain';
  for (const holder of sheet.proxies.values()) if (holder === giverId) return 'chain';
  let held = 0;
  for (const holder of sheet.proxies.values()) if (holder === holderId) held += 1;
  if (held >= maxPerHolder) return 'limit_reached';
  return null;
}

/** The catalog code each refusal answers with (common/errors/assemblies.errors.ts words it). */
export const proxyRefusalCodes = {
  self: 'proxy_to_self',
  giver_not_voting: 'proxy_giver_not_voting',
  holder_not_voting: 'proxy_holder_not_voting',
  giver_present: 'proxy_giver_present',
  holder_absent: 'proxy_holder_absent',
  already_given: 'proxy_already_given',
  limit_reached: 'proxy_limit_reached',
  chain: 'proxy_chain',
} as const satisfies Record<ProxyRefusal, ErrorCode>;
