import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/page-title.hook.ts';

export type ComingSoonArea = 'members' | 'assemblies' | 'budget';

/** Placeholder for the areas of Quorum that are not built yet. */
export function ComingSoonPage({ area }: { area: ComingSoonArea }) {
  const { t } = useTranslation();
  const title = t(`navigation.${area}`);
  usePageTitle(title);
  return (
    <Stack>
      <Title order={1}>{title}</Title>
      <Text>{t('comingSoon.body')}</Text>
    </Stack>
  );
}
