import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PersonListItem } from '../register.api.ts';
import { useRegisterFormat } from '../shared/register-format.ts';

/** The persons of the register, with their membership of the filtered year (or their latest). */
export function PersonsTable({ persons }: { persons: readonly PersonListItem[] }) {
  const { t } = useTranslation();
  const format = useRegisterFormat();

  if (persons.length === 0) return <Text>{t('register.persons.empty')}</Text>;

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped withTableBorder captionSide="top" verticalSpacing="xs">
        <Table.Caption>{t('register.persons.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('register.persons.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('register.persons.columns.organisations')}</Table.Th>
            <Table.Th scope="col">{t('register.persons.columns.email')}</Table.Th>
            <Table.Th scope="col">{t('register.persons.columns.membership')}</Table.Th>
            <Table.Th scope="col">{t('register.persons.columns.status')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('register.persons.columns.owed')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {persons.map((person) => (
            <Table.Tr key={person.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/members/persons/${person.id}`}>
                  {person.administrativeName}
                </Anchor>
                {person.usualName && ` (${person.usualName})`}
              </Table.Th>
              <Table.Td>{person.organisations.join(', ') || '—'}</Table.Td>
              <Table.Td>{person.email ?? '—'}</Table.Td>
              <Table.Td>
                {person.membership
                  ? `${person.membership.year} · ${format.category(person.membership.category)}`
                  : t('register.persons.noMembership')}
              </Table.Td>
              <Table.Td>{person.membership ? format.status(person.membership.status) : '—'}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {person.membership ? format.money(person.membership.owedCents) : '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
