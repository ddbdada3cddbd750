import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MembershipCategory, MembershipStatus } from '../../../../../common/memberships.ts';
import type { MembershipSummary } from '../memberships.api.ts';
import { formatDay } from '../shared/register-format.ts';

type Counts = (category: MembershipCategory, ...statuses: MembershipStatus[]) => number;

function countsOf(summary: MembershipSummary): Counts {
  return (category, ...statuses) =>
    summary.counts
      .filter((entry) => entry.category === category && statuses.includes(entry.status))
      .reduce((sum, entry) => sum + entry.count, 0);
}

const pending: MembershipStatus[] = ['validation_pending', 'renewal_pending', 'in_preparation'];

/**
 * The summary worded as the minutes word it: "20 collectivités et institutions ont validé leur
 * adhésion… 6 sont en cours… 3 adhésions croisées… 16 adhésions individuelles validées et 36 en cours".
 */
export function SummarySentence({ summary }: { summary: MembershipSummary }) {
  const { t } = useTranslation();
  const count = countsOf(summary);
  const legalPending = count('legal_entity', 'validation_pending', 'renewal_pending');
  const legalPreparing = count('legal_entity', 'in_preparation');
  const crossValidated = count('cross_membership', 'validated');
  const crossPreparing = count('cross_membership', ...pending);
  const qualifiedValidated = count('qualified_person', 'validated');
  const qualifiedPending = count('qualified_person', ...pending);
  const items = [
    t('register.summary.sentence.legalValidated', {
      count: count('legal_entity', 'validated'),
      year: summary.year,
    }),
    legalPending > 0 && t('register.summary.sentence.legalPending', { count: legalPending }),
    legalPreparing > 0 && t('register.summary.sentence.legalPreparing', { count: legalPreparing }),
    crossValidated + crossPreparing > 0 &&
      t('register.summary.sentence.cross', {
        count: crossValidated + crossPreparing,
        validated: crossValidated,
        preparing: crossPreparing,
      }),
    t('register.summary.sentence.individuals', {
      count: count('individual', 'validated'),
      pending: count('individual', ...pending),
    }),
    qualifiedValidated + qualifiedPending > 0 &&
      t('register.summary.sentence.qualified', { count: qualifiedValidated, pending: qualifiedPending }),
  ].filter((item): item is string => Boolean(item));

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
