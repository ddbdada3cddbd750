import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConvocationRecipient, ConvocationStatus } from '../convocations.api.ts';
import { useAssemblyFormat } from '../shared/assembly-format.ts';
import { statusColors } from '../shared/status-badges.tsx';
import { ScrollTable } from '../shared/scroll-table.tsx';

const sendingColors: Record<ConvocationStatus, string> = {
  pending: statusColors.info,
  sent: statusColors.success,
  failed: statusColors.danger,
  letter: statusColors.success,
};

/** Each convened member: the address used, whether the mail left (or why not), and their answer. */
export function RecipientsTable({ recipients }: { recipients: readonly ConvocationRecipient[] }) {
  const { t } = useTranslation();
  const format = useAssemblyFormat();
  if (recipients.length === 0) return <Text>{t('assemblies.convocations.none')}</Text>;
  return (
    <ScrollTable minWidth={760} label={t('assemblies.convocations.title')}>
      <Table striped withTableBorder captionSide="top">
        <Table.Caption>{t('assemblies.convocations.caption', { count: recipients.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('assemblies.convocations.member')}</Table.Th>
            <Table.Th scope="col">{t('assemblies.convocations.email')}</Table.Th>
            <Table.Th scope="col">{t('assemblies.convocations.status')}</Table.Th>
            <Table.Th scope="col">{t('assemblies.convocations.answer')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {recipients.map((recipient) => (
            <Table.Tr key={recipient.id}>
              <Table.Th scope="row" fw={500}>
                {recipient.memberName}
              </Table.Th>
              <Table.Td>
                {recipient.email ?? (
                  <Text span inherit c="dimmed">
                    {t('assemblies.convocations.noEmail')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge
                  variant={recipient.status === 'failed' ? 'filled' : 'outline'}
                  color={sendingColors[recipient.status]}
                  tt="none"
                >
                  {t(`assemblies.convocations.statuses.${recipient.status}`)}
                </Badge>
                {recipient.status === 'sent' && recipient.sentAt && (
                  <Text size="sm" c="dimmed">
                    {format.instant(recipient.sentAt)}
                  </Text>
                )}
                {recipient.error && (
                  <Text size="sm" c="red.9">
                    {recipient.error}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {recipient.answer
                  ? t(`assemblies.convocations.answers.${recipient.answer}`)
                  : t('assemblies.convocations.noAnswer')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
