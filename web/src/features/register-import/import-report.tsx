import { Alert, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportField, ImportReportResponse } from './register-import.api.ts';
import { rowReasonText } from './register-import.texts.ts';
import { useRegisterFormat } from '../register/shared/register-format.ts';

/** Long lists stop here on the page; the counts above them stay exact. */
const shownAtMost = 500;

const countKeys = [
  'newPersons',
  'newOrganisations',
  'newAffiliations',
  'newMemberships',
  'existingMemberships',
  'updatedPersons',
] as const;

function More({ total }: { total: number }) {
  const { t } = useTranslation();
  if (total <= shownAtMost) return null;
  return <Text size="sm">{t('registerImport.report.more', { count: total - shownAtMost })}</Text>;
}

/** The report in one sentence, for the page's live region. */
export function ImportReportSummary({ report }: { report: ImportReportResponse }) {
  const { t } = useTranslation();
  return (
    <Text fw={500}>
      {t('registerImport.report.summary', {
        rows: report.rows,
        valid: report.valid,
        rejected: report.rows - report.valid,
      })}
    </Text>
  );
}

/** What the dry run found: every refused row with its reason, every person and organisation recognised. */
export function ImportReport({ report }: { report: ImportReportResponse }) {
  const { t } = useTranslation();
  const fieldName = (field: string) =>
    field === 'row'
      ? t('registerImport.report.wholeRow')
      : t(`registerImport.fields.${field as ImportField}`);
  return (
    <Stack gap="md">
      <Title order={3}>{t('registerImport.report.title')}</Title>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs" component="dl" m={0}>
        {countKeys.map((key) => (
          <div key={key}>
            <Text component="dt" size="sm" c="dimmed">
              {t(`registerImport.report.counts.${key}`)}
            </Text>
            <Text component="dd" m={0} fw={600}>
              {report[key]}
            </Text>
          </div>
        ))}
      </SimpleGrid>

      <RateReadings report={report} />

      {report.rejected.length === 0 ? (
        <Alert color="green" variant="light">
          {t('registerImport.report.noRejected')}
        </Alert>
      ) : (
        <Stack gap="xs">
          <Title order={4}>
            {t('registerImport.report.rejectedTitle', { count: report.rejected.length })}
          </Title>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('registerImport.report.row')}</Table.Th>
                <Table.Th scope="col">{t('registerImport.report.field')}</Table.Th>
                <Table.Th scope="col">{t('registerImport.report.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.rejected.slice(0, shownAtMost).map((rejection) => (
                <Table.Tr key={`${rejection.row}-${rejection.field}-${rejection.reason}`}>
                  <Table.Td>{rejection.row}</Table.Td>
                  <Table.Td>{fieldName(rejection.field)}</Table.Td>
                  <Table.Td>
                    {rowReasonText(t, rejection.reason, rejection.message)}
                    <Text size="xs" c="dimmed">
                      {rejection.message}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <More total={report.rejected.length} />
        </Stack>
      )}

      <Stack gap="xs">
        <Title order={4}>
          {t('registerImport.report.matchedPersonsTitle', { count: report.matchedPersons.length })}
        </Title>
        {report.matchedPersons.length === 0 ? (
          <Text size="sm">{t('registerImport.report.none')}</Text>
        ) : (
          <List size="sm" spacing={2}>
            {report.matchedPersons.slice(0, shownAtMost).map((match) => (
              <List.Item key={`${match.row}-${match.personId}`}>
                {t('registerImport.report.rowLabel', { row: match.row })}{' '}
                <Link to={`/members/persons/${match.personId}`}>{match.name}</Link> (
                {t(`registerImport.report.matchedBy.${match.matchedBy}`)})
              </List.Item>
            ))}
          </List>
        )}
        <More total={report.matchedPersons.length} />
      </Stack>

      <Stack gap="xs">
        <Title order={4}>
          {t('registerImport.report.matchedOrganisationsTitle', {
            count: report.matchedOrganisations.length,
          })}
        </Title>
        {report.matchedOrganisations.length === 0 ? (
          <Text size="sm">{t('registerImport.report.none')}</Text>
        ) : (
          <List size="sm" spacing={2}>
            {report.matchedOrganisations.slice(0, shownAtMost).map((match) => (
              <List.Item key={`${match.row}-${match.organisationId}`}>
                {t('registerImport.report.rowLabel', { row: match.row })}{' '}
                <Link to={`/members/organisations/${match.organisationId}`}>{match.name}</Link>
              </List.Item>
            ))}
          </List>
        )}
        <More total={report.matchedOrganisations.length} />
      </Stack>
    </Stack>
  );
}

/** How the rate column's values will be read: the rate of the year, or a category at its full rate. */
function RateReadings({ report }: { report: ImportReportResponse }) {
  const { t } = useTranslation();
  const format = useRegisterFormat();
  if (report.rates.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={4}>{t('registerImport.report.ratesTitle')}</Title>
      <List size="sm" spacing={2} aria-label={t('registerImport.report.ratesTitle')}>
        {report.rates.map((use) => {
          const amount = use.amountCents === null ? '' : format.money(use.amountCents);
          const rate = t(`registerImport.report.rateKinds.${use.kind}`, {
            amount,
            conditions: use.conditions ? ` (${use.conditions})` : '',
          });
          return (
            <List.Item key={`${use.year}-${use.value}`}>
              {t(`registerImport.report.rateReadAs.${use.readAs}`, {
                value: use.value,
                year: use.year,
                category: format.category(use.category),
                rate,
                count: use.rows,
              })}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}
