import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import { QueryFailure } from '../../../components/query-failure.tsx';
import type { MembershipRow } from '../memberships.api.ts';
import { useMembershipsQuery } from '../register.queries.ts';
import { MembershipFilters, membershipFilterKeys } from '../shared/membership-filters.tsx';
import { MembershipExplanation } from '../shared/membership-explanation.tsx';
import { useRegisterAccess } from '../shared/register-access.ts';
import { useRegisterFormat } from '../shared/register-format.ts';
import { RecordPaymentAction } from './record-payment.dialog.tsx';
import { useUrlFilters } from '../shared/url-filters.hook.ts';

/** Every membership, filtered by year, category, status or what is still owed. */
export function MembershipsPage() {
  const { t } = useTranslation();
  usePageTitle(t('register.membershipsPage.title'));
  const format = useRegisterFormat();
  const { values, setValues } = useUrlFilters(membershipFilterKeys);
  const { year, category, status, unpaid } = values;
  const query = useMembershipsQuery({ year, category, status, unpaid: unpaid === 'true' });
  const isStale = query.isPlaceholderData;
  const rows = query.isSuccess ? query.data : [];
  const owedCents = rows.reduce((sum, row) => sum + row.owedCents, 0);
  const canPay = useRegisterAccess().canKeepFees;

  return (
    <Stack gap="lg">
      <Title order={1}>{t('register.membershipsPage.title')}</Title>
      <div role="search" aria-label={t('register.membershipsPage.filtersLabel')}>
        <MembershipFilters values={values} onChange={setValues} />
      </div>
      <Text role="status" fw={500}>
        {query.isSuccess
          ? t('register.membershipsPage.count', { count: rows.length, owed: format.money(owedCents) })
          : ''}
      </Text>
      {query.isPending && <LoadingState />}
      {query.isError && <QueryFailure error={query.error} />}
      {query.isSuccess && rows.length === 0 && <Text>{t('register.membershipsPage.empty')}</Text>}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={960} style={{ opacity: isStale ? 0.6 : 1 }}>
          <Table striped withTableBorder captionSide="top">
            <Table.Caption>{t('register.membershipsPage.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('register.membershipsPage.member')}</Table.Th>
                <Table.Th scope="col">{t('register.memberships.year')}</Table.Th>
                <Table.Th scope="col">{t('register.memberships.category')}</Table.Th>
                <Table.Th scope="col">{t('register.memberships.situation')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('register.memberships.fee')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('register.memberships.paid')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('register.memberships.owed')}
                </Table.Th>
                {canPay && <Table.Th scope="col">{t('register.common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((membership) => (
                <MembershipLine key={membership.id} membership={membership} canPay={canPay} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** An amount never wraps inside itself ("500 / €"). */
const noWrap = { whiteSpace: 'nowrap' } as const;

function MembershipLine({ membership, canPay }: { membership: MembershipRow; canPay: boolean }) {
  const format = useRegisterFormat();
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        <Anchor component={Link} to={`/members/memberships/${membership.id}`}>
          {membership.memberName}
        </Anchor>
      </Table.Th>
      <Table.Td>{membership.year}</Table.Td>
      <Table.Td>
        {format.category(membership.category)}
        {membership.partnerName && membership.category === 'cross_membership'
          ? ` (${membership.partnerName})`
          : ''}
      </Table.Td>
      <Table.Td>
        <MembershipExplanation membership={membership} size="sm" />
      </Table.Td>
      <Table.Td ta="right" style={noWrap}>
        {format.money(membership.feeCents)}
      </Table.Td>
      <Table.Td ta="right" style={noWrap}>
        {format.money(membership.paidCents)}
      </Table.Td>
      <Table.Td ta="right" style={noWrap}>
        {format.money(membership.owedCents)}
      </Table.Td>
      {canPay && (
        <Table.Td>
          <RecordPaymentAction membership={membership} memberName={membership.memberName} />
        </Table.Td>
      )}
    </Table.Tr>
  );
}
