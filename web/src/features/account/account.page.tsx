import { Alert, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { useSession, useSignedInUser } from '../session/session.context.tsx';
import { ChangePasswordForm } from './change-password.form.tsx';
import { TwoFactorSection } from './two-factor.section.tsx';

export function AccountPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { mustEnrolTwoFactor } = useSession();
  usePageTitle(t('account.title'));

  const rows = [
    { label: t('account.profile.name'), value: user.name },
    { label: t('account.profile.email'), value: user.email },
    { label: t('account.profile.role'), value: t(`roles.${user.role}`) },
  ];

  return (
    <Stack gap="xl">
      <Title order={1}>{t('account.title')}</Title>
      {mustEnrolTwoFactor && (
        <Alert color="orange" title={t('account.twoFactor.requiredTitle')} data-testid="two-factor-required">
          {t('account.twoFactor.required')}
        </Alert>
      )}
      <Stack component="section" aria-labelledby="profile-title" gap="sm">
        <Title order={2} id="profile-title">
          {t('account.profile.title')}
        </Title>
        <Table variant="vertical" withTableBorder maw={480}>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.label}>
                <Table.Th w={160} scope="row">
                  {row.label}
                </Table.Th>
                <Table.Td>{row.value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      <TwoFactorSection />
      <ChangePasswordForm />
    </Stack>
  );
}
