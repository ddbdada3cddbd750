import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FeeFigures } from '../../../../../common/membership-explanation.ts';
import type { MembershipCategory } from '../../../../../common/memberships.ts';
import { RecordPaymentAction } from '../memberships/record-payment.dialog.tsx';
import { MembershipExplanation } from './membership-explanation.tsx';
import { useRegisterAccess } from './register-access.ts';
import { useRegisterFormat } from './register-format.ts';

export interface MembershipBrief extends FeeFigures {
  id: string;
  category: MembershipCategory;
  version: number;
  partnerName?: string | null;
}

/** A member's memberships year by year, each said in words; the year links to the membership's page. */
interface MembershipBriefsTableProps {
  memberships: readonly MembershipBrief[];
  label: string;
  /** Whose memberships, for the name of each one's payment action. */
  memberName: string;
  /** Members reading their own record cannot open the membership pages of staff. */
  isLinked?: boolean;
}

export function MembershipBriefsTable({
  memberships,
  label,
  memberName,
  isLinked = true,
}: MembershipBriefsTableProps) {
  const { t } = useTranslation();
  const format = useRegisterFormat();
  const canPay = useRegisterAccess().canKeepFees && isLinked;
  if (memberships.length === 0) return <Text>{t('register.memberships.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('register.memberships.year')}</Table.Th>
            <Table.Th scope="col">{t('register.memberships.category')}</Table.Th>
            <Table.Th scope="col">{t('register.memberships.situation')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('register.memberships.owed')}
            </Table.Th>
            {canPay && <Table.Th scope="col">{t('register.common.actions')}</Table.Th>}
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
              <Table.Td>
                <MembershipExplanation membership={membership} size="sm" />
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {format.money(membership.owedCents)}
              </Table.Td>
              {canPay && (
                <Table.Td>
                  <RecordPaymentAction membership={membership} memberName={memberName} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
