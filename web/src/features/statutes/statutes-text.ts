import type { TFunction } from 'i18next';
import { membershipCategories, categoryLabels } from '../../../../common/memberships.ts';
import type { Share, Statutes } from './statutes.api.ts';

type Locale = 'fr' | 'en';

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

/** "Personne morale (1 voix), Personne physique (1 voix)", in the membership categories' order. */
export function votingText(t: TFunction, locale: Locale, statutes: Statutes): string {
  return membershipCategories
    .filter((category) => statutes.votingWeights[category] !== undefined)
    .map((category) =>
      t('statutes.rules.weight', {
        category: categoryLabels[locale][category],
        count: statutes.votingWeights[category] ?? 0,
      }),
    )
    .join(', ');
}

function quorumSentence(t: TFunction, statutes: Statutes, kind: 'ordinary' | 'extraordinary'): string {
  const share = kind === 'ordinary' ? statutes.ordinaryQuorum : statutes.extraordinaryQuorum;
  if (!share) return t(`statutes.rules.${kind}NoQuorum`);
  const counted = statutes.doProxiesCount
    ? t('statutes.rules.countedWithProxies')
    : t('statutes.rules.countedPresent');
  return t(`statutes.rules.${kind}Quorum`, { share: shareText(t, share), counted });
}

/** The rules of a version as French (or English) sentences, in the order people read statutes. */
export function ruleSentences(t: TFunction, locale: Locale, statutes: Statutes): string[] {
  return [
    t('statutes.rules.voting', { list: votingText(t, locale, statutes) }),
    statutes.requiresFeePaid ? t('statutes.rules.feeRequired') : t('statutes.rules.feeNotRequired'),
    quorumSentence(t, statutes, 'ordinary'),
    quorumSentence(t, statutes, 'extraordinary'),
    statutes.isSecondConvocationFree
      ? t('statutes.rules.secondConvocationFree')
      : t('statutes.rules.secondConvocationSame'),
    statutes.doesRemoteCount ? t('statutes.rules.remoteCounts') : t('statutes.rules.remoteDoesNotCount'),
    statutes.maxProxiesPerHolder === 0
      ? t('statutes.rules.noProxies')
      : t('statutes.rules.proxies', { count: statutes.maxProxiesPerHolder }),
    t('statutes.rules.majority', { majority: t(`statutes.majorities.${statutes.defaultMajority}`) }),
    t('statutes.rules.notice', { count: statutes.noticeDays }),
  ];
}
