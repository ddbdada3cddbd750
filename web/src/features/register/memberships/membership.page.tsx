import { Anchor, Button, Group, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../../common/format.ts';
import { LoadingState } from '../../../components/loading-state.tsx';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import { QueryFailure } from '../../../components/query-failure.tsx';
import { useAssociation } from '../../association/association.context.tsx';
import type { MembershipDetail } from '../memberships.api.ts';
import { useMembershipQuery } from '../register.queries.ts';
import { useRegisterAccess } from '../shared/register-access.ts';
import { useRegisterFormat } from '../shared/register-format.ts';
import { FeeCallsSection, PaymentsSection } from './membership-money.sections.tsx';
import { StatusChangeForm } from './membership-status.form.tsx';
import { RecordPaymentAction } from './record-payment.dialog.tsx';
import { MembershipExplanation } from '../shared/membership-explanation.tsx';

function memberPath(membership: MembershipDetail): string | null {
  if (membership.personId) return `/members/persons/${membership.personId}`;
  if (membership.organisationId) return `/members/organisations/${membership.organisationId}`;
  return null;
}

/** One membership: where it stands, how its status changed, its fee calls and payments. */
export function MembershipPage() {
  const { t } = useTranslation();
  const { membershipId = '' } = useParams();
  const query = useMembershipQuery(membershipId);
  const title = query.isSuccess
    ? t('register.membership.title', { year: query.data.year, name: query.data.memberName })
    : t('register.membership.genericTitle');
  usePageTitle(title);

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    return (
      <Stack>
        <Title order={1}>{title}</Title>
        <QueryFailure error={query.error} />
        <Anchor component={Link} to="/members/memberships">
          {t('register.membership.backToList')}
        </Anchor>
      </Stack>
    );
  }
  return <MembershipDetails membership={query.data} title={title} />;
}

/** Read first: where the membership stands in words, then "Modifier" for its status and fee calls. */
function MembershipDetails({ membership, title }: { membership: MembershipDetail; title: string }) {
  const { t } = useTranslation();
  const access = useRegisterAccess();
  const [isEditing, setEditing] = useState(false);
  const canEdit = access.canChange || access.canKeepFees;
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={1}>{title}</Title>
        <MembershipExplanation membership={membership} size="lg" />
        <Group>
          <RecordPaymentAction membership={membership} memberName={membership.memberName} />
          {canEdit && (
            <Button variant={isEditing ? 'filled' : 'default'} onClick={() => setEditing(!isEditing)}>
              {isEditing ? t('register.membership.doneEditing') : t('register.common.edit')}
            </Button>
          )}
        </Group>
      </Stack>
      <MembershipOverview membership={membership} />
      <StatusSection membership={membership} isEditing={isEditing} />
      <FeeCallsSection membership={membership} isEditing={isEditing} />
      <PaymentsSection membership={membership} />
    </Stack>
  );
}

function MembershipOverview({ membership }: { membership: MembershipDetail }) {
  const { t } = useTranslation();
  const format = useRegisterFormat();
  const path = memberPath(membership);
  const rows = [
    {
      label: t('register.membershipsPage.member'),
      value: path ? (
        <Anchor component={Link} to={path}>
          {membership.memberName}
        </Anchor>
      ) : (
        membership.memberName
      ),
    },
    { label: t('register.memberships.year'), value: membership.year },
    { label: t('register.memberships.category'), value: format.category(membership.category) },
    ...(membership.category === 'cross_membership'
      ? [{ label: t('register.memberships.partner'), value: membership.partnerName ?? '—' }]
      : []),
    { label: t('register.membership.currentStatus'), value: format.status(membership.status) },
    { label: t('register.memberships.fee'), value: format.money(membership.feeCents) },
    { label: t('register.memberships.paid'), value: format.money(membership.paidCents) },
    { label: t('register.memberships.owed'), value: format.money(membership.owedCents) },
    ...(membership.notes ? [{ label: t('register.membership.notes'), value: membership.notes }] : []),
  ];
  return (
    <Table variant="vertical" withTableBorder maw={560} aria-label={t('register.membership.overview')}>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.label}>
            <Table.Th w={200} scope="row">
              {row.label}
            </Table.Th>
            <Table.Td>{row.value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function StatusSection({ membership, isEditing }: { membership: MembershipDetail; isEditing: boolean }) {
  const { t } = useTranslation();
  const format = useRegisterFormat();
  const association = useAssociation();
  const access = useRegisterAccess();
  const history = [...membership.statusHistory].sort(
    (a, b) => b.effectiveOn.localeCompare(a.effectiveOn) || b.recordedAt.localeCompare(a.recordedAt),
  );
  return (
    <Stack component="section" aria-labelledby="status-history-title" gap="sm">
      <Title order={2} id="status-history-title">
        {t('register.membership.historyTitle')}
      </Title>
      <Table withTableBorder striped aria-labelledby="status-history-title" maw={720}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('register.memberships.effectiveOn')}</Table.Th>
            <Table.Th scope="col">{t('register.memberships.status')}</Table.Th>
            <Table.Th scope="col">{t('register.membership.recordedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.map((change) => (
            <Table.Tr key={`${change.recordedAt}-${change.status}`}>
              <Table.Th scope="row" fw={500}>
                {format.day(change.effectiveOn)}
              </Table.Th>
              <Table.Td>{format.status(change.status)}</Table.Td>
              <Table.Td>{formatDateTime(change.recordedAt, format.locale, association?.timeZone)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {access.canChange && isEditing && (
        <StatusChangeForm key={membership.statusHistory.length} membership={membership} />
      )}
    </Stack>
  );
}
