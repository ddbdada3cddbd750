import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { useAssociation } from '../association/association.context.tsx';
import { useSignedInUser } from '../session/session.context.tsx';
import { SetupChecklist } from './setup-checklist.tsx';

export function DashboardPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const association = useAssociation();
  usePageTitle(t('navigation.dashboard'));

  return (
    <Stack>
      <Title order={1}>{t('dashboard.title', { name: user.name })}</Title>
      <Text>
        {association
          ? t('dashboard.intro', { association: association.name })
          : t('dashboard.introWithoutAssociation')}
      </Text>
      {user.role === 'administrator' && <SetupChecklist />}
    </Stack>
  );
}
