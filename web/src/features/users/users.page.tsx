import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { SettingsNavigation } from '../../components/settings-navigation.tsx';
import { QueryFailure } from '../../components/query-failure.tsx';
import { InviteUserForm } from './invite-user.form.tsx';
import { UsersTable } from './users.table.tsx';
import { useUsersQuery } from './users.queries.ts';

export function UsersPage() {
  const { t } = useTranslation();
  const query = useUsersQuery();
  usePageTitle(t('users.title'));

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={1}>{t('users.title')}</Title>
        <SettingsNavigation />
      </Stack>
      {query.isPending && <LoadingState />}
      {query.isError && <QueryFailure error={query.error} />}
      {query.isSuccess && <UsersTable users={query.data} />}
      <InviteUserForm />
    </Stack>
  );
}
