import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { receiptUrl, type MembershipDetail } from '../memberships.api.ts';
import { useRegisterAccess } from '../shared/register-access.ts';
import { useRegisterFormat } from '../shared/register-format.ts';
import { FeeCallForm } from './fee-call.form.tsx';

interface SectionProps {
  membership: MembershipDetail;
}

/** The calls for this membership's fee, and (while it is being edited) the form to make one. */
export function FeeCallsSection({ membership, isEditing }: SectionProps & { isEditing: boolean }) {
  const { t } = useTranslation();
  const format = useRegisterFormat();
  const access = useRegisterAccess();
  return (
    <Stack component="section" aria-labelledby="fee-calls-title" gap="sm">
      <Title order={2} id="fee-calls-title">
        {t('register.membership.feeCallsTitle')}
      </Title>
      {membership.feeCalls.length === 0 ? (
        <Text>{t('register.membership.noFeeCalls')}</Text>
      ) : (
        <Table withTableBorder striped aria-labelledby="fee-calls-title" maw={720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('register.membership.calledOn')}</Table.Th>
              <Table.Th scope="col">{t('register.membership.dueOn')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('register.membership.callAmountColumn')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {membership.feeCalls.map((call) => (
              <Table.Tr key={call.id}>
                <Table.Th scope="row" fw={500}>
                  {format.day(call.calledOn)}
                </Table.Th>
                <Table.Td>{format.day(call.dueOn)}</Table.Td>
                <Table.Td ta="right">{format.money(call.amountCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {access.canKeepFees && isEditing && <FeeCallForm membership={membership} />}
    </Stack>
  );
}

/** Payments received, each with its numbered PDF receipt (a payment is recorded from the page's actions). */
export function PaymentsSection({ membership }: SectionProps) {
  const { t } = useTranslation();
  const format = useRegisterFormat();
  return (
    <Stack component="section" aria-labelledby="payments-title" gap="sm">
      <Title order={2} id="payments-title">
        {t('register.payments.title')}
      </Title>
      {membership.payments.length === 0 ? (
        <Text>{t('register.payments.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder striped aria-labelledby="payments-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('register.payments.paidOn')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('register.payments.amountColumn')}
                </Table.Th>
                <Table.Th scope="col">{t('register.payments.method')}</Table.Th>
                <Table.Th scope="col">{t('register.payments.reference')}</Table.Th>
                <Table.Th scope="col">{t('register.payments.receipt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {membership.payments.map((payment) => (
                <Table.Tr key={payment.id}>
                  <Table.Th scope="row" fw={500}>
                    {format.day(payment.paidOn)}
                  </Table.Th>
                  <Table.Td ta="right">{format.money(payment.amountCents)}</Table.Td>
                  <Table.Td>{format.method(payment.method)}</Table.Td>
                  <Table.Td>{payment.reference ?? '—'}</Table.Td>
                  <Table.Td>
                    <Anchor href={receiptUrl(payment.id)} download>
                      {t('register.payments.receiptLink', { number: payment.receiptNumber })}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
