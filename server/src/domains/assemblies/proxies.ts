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

export const proxyRefusalMessages: Record<ProxyRefusal, { fr: string; en: string }> = {
  self: {
    fr: 'On ne peut pas se donner pouvoir à soi-même.',
    en: 'A member cannot give a proxy to themselves.',
  },
  giver_not_voting: { fr: 'Ce membre n’a pas de voix à donner.', en: 'This member has no vote to give.' },
  holder_not_voting: {
    fr: 'Le mandataire doit être un membre votant.',
    en: 'The proxy holder must be a voting member.',
  },
  giver_present: {
    fr: 'Ce membre est présent : il vote lui-même.',
    en: 'This member is present and votes in person.',
  },
  holder_absent: { fr: 'Le mandataire doit être présent.', en: 'The proxy holder must be present.' },
  already_given: { fr: 'Ce membre a déjà donné pouvoir.', en: 'This member has already given a proxy.' },
  limit_reached: {
    fr: 'Le mandataire détient déjà le nombre maximal de pouvoirs prévu par les statuts.',
    en: 'The holder already has the most proxies the statutes allow.',
  },
  chain: { fr: 'Un pouvoir ne peut pas passer de main en main.', en: 'Proxies cannot be passed on.' },
};
