import { Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { problemText } from '../../api/problem-text.ts';
import type { Mandate } from './votes.api.ts';
import { useBoardQuery } from './votes.queries.ts';

function MandatesTable({ mandates, caption }: { mandates: Mandate[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language.startsWith('en') ? 'en' : 'fr';
  return (
    <Table striped withTableBorder>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('votes.board.name')}</Table.Th>
          <Table.Th scope="col">{t('votes.board.role')}</Table.Th>
          <Table.Th scope="col">{t('votes.board.since')}</Table.Th>
          <Table.Th scope="col">{t('votes.board.until')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {mandates.map((mandate) => (
          <Table.Tr key={mandate.id}>
            <Table.Td>{mandate.printedLine}</Table.Td>
            <Table.Td>{mandate.roleLabel[locale]}</Table.Td>
            <Table.Td>{mandate.startsOn}</Table.Td>
            <Table.Td>{mandate.endsOn ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** /board: the board and the délégué général on a day, as the minutes present them. */
export function BoardPage() {
  const { t } = useTranslation();
  usePageTitle(t('votes.board.title'));
  const [at, setAt] = useState(() => new Date().toISOString().slice(0, 10));
  const query = useBoardQuery(at);
  return (
    <Stack gap="lg">
      <Title order={1}>{t('votes.board.title')}</Title>
      <TextInput
        type="date"
        label={t('votes.board.at')}
        value={at}
        onChange={(event) => event.currentTarget.value && setAt(event.currentTarget.value)}
        maw={220}
      />
      {query.isError && <Text c="red">{problemText(t, query.error)}</Text>}
      {query.isSuccess && (
        <>
          {query.data.board.length === 0 ? (
            <Text>{t('votes.board.empty')}</Text>
          ) : (
            <MandatesTable
              mandates={query.data.board}
              caption={t('votes.board.composition', { count: query.data.board.length })}
            />
          )}
          {query.data.executiveDirectors.length > 0 && (
            <MandatesTable
              mandates={query.data.executiveDirectors}
              caption={t('votes.board.executiveDirector')}
            />
          )}
        </>
      )}
    </Stack>
  );
}
