import { Table } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MergePreview, PersonView } from '../register.api.ts';
import { formatDay, useRegisterFormat } from '../shared/register-format.ts';

/** The preview names the kept record's columns as the database does; these are their labels. */
export function filledFieldLabel(t: TFunction, field: string): string {
  switch (field) {
    case 'civility':
      return t('register.person.civility');
    case 'email':
      return t('register.person.email');
    case 'phone':
      return t('register.person.phone');
    case 'addressLine':
      return t('register.person.addressLine');
    case 'postalCode':
      return t('register.person.postalCode');
    case 'city':
      return t('register.person.city');
    case 'country':
      return t('register.person.country');
    case 'notes':
      return t('register.person.notes');
    case 'emailConsentAt':
      return t('register.person.emailConsent');
    case 'usualName':
      return t('register.person.usualName');
    default:
      return field;
  }
}

/** The two records field by field: the one kept on the left, the one merged into it on the right. */
export function MergeComparisonTable({ preview }: { preview: MergePreview }) {
  const { t } = useTranslation();
  const format = useRegisterFormat();
  const rows: { label: string; value: (person: PersonView) => string }[] = [
    { label: t('register.person.civility'), value: (person) => person.civility ?? '—' },
    { label: t('register.person.firstName'), value: (person) => person.firstName },
    { label: t('register.person.lastName'), value: (person) => person.lastName },
    { label: t('register.person.email'), value: (person) => person.email ?? '—' },
    { label: t('register.person.phone'), value: (person) => person.phone ?? '—' },
    {
      label: t('register.person.address'),
      value: (person) =>
        [person.addressLine, [person.postalCode, person.city].filter(Boolean).join(' '), person.country]
          .filter(Boolean)
          .join(', ') || '—',
    },
    {
      label: t('register.person.emailConsent'),
      value: (person) => (person.emailConsentAt ? formatDay(person.emailConsentAt) : t('register.common.no')),
    },
    {
      label: t('register.affiliations.title'),
      value: (person) =>
        person.affiliations
          .map((affiliation) => [affiliation.organisationName, affiliation.title].filter(Boolean).join(', '))
          .join(' ; ') || '—',
    },
    {
      label: t('register.memberships.title'),
      value: (person) =>
        person.memberships
          .map(
            (membership) =>
              `${membership.year} ${format.category(membership.category)} (${format.status(membership.status)})`,
          )
          .join(' ; ') || '—',
    },
    { label: t('register.person.notes'), value: (person) => person.notes ?? '—' },
  ];

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder captionSide="top" layout="fixed">
        <Table.Caption>{t('register.duplicates.comparisonCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={180}>
              {t('register.duplicates.field')}
            </Table.Th>
            <Table.Th scope="col">
              {t('register.duplicates.kept', { name: preview.keep.administrativeName })}
            </Table.Th>
            <Table.Th scope="col">
              {t('register.duplicates.removed', { name: preview.remove.administrativeName })}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Th scope="row">{row.label}</Table.Th>
              <Table.Td>{row.value(preview.keep)}</Table.Td>
              <Table.Td>{row.value(preview.remove)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
