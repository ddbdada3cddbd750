import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../../api/problem-text.ts';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useTimelineQuery } from '../assemblies.queries.ts';
import { useAssemblyFormat } from '../shared/assembly-format.ts';
import { ScrollTable } from '../shared/scroll-table.tsx';

/** The voters present and represented at each moment of the session something changed. */
export function TimelineSection({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const format = useAssemblyFormat();
  const query = useTimelineQuery(slug);
  return (
    <Stack component="section" aria-labelledby="timeline-title" gap="sm">
      <Title order={2} id="timeline-title">
        {t('assemblies.timeline.title')}
      </Title>
      {query.isPending && <LoadingState />}
      {query.isError && <Alert color="red">{problemText(t, query.error)}</Alert>}
      {query.isSuccess && query.data.points.length === 0 && <Text>{t('assemblies.timeline.empty')}</Text>}
      {query.isSuccess && query.data.points.length > 0 && (
        <ScrollTable minWidth={480} label={t('assemblies.timeline.title')}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('assemblies.timeline.time')}</Table.Th>
                <Table.Th scope="col">{t('assemblies.timeline.present')}</Table.Th>
                <Table.Th scope="col">{t('assemblies.timeline.remote')}</Table.Th>
                <Table.Th scope="col">{t('assemblies.timeline.represented')}</Table.Th>
                <Table.Th scope="col">{t('assemblies.timeline.voters')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.points.map((point) => (
                <Table.Tr key={point.at}>
                  <Table.Th scope="row">{format.clock(point.time)}</Table.Th>
                  <Table.Td>{point.present}</Table.Td>
                  <Table.Td>{point.remote}</Table.Td>
                  <Table.Td>{point.represented}</Table.Td>
                  <Table.Td>{point.voters}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
