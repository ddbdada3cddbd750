import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MembershipCategoryView } from '../../../../../common/membership-categories.schemas.ts';
import type { MembershipCategory, MembershipStatus } from '../../../../../common/memberships.ts';
import type { MembershipSummary } from '../memberships.api.ts';
import { formatDay, useRegisterFormat } from '../shared/register-format.ts';

type Counts = (category: MembershipCategory, ...statuses: MembershipStatus[]) => number;

function countsOf(summary: MembershipSummary): Counts {
  return (category, ...statuses) =>
    summary.counts
      .filter((entry) => entry.category === category && statuses.includes(entry.status))
      .reduce((sum, entry) => sum + entry.count, 0);
}

const pending: MembershipStatus[] = ['validation_pending', 'renewal_pending', 'in_preparation'];
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('fr') + text.slice(1);

/**
 * The summary worded as the minutes word it, category by category in the association's order and
 * words: organisations "ont validé leur adhésion", persons counted by their memberships; a category
 * with no member that day is left out.
 */
export function SummarySentence({ summary }: { summary: MembershipSummary }) {
  const { t, i18n } = useTranslation();
  const format = useRegisterFormat();
  const isEnglish = i18n.language === 'en';
  const count = countsOf(summary);
  const what = (category: MembershipCategoryView, total: number) => {
    const own = isEnglish ? category.countedAsEn : category.countedAsFr;
    if (own) return own;
    const words = lowerFirst(
      total === 1
        ? isEnglish
          ? category.labelEn
          : category.labelFr
        : isEnglish
          ? category.pluralEn
          : category.pluralFr,
    );
    return category.kind === 'person'
      ? t('register.summary.sentence.personsWhat', { count: total, words })
      : words;
  };
  const items = format.categories.flatMap((category): string[] => {
    const code = category.code;
    const validated = count(code, 'validated');
    const waiting = count(code, ...pending);
    if (validated + waiting === 0) return [];
    if (category.hasPartner)
      return [
        t('register.summary.sentence.partners', {
          count: validated + waiting,
          what: what(category, validated + waiting),
          validated,
          preparing: waiting,
        }),
      ];
    if (category.kind === 'person')
      return [
        t('register.summary.sentence.persons', {
          count: validated,
          what: what(category, validated),
          pending: waiting,
        }),
      ];
    const renewing = count(code, 'validation_pending', 'renewal_pending');
    const preparing = count(code, 'in_preparation');
    return [
      ...(validated > 0
        ? [
            t('register.summary.sentence.organisationsValidated', {
              count: validated,
              what: what(category, validated),
              year: summary.year,
            }),
          ]
        : []),
      ...(renewing > 0 ? [t('register.summary.sentence.legalPending', { count: renewing })] : []),
      ...(preparing > 0 ? [t('register.summary.sentence.legalPreparing', { count: preparing })] : []),
    ];
  });

  return (
    <Stack component="section" aria-labelledby="summary-sentence-title" gap="xs">
      <Title order={2} id="summary-sentence-title">
        {t('register.summary.sentence.title')}
      </Title>
      <Text>{t('register.summary.sentence.intro', { date: formatDay(summary.at) })}</Text>
      <List spacing={4}>
        {items.map((item) => (
          <List.Item key={item}>{item}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
