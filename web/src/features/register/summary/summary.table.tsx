import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { membershipStatuses } from '../../../../../common/memberships.ts';
import type { MembershipSummary } from '../memberships.api.ts';
import { useRegisterFormat } from '../shared/register-format.ts';

/** Category × status counts on the chosen day, with the fee income the validated ones bring. */
export function SummaryTable({ summary }: { summary: MembershipSummary }) {
  const { t } = useTranslation();
  const format = useRegisterFormat();
  const membershipCategories = format.categories.map((category) => category.code);
  const count = (category: string, status: string) =>
    summary.counts.find((entry) => entry.category === category && entry.status === status)?.count ?? 0;
  const categoryTotal = (category: string) =>
    membershipStatuses.reduce((sum, status) => sum + count(category, status), 0);
  const statusTotal = (status: string) =>
    membershipCategories.reduce((sum, category) => sum + count(category, status), 0);
  const income = (category: string) => summary.expected_income_cents[category] ?? 0;
  const totalIncome = membershipCategories.reduce((sum, category) => sum + income(category), 0);
  const grandTotal = membershipCategories.reduce((sum, category) => sum + categoryTotal(category), 0);

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table withTableBorder striped captionSide="top">
        <Table.Caption>
          {t('register.summary.caption', { year: summary.year, date: format.day(summary.at) })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('register.memberships.category')}</Table.Th>
            {membershipStatuses.map((status) => (
              <Table.Th key={status} scope="col" ta="right">
                {format.status(status)}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="right">
              {t('register.summary.total')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('register.summary.expectedIncome')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {membershipCategories.map((category) => (
            <Table.Tr key={category}>
              <Table.Th scope="row">{format.category(category)}</Table.Th>
              {membershipStatuses.map((status) => (
                <Table.Td key={status} ta="right">
                  {count(category, status)}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={600}>
                {categoryTotal(category)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {format.money(income(category))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('register.summary.total')}</Table.Th>
            {membershipStatuses.map((status) => (
              <Table.Td key={status} ta="right" fw={600}>
                {statusTotal(status)}
              </Table.Td>
            ))}
            <Table.Td ta="right" fw={700}>
              {grandTotal}
            </Table.Td>
            <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }}>
              {format.money(totalIncome)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
