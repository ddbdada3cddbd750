import type { TFunction } from 'i18next';
import type { MeetingRules } from '../../../../common/assemblies.schemas.ts';
import type { Share, Statutes } from './statutes.api.ts';

const shareKeys = {
  '1/2': 'statutes.shares.half',
  '1/3': 'statutes.shares.third',
  '1/4': 'statutes.shares.quarter',
  '2/3': 'statutes.shares.twoThirds',
  '3/4': 'statutes.shares.threeQuarters',
} as const;

/** "un quart", "la moitié"… or "3/5" for a share without a usual name. */
export function shareText(t: TFunction, share: NonNullable<Share>): string {
  const key = `${share.numerator}/${share.denominator}`;
  if (share.numerator === share.denominator) return t('statutes.shares.all');
  if (key in shareKeys) return t(shareKeys[key as keyof typeof shareKeys]);
  return t('statutes.shares.other', { numerator: share.numerator, denominator: share.denominator });
}

/**
 * "Membre actif (1 voix), Membre bienfaiteur (2 voix)", as the version lists them; none listed: the
 * categories' own settings decide.
 */
export function votingText(
  t: TFunction,
  categoryLabel: (code: string) => string,
  statutes: Statutes,
): string {
  const weights = Object.entries(statutes.votingWeights);
  if (weights.length === 0) return t('statutes.rules.categoriesDecide');
  return weights
    .map(([category, count]) => t('statutes.rules.weight', { category: categoryLabel(category), count }))
    .join(', ');
}

/** The rules of one kind of meeting as sentences: quorum, who votes, majority, proxies, remote, notice. */
export function kindRuleSentences(t: TFunction, rules: MeetingRules): string[] {
  const quorum = rules.quorum
    ? t('statutes.rules.quorum', {
        share: shareText(t, rules.quorum),
        counted:
          rules.quorumBase === 'present_or_represented' && rules.areProxiesAllowed
            ? t('statutes.rules.countedWithProxies')
            : t('statutes.rules.countedPresent'),
      })
    : t('statutes.rules.noQuorum');
  return [
    quorum,
    t(`statutes.rules.voters.${rules.voters}`),
    t('statutes.rules.majority', {
      majority: t(`statutes.majorities.${rules.majority}`),
      base: t(`statutes.kinds.options.majorityBase.${rules.majorityBase}`),
    }),
    rules.areProxiesAllowed
      ? t('statutes.rules.proxies', { count: rules.maxProxiesPerHolder })
      : t('statutes.rules.noProxies'),
    rules.isRemoteAllowed
      ? rules.doesRemoteCount || !rules.quorum
        ? t('statutes.rules.remoteCounts')
        : t('statutes.rules.remoteDoesNotCount')
      : t('statutes.rules.noRemote'),
    rules.areCorrespondenceVotesAllowed
      ? t('statutes.rules.correspondenceVotes')
      : t('statutes.rules.noCorrespondenceVotes'),
    rules.canChangeAgenda ? t('statutes.rules.agendaOpen') : t('statutes.rules.agendaClosed'),
    t('statutes.rules.notice', { count: rules.noticeDays }),
  ];
}

/** The rules of a version common to every kind of meeting, as French (or English) sentences. */
export function ruleSentences(
  t: TFunction,
  categoryLabel: (code: string) => string,
  statutes: Statutes,
): string[] {
  return [
    t('statutes.rules.voting', { list: votingText(t, categoryLabel, statutes) }),
    statutes.requiresFeePaid ? t('statutes.rules.feeRequired') : t('statutes.rules.feeNotRequired'),
    statutes.isSecondConvocationFree
      ? t('statutes.rules.secondConvocationFree')
      : t('statutes.rules.secondConvocationSame'),
  ];
}
