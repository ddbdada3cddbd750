import { Alert, Stack, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../common/auth.schemas.ts';
import type { ErrorCode } from '../../../../common/errors.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { SettingsNavigation } from '../../components/settings-navigation.tsx';
import { errorCodeMessage, errorCodeOf } from '../../i18n/error-messages.ts';
import { InviteUserForm } from './invite-user.form.tsx';
import { UsersTable } from './users-table.tsx';
import { fetchUsers } from './users.api.ts';

type UsersState =
  { status: 'loading' } | { status: 'ready'; users: User[] } | { status: 'failed'; code: ErrorCode };

export function UsersPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<UsersState>({ status: 'loading' });
  usePageTitle(t('users.title'));

  const load = useCallback(() => {
    let isCurrent = true;
    fetchUsers().then(
      (users) => isCurrent && setState({ status: 'ready', users }),
      (error: unknown) => isCurrent && setState({ status: 'failed', code: errorCodeOf(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  useEffect(load, [load]);

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={1}>{t('users.title')}</Title>
        <SettingsNavigation />
      </Stack>
      {state.status === 'loading' && <LoadingState />}
      {state.status === 'failed' && <Alert color="red">{errorCodeMessage(t, state.code)}</Alert>}
      {state.status === 'ready' && <UsersTable users={state.users} />}
      <InviteUserForm onInvited={load} />
    </Stack>
  );
}
