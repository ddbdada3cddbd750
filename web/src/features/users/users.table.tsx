import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../common/auth.schemas.ts';
import { formatDateTime } from '../../../../common/format.ts';
import { useAssociation } from '../association/association.context.tsx';

export function UsersTable({ users }: { users: readonly User[] }) {
  const { t, i18n } = useTranslation();
  const association = useAssociation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';

  if (users.length === 0) return <Text>{t('users.empty')}</Text>;

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder captionSide="top">
        <Table.Caption>{t('users.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.email')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.role')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.createdAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Th scope="row" fw={500}>
                {user.name}
              </Table.Th>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
              <Table.Td>
                {user.hasPassword ? (
                  t('users.status.active')
                ) : (
                  <Badge variant="outline" color="blue.9" tt="none" size="md">
                    {t('users.status.invited')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{formatDateTime(user.createdAt, locale, association?.timeZone)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
