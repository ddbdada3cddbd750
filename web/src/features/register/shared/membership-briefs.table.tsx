import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MembershipCategory, MembershipStatus } from '../../../../../common/memberships.ts';
import { useRegisterFormat } from './register-format.ts';

export interface MembershipBrief {
  id: string;
  year: number;
  category: MembershipCategory;
  status: MembershipStatus | null;
  feeCents: number;
  paidCents: number;
  owedCents: number;
  partnerName?: string | null;
}

/** A member's memberships year by year; the year links to the membership's page. */
interface MembershipBriefsTableProps {
  memberships: readonly MembershipBrief[];
  label: string;
  /** Members reading their own record cannot open the membership pages of staff. */
  isLinked?: boolean;
}

export function MembershipBriefsTable({ memberships, label, isLinked = true }: MembershipBriefsTableProps) {
  const { t } = useTranslation();
  const format = useRegisterFormat();
  if (memberships.length === 0) return <Text>{t('register.memberships.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('register.memberships.year')}</Table.Th>
            <Table.Th scope="col">{t('register.memberships.category')}</Table.Th>
            <Table.Th scope="col">{t('register.memberships.status')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('register.memberships.fee')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('register.memberships.paid')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('register.memberships.owed')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {memberships.map((membership) => (
            <Table.Tr key={membership.id}>
              <Table.Th scope="row" fw={500}>
                {isLinked ? (
                  <Anchor
                    component={Link}
                    to={`/members/memberships/${membership.id}`}
                    aria-label={t('register.memberships.linkLabel', { year: membership.year })}
                  >
                    {membership.year}
                  </Anchor>
                ) : (
                  membership.year
                )}
              </Table.Th>
              <Table.Td>
                {format.category(membership.category)}
                {membership.partnerName ? ` (${membership.partnerName})` : ''}
              </Table.Td>
              <Table.Td>{format.status(membership.status)}</Table.Td>
              <Table.Td ta="right">{format.money(membership.feeCents)}</Table.Td>
              <Table.Td ta="right">{format.money(membership.paidCents)}</Table.Td>
              <Table.Td ta="right">{format.money(membership.owedCents)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
