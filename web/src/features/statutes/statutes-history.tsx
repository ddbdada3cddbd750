import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRegisterFormat } from '../register/shared/register-format.ts';
import type { Statutes } from './statutes.api.ts';
import { shareText, votingText } from './statutes-text.ts';

function dayText(day: string, locale: 'fr' | 'en'): string {
  const [year, month, date] = day.split('-');
  return locale === 'fr' ? `${date}/${month}/${year}` : day;
}

/** Every version, newest first, marking the one in force today and those still to come. */
export function StatutesHistory({
  versions,
  inForceId,
  today,
}: {
  versions: readonly Statutes[];
  inForceId: string | undefined;
  today: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const format = useRegisterFormat();

  function stateOf(version: Statutes): string {
    if (version.id === inForceId) return t('statutes.history.inForce');
    return version.effectiveFrom > today ? t('statutes.history.upcoming') : t('statutes.history.past');
  }

  return (
    <Stack component="section" aria-labelledby="statutes-history-title" gap="sm">
      <Title order={2} id="statutes-history-title">
        {t('statutes.history.title')}
      </Title>
      {versions.length === 0 ? (
        <Text>{t('statutes.history.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped withTableBorder captionSide="top">
            <Table.Caption>{t('statutes.history.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('statutes.history.columns.effectiveFrom')}</Table.Th>
                <Table.Th scope="col">{t('statutes.history.columns.state')}</Table.Th>
                <Table.Th scope="col">{t('statutes.history.columns.voting')}</Table.Th>
                <Table.Th scope="col">{t('statutes.history.columns.ordinaryQuorum')}</Table.Th>
                <Table.Th scope="col">{t('statutes.history.columns.extraordinaryQuorum')}</Table.Th>
                <Table.Th scope="col">{t('statutes.history.columns.proxies')}</Table.Th>
                <Table.Th scope="col">{t('statutes.history.columns.notice')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {versions.map((version) => (
                <Table.Tr key={version.id}>
                  <Table.Th scope="row" fw={500}>
                    {dayText(version.effectiveFrom, locale)}
                  </Table.Th>
                  <Table.Td>
                    {version.id === inForceId ? (
                      <Badge variant="outline" color="blue.9" tt="none" size="md">
                        {stateOf(version)}
                      </Badge>
                    ) : (
                      stateOf(version)
                    )}
                  </Table.Td>
                  <Table.Td>{votingText(t, format.category, version)}</Table.Td>
                  <Table.Td>
                    {version.ordinaryQuorum
                      ? shareText(t, version.ordinaryQuorum)
                      : t('statutes.history.noQuorum')}
                  </Table.Td>
                  <Table.Td>
                    {version.extraordinaryQuorum
                      ? shareText(t, version.extraordinaryQuorum)
                      : t('statutes.history.noQuorum')}
                  </Table.Td>
                  <Table.Td>{version.maxProxiesPerHolder}</Table.Td>
                  <Table.Td>{t('statutes.history.days', { count: version.noticeDays })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
