import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/page-title.hook.ts';

export function ForbiddenPage() {
  const { t } = useTranslation();
  usePageTitle(t('forbidden.title'));
  return (
    <Stack>
      <Title order={1}>{t('forbidden.title')}</Title>
      <Text>{t('forbidden.body')}</Text>
    </Stack>
  );
}
