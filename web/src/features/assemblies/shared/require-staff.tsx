import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { staffRoles } from '../../../../../common/roles.ts';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import { useSignedInUser } from '../../session/session.context.tsx';

/** The same rule as the server's routes: administrators and secretaries run assemblies. */
export function useIsStaff(): boolean {
  return staffRoles.includes(useSignedInUser().role);
}

function StaffOnlyPage() {
  const { t } = useTranslation();
  usePageTitle(t('forbidden.title'));
  return (
    <Stack>
      <Title order={1}>{t('forbidden.title')}</Title>
      <Text>{t('assemblies.staffOnly')}</Text>
    </Stack>
  );
}

/** A page for staff only; others see "access denied" (the server refuses them anyway). */
export function RequireStaff({ children }: { children: ReactNode }) {
  return useIsStaff() ? children : <StaffOnlyPage />;
}
