import { Stack, Text, Title } from '@mantine/core';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { lazyPage } from '../../components/lazy-page.tsx';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { RegisterNavigation } from './register-navigation.tsx';
import { useRegisterAccess, type RegisterAccess } from './shared/register-access.ts';

const PersonsPage = lazyPage(
  () => import('./persons/persons.page.tsx'),
  (module) => module.PersonsPage,
);
const MyDataPage = lazyPage(
  () => import('./me/my-data.page.tsx'),
  (module) => module.MyDataPage,
);

/** The register's frame: its sections above the page, for those who may read it. */
export function RegisterLayout() {
  const access = useRegisterAccess();
  const page = <Outlet />;
  if (!access.canRead) return page;
  return (
    <Stack gap="lg">
      <RegisterNavigation />
      {page}
    </Stack>
  );
}

/** /members: the register for staff, "Mes données" for members and guests. */
export function MembersIndexPage() {
  const access = useRegisterAccess();
  return access.canRead ? <PersonsPage /> : <MyDataPage />;
}

/** A register page for some roles only; others see "access denied". */
export function RequireRegisterAccess({
  rule,
  children,
}: {
  rule: keyof RegisterAccess;
  children: React.ReactNode;
}) {
  const access = useRegisterAccess();
  return access[rule] ? children : <RegisterForbiddenPage />;
}

function RegisterForbiddenPage() {
  const { t } = useTranslation();
  usePageTitle(t('forbidden.title'));
  return (
    <Stack>
      <Title order={1}>{t('forbidden.title')}</Title>
      <Text>{t('register.forbidden')}</Text>
    </Stack>
  );
}
