import { Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import { QueryFailure } from '../../../components/query-failure.tsx';
import { useSummaryQuery } from '../register.queries.ts';
import { today } from '../shared/register-format.ts';
import { useRegisterYears } from '../shared/register-years.hook.ts';
import { useUrlFilters } from '../shared/url-filters.hook.ts';
import { SummarySentence } from './summary-sentence.tsx';
import { SummaryTable } from './summary.table.tsx';

// recharts weighs about half the app: it loads with this chart only, not with every page.
const HistoryChart = lazy(async () => ({ default: (await import('./history.chart.tsx')).HistoryChart }));

const filterKeys = ['year', 'at'] as const;

/** The register as it stood on a day, worded as the minutes word it, and its history. */
export function SummaryPage() {
  const { t } = useTranslation();
  usePageTitle(t('register.summary.title'));
  const { values, setValues } = useUrlFilters(filterKeys);
  const { years, history, hasLoaded } = useRegisterYears(Number(values.year) || undefined);
  // Today and its year unless the address says otherwise (?year=…&at=…).
  const at = /^\d{4}-\d{2}-\d{2}$/.test(values.at) ? values.at : today();
  const year = Number(values.year) || Number(at.slice(0, 4));

  const query = useSummaryQuery(year, at, hasLoaded);
  const isStale = query.isPlaceholderData;

  return (
    <Stack gap="xl">
      <Title order={1}>{t('register.summary.title')}</Title>
      <Group align="flex-end" gap="md">
        <NativeSelect
          label={t('register.summary.year')}
          data={years.map((choice) => ({ value: String(choice), label: String(choice) }))}
          value={String(year)}
          onChange={(event) => setValues({ year: event.currentTarget.value })}
          miw={120}
        />
        <TextInput
          label={t('register.summary.at')}
          type="date"
          value={at}
          onChange={(event) => setValues({ at: event.currentTarget.value })}
        />
      </Group>
      {query.isPending && <LoadingState />}
      {query.isError && <QueryFailure error={query.error} />}
      {query.isSuccess && (
        <Stack gap="xl" style={{ opacity: isStale ? 0.6 : 1 }}>
          <SummarySentence summary={query.data} />
          <Stack component="section" aria-labelledby="summary-table-title" gap="sm">
            <Title order={2} id="summary-table-title">
              {t('register.summary.tableTitle')}
            </Title>
            <SummaryTable summary={query.data} />
          </Stack>
        </Stack>
      )}
      {hasLoaded && (
        <Suspense fallback={<LoadingState />}>
          <HistoryChart history={history} />
        </Suspense>
      )}
    </Stack>
  );
}
