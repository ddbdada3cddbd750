import { Alert, Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatLongDate } from '../../../../common/format.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { assemblyPath } from '../assemblies/assemblies.api.ts';
import { problemText } from '../../api/problem-text.ts';
import { useIsStaff } from '../assemblies/shared/require-staff.tsx';
import { minutesDocumentUrl } from './minutes.api.ts';
import { useMinutesRegisterQuery } from './minutes.queries.ts';

/** /minutes: the register of minutes, every assembly with the state of its minutes; signed ones to download. */
export function MinutesRegisterPage() {
  const { t, i18n } = useTranslation();
  const isStaff = useIsStaff();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  usePageTitle(t('minutes.register.title'));
  const query = useMinutesRegisterQuery();
  return (
    <Stack gap="lg">
      <Title order={1}>{t('minutes.register.title')}</Title>
      <Text>{t('minutes.register.intro')}</Text>
      {query.isPending && <LoadingState />}
      {query.isError && (
        <Alert color="red" role="alert">
          {problemText(t, query.error)}
        </Alert>
      )}
      {query.isSuccess && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('minutes.register.assembly')}</Table.Th>
              <Table.Th scope="col">{t('minutes.register.date')}</Table.Th>
              <Table.Th scope="col">{t('minutes.register.state')}</Table.Th>
              <Table.Th scope="col">{t('minutes.register.signed')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.assemblies.map((entry) => {
              const signed = entry.versions.filter((version) => version.state === 'signed');
              return (
                <Table.Tr key={entry.slug}>
                  <Table.Td>
                    {isStaff ? (
                      <Anchor component={Link} to={assemblyPath(entry.slug, 'minutes')}>
                        {entry.title}
                      </Anchor>
                    ) : (
                      entry.title
                    )}
                  </Table.Td>
                  <Table.Td>{formatLongDate(entry.heldOn, locale)}</Table.Td>
                  <Table.Td>
                    {entry.current ? (
                      <Badge color={entry.current.state === 'signed' ? 'teal.9' : 'gray.8'}>
                        {t(`minutes.states.${entry.current.state}`)} · v{entry.current.version}
                      </Badge>
                    ) : (
                      t('minutes.register.none')
                    )}
                  </Table.Td>
                  <Table.Td>
                    {signed.length === 0
                      ? '—'
                      : signed.map((version) => (
                          <Anchor
                            key={version.id}
                            href={minutesDocumentUrl(entry.slug, { format: 'pdf', version: version.version })}
                            mr="sm"
                          >
                            {t('minutes.register.download', { version: version.version })}
                          </Anchor>
                        ))}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
