import { Anchor, Button, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import { QueryFailure } from '../../../components/query-failure.tsx';
import type { DuplicatePair } from '../register.api.ts';
import { useDuplicatesQuery } from '../register.queries.ts';
import { useUrlFilters } from '../shared/url-filters.hook.ts';
import { MergePreviewSection } from './merge-preview.section.tsx';

const filterKeys = ['keep', 'remove'] as const;

/** Likely duplicates the server found; a human compares each pair and decides to merge. */
export function DuplicatesPage() {
  const { t } = useTranslation();
  usePageTitle(t('register.duplicates.title'));
  const query = useDuplicatesQuery();
  const { values, setValues } = useUrlFilters(filterKeys);

  return (
    <Stack gap="xl">
      <Title order={1}>{t('register.duplicates.title')}</Title>
      <Text>{t('register.duplicates.intro')}</Text>
      {values.keep && values.remove && (
        <MergePreviewSection
          keepId={values.keep}
          removeId={values.remove}
          onSwap={() => setValues({ keep: values.remove, remove: values.keep })}
          onClose={() => setValues({ keep: '', remove: '' })}
        />
      )}
      {query.isPending && <LoadingState />}
      {query.isError && <QueryFailure error={query.error} />}
      {query.isSuccess && (
        <PairsTable
          pairs={query.data}
          onCompare={(pair) => setValues({ keep: pair.a.id, remove: pair.b.id })}
        />
      )}
    </Stack>
  );
}

function PairsTable({
  pairs,
  onCompare,
}: {
  pairs: readonly DuplicatePair[];
  onCompare: (pair: DuplicatePair) => void;
}) {
  const { t, i18n } = useTranslation();
  if (pairs.length === 0) return <Text>{t('register.duplicates.empty')}</Text>;
  const percent = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { style: 'percent' });
  const reasonLabel = (reason: string) =>
    reason === 'same_name' || reason === 'letters_differ'
      ? t(`register.duplicates.reasons.${reason}`)
      : reason;

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder striped captionSide="top">
        <Table.Caption>{t('register.duplicates.caption', { count: pairs.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('register.duplicates.first')}</Table.Th>
            <Table.Th scope="col">{t('register.duplicates.second')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('register.duplicates.score')}
            </Table.Th>
            <Table.Th scope="col">{t('register.duplicates.reason')}</Table.Th>
            <Table.Th scope="col">{t('register.common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pairs.map((pair) => (
            <Table.Tr key={`${pair.a.id}-${pair.b.id}`}>
              {[pair.a, pair.b].map((person, index) => {
                const Cell = index === 0 ? Table.Th : Table.Td;
                return (
                  <Cell key={person.id} {...(index === 0 ? { scope: 'row', fw: 500 } : {})}>
                    <Anchor component={Link} to={`/members/persons/${person.id}`}>
                      {person.displayName}
                    </Anchor>
                    {person.email && (
                      <Text size="sm" c="dimmed">
                        {person.email}
                      </Text>
                    )}
                  </Cell>
                );
              })}
              <Table.Td ta="right">{percent.format(pair.score)}</Table.Td>
              <Table.Td>{reasonLabel(pair.reason)}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t('register.duplicates.compareNamed', {
                    a: pair.a.displayName,
                    b: pair.b.displayName,
                  })}
                  onClick={() => onCompare(pair)}
                >
                  {t('register.duplicates.compare')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
