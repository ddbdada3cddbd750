import { Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { useSignedInUser } from '../session/session.context.tsx';
import { ChangePasswordForm } from './change-password.form.tsx';

export function AccountPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  usePageTitle(t('account.title'));

  const rows = [
    { label: t('account.profile.name'), value: user.name },
    { label: t('account.profile.email'), value: user.email },
    { label: t('account.profile.role'), value: t(`roles.${user.role}`) },
  ];

  return (
    <Stack gap="xl">
      <Title order={1}>{t('account.title')}</Title>
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
      <ChangePasswordForm />
    </Stack>
  );
}
